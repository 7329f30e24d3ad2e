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
  public void rejectsBytesUndefinedInWindows1252AsBinary() {
    // 0x81 is neither valid UTF-8 here nor defined in Windows-1252.
    byte[] bytes = {'a', 'b', (byte) 0x81, 'c'};
    assertThat(ArticleDecoder.decode(bytes)).isEqualTo(new Decoded.Unusable("binary content"));
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
