package io.claimcheck.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into text.
 *
 * <ul>
 *   <li>A byte order mark selects UTF-8 or UTF-16 and is dropped.
 *   <li>Otherwise the bytes are read as strict UTF-8; when they are not valid UTF-8 they are read as
 *       Windows-1252 (the usual encoding of older Western news feeds), which {@link Decoded.Text#encoding}
 *       records.
 *   <li>NUL bytes, bytes Windows-1252 does not define, or more than 1% control characters mean the
 *       file is not text: {@value #BINARY}.
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

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // Real text has tabs and line ends, but hardly any other control character; binary formats do.
  private static final double MAX_CONTROL_SHARE = 0.01;

  private ArticleDecoder() {}

  /** The text of {@code bytes}, or why they are not usable text. */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded.Unusable(EMPTY);
    }
    Decoded decoded;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      decoded = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      decoded = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      decoded = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (containsNul(bytes)) {
      return new Decoded.Unusable(BINARY);
    } else {
      decoded = strict(bytes, 0, StandardCharsets.UTF_8);
      if (decoded instanceof Decoded.Unusable) {
        decoded = strict(bytes, 0, WINDOWS_1252);
      }
    }
    if (decoded instanceof Decoded.Text text) {
      if (!looksLikeText(text.text())) {
        return new Decoded.Unusable(BINARY);
      }
      if (text.text().isBlank()) {
        return new Decoded.Unusable(EMPTY);
      }
    }
    return decoded;
  }

  /** Whether {@code text} has few enough control characters (other than white space) to be text. */
  static boolean looksLikeText(String text) {
    long control = text.chars()
        .filter(c -> Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c))
        .count();
    return control <= text.length() * MAX_CONTROL_SHARE;
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      String encoding = charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)
          ? "UTF-16" : charset.name();
      return new Decoded.Text(chars.toString(), encoding);
    } catch (CharacterCodingException e) {
      return new Decoded.Unusable(BINARY);
    }
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
