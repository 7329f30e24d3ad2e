package io.claimcheck.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of an input file into text.
 *
 * <ul>
 *   <li>A byte order mark selects UTF-8 or UTF-16 and is dropped; bytes invalid in that encoding:
 *       {@value #UNDECODABLE}.
 *   <li>Otherwise the bytes are read as strict UTF-8 (an incomplete character at the very end, as in
 *       a truncated file, is dropped); when they are not valid UTF-8 they are read as
 *       Windows-1252 (the usual encoding of older Western news feeds; a superset of the printable
 *       Latin-1 range), which {@link Decoded.Text#encoding} records.
 *   <li>NUL bytes, or more than 1% control characters, mean the file is not text: {@value #BINARY}.
 *   <li>Text that is neither UTF-8 nor Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D, which
 *       Windows-1252 leaves undefined) but otherwise reads as text: {@value #UNDECODABLE}. Guessing
 *       further encodings would silently garble names and numbers.
 *   <li>No bytes, or only white space: {@value #EMPTY}.
 * </ul>
 *
 * Line ends and all other characters are kept as they are: cleaning is a later stage.
 */
public final class ArticleDecoder {

  /** Reason for an input with no text. */
  public static final String EMPTY = "empty file";

  /** Reason for an input that is not text. */
  public static final String BINARY = "binary content";

  /** Reason for text in an encoding that is neither (valid) UTF-8 nor Windows-1252. */
  public static final String UNDECODABLE = "undecodable bytes";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // Real text has tabs and line ends, but hardly any other control character; binary formats do.
  private static final double MAX_CONTROL_SHARE = 0.01;

  private ArticleDecoder() {}

  /** The text of {@code bytes}, or why they are not usable text. */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded.Unusable(EMPTY);
    }
    Decoded.Text text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (containsNul(bytes)) {
      return new Decoded.Unusable(BINARY);
    } else {
      text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        // A UTF-8 file cut inside its last character (an interrupted download) is still UTF-8.
        text = strictPrefix(bytes, incompleteUtf8Tail(bytes), StandardCharsets.UTF_8);
      }
      if (text == null) {
        text = strict(bytes, 0, WINDOWS_1252);
      }
      if (text == null) {
        // Mostly printable bytes with a few undefined ones: text in some other encoding.
        String lenient = new String(bytes, WINDOWS_1252);
        return new Decoded.Unusable(looksLikeText(lenient) ? UNDECODABLE : BINARY);
      }
    }
    if (text == null) {
      return new Decoded.Unusable(UNDECODABLE); // a byte order mark, then bytes invalid in its encoding
    }
    if (!looksLikeText(text.text())) {
      return new Decoded.Unusable(BINARY);
    }
    if (text.text().isBlank()) {
      return new Decoded.Unusable(EMPTY);
    }
    return text;
  }

  /** Whether {@code text} has few enough control characters (other than white space) to be text. */
  static boolean looksLikeText(String text) {
    long control = text.chars()
        .filter(c -> Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c))
        .count();
    return control <= text.length() * MAX_CONTROL_SHARE;
  }

  /** The text of {@code bytes} from {@code offset} in {@code charset}, or null when they are not valid in it. */
  private static Decoded.Text strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      String encoding = charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)
          ? "UTF-16" : charset.name();
      return new Decoded.Text(chars.toString(), encoding);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded.Text strictPrefix(byte[] bytes, int length, Charset charset) {
    return length <= 0 || length == bytes.length ? null : strict(Arrays.copyOf(bytes, length), 0, charset);
  }

  /**
   * Where an incomplete UTF-8 sequence at the end of {@code bytes} starts, or {@code bytes.length}
   * when the last sequence is not cut short.
   */
  static int incompleteUtf8Tail(byte[] bytes) {
    int i = bytes.length - 1;
    int continuation = 0;
    while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
      i--;
      continuation++;
    }
    if (i < 0) {
      return bytes.length;
    }
    int lead = bytes[i] & 0xFF;
    int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    return needed > continuation ? i : bytes.length;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
