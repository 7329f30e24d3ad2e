package io.claimcheck.read;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ArticleDecoderTest {

  @Test
  public void readsUtf8() {
    Decoded decoded = ArticleDecoder.decode("Tokyo’s “first mover” — 25%\n".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded).isEqualTo(new Decoded.Text("Tokyo’s “first mover” — 25%\n", "UTF-8"));
  }

  @Test
  public void dropsUtf8ByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Hello".getBytes(StandardCharsets.UTF_8));
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Text("Hello", "UTF-8"));
  }

  @Test
  public void readsUtf16WithByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Tariffs: 25%".getBytes(StandardCharsets.UTF_16LE));
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Text("Tariffs: 25%", "UTF-16"));
  }

  @Test
  public void fallsBackToWindows1252WhenNotUtf8() {
    byte[] bytes = "Tokyo’s “talks” – café".getBytes(Charset.forName("windows-1252"));
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Text("Tokyo’s “talks” – café", "windows-1252"));
  }

  @Test
  public void rejectsEmptyAndBlankFiles() {
    assertThat(ArticleDecoder.decode(new byte[0])).isEqualTo(new Decoded.Unusable("empty file"));
    assertThat(ArticleDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new Decoded.Unusable("empty file"));
  }

  @Test
  public void rejectsNulBytesAsBinary() {
    byte[] bytes = "PK\u0003\u0004\u0000\u0000 rest of a zip".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Unusable("binary content"));
  }

  @Test
  public void rejectsTextWithBytesUndefinedInWindows1252AsUndecodable() {
    // 0x81 is neither valid UTF-8 here nor defined in Windows-1252; the rest reads as text.
    byte[] bytes = "Tariffs rose to 25% on Tuesday \u0081 officials said.".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Unusable("undecodable bytes"));
  }

  @Test
  public void rejectsControlHeavyBytesUndefinedInWindows1252AsBinary() {
    byte[] bytes = {'a', (byte) 0x81, 0x01, 0x02, 0x03, 'c'};
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Unusable("binary content"));
  }

  @Test
  public void rejectsInvalidBytesAfterAByteOrderMarkAsUndecodable() {
    byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '(', 'c'};
    assertThat(ArticleDecoder.decode(utf8)).isEqualTo(new Decoded.Unusable("undecodable bytes"));
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC}; // lone low surrogate
    assertThat(ArticleDecoder.decode(utf16)).isEqualTo(new Decoded.Unusable("undecodable bytes"));
  }

  @Test
  public void dropsACharacterCutShortAtTheEndOfATruncatedUtf8File() {
    byte[] whole = "Fares rose 6% at the café".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // cut inside "é"
    assertThat(ArticleDecoder.decode(cut)).isEqualTo(new Decoded.Text("Fares rose 6% at the caf", "UTF-8"));
    byte[] euro = "price: €".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleDecoder.decode(java.util.Arrays.copyOf(euro, euro.length - 2)))
        .isEqualTo(new Decoded.Text("price: ", "UTF-8"));
  }

  @Test
  public void readsLatin1TextAsWindows1252() {
    byte[] bytes = "São Paulo, Zürich and Málaga".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Text("São Paulo, Zürich and Málaga", "windows-1252"));
  }

  @Test
  public void rejectsTextFullOfControlCharactersAsBinary() {
    byte[] bytes = "abc\u0001\u0002\u0003defgh\u0007\u001b".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Unusable("binary content"));
  }

  @Test
  public void keepsTabsAndLineEnds() {
    assertThat(ArticleDecoder.looksLikeText("a\tb\r\nc\n")).isTrue();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
