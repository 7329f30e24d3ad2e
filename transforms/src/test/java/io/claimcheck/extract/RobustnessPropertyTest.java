package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.read.ArticleDecoder;
import io.claimcheck.read.Decoded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Property-style robustness test with a fixed seed (the same inputs on every run): random bytes,
 * random Unicode and truncated real articles go through decoding, cleaning and extraction. No
 * exception may escape, and every claim's evidence must lie inside the cleaned text and inside the
 * claim's sentence.
 */
@RunWith(JUnit4.class)
public class RobustnessPropertyTest {

  private static final long SEED = 20250601L;
  private static final int CASES = 300;

  // Characters that stress the rules: sentence ends, quotes, digits, units, separators, surrogates.
  private static final String[] PIECES = {
    ".", ". ", "? ", "!", "\n", "\r\n", "\n\n", " ", "  ", "\t", "\"", "“", "”", "’", "'", "(", ")",
    "%", "$", "€", "25", "1,000", "3.5", "-", "—", "/", "|", "»", "Mr.", "U.S.", "Dr.", "said", "the",
    "tariff", "killed", "at least", "more than", "about", "million", "percent", "km", "miles", "on Monday",
    "President", "John Smith", "Japan", "will", "not", "attend", "ruled out", "By ", "Reuters", "©",
    "\u00AD", "\u200B", "\uFEFF", "\u2028", "\uD83D\uDE00", "é", "ß", "中文", "\u0000", "\u0007"
  };

  private static final List<String> ARTICLES = new ArrayList<>();
  private static ArticleCleaner cleaner;
  private static ClaimExtractor extractor;

  @BeforeClass
  public static void setUp() throws IOException {
    cleaner = new ArticleCleaner();
    extractor = new ClaimExtractor();
    // Tests run with the module directory as working directory.
    try (Stream<Path> files = Files.list(Paths.get("../fixtures/tariff-talks"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        ARTICLES.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  public void randomBytes() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      byte[] bytes = new byte[random.nextInt(600)];
      random.nextBytes(bytes);
      if (i % 2 == 0) { // mostly printable ASCII with a few high bytes: gets past the binary check
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = random.nextInt(20) == 0 ? bytes[j] : (byte) (32 + random.nextInt(95));
        }
      }
      Decoded decoded = ArticleDecoder.decode(bytes);
      if (decoded instanceof Decoded.Text text) {
        check("bytes#" + i, text.text());
      }
    }
  }

  @Test
  public void randomUnicode() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(200);
      for (int j = 0; j < pieces; j++) {
        if (random.nextInt(4) == 0) {
          text.appendCodePoint(random.nextInt(0x30000)); // any code point, lone surrogates included
        } else {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      check("unicode#" + i, text.toString());
    }
  }

  @Test
  public void truncatedRealArticles() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < CASES * 2 / 3; i++) { // whole articles are the slow case: fewer, to keep the test short
      String article = ARTICLES.get(random.nextInt(ARTICLES.size()));
      int from = random.nextInt(4) == 0 ? random.nextInt(article.length()) : 0;
      int to = from + random.nextInt(article.length() - from + 1);
      check("truncated#" + i + "[" + from + "," + to + ")", article.substring(from, to));
    }
  }

  @Test
  public void longLinesWithoutBreaks() {
    Random random = new Random(SEED + 3);
    for (int i = 0; i < 5; i++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 20_000) {
        text.append(PIECES[random.nextInt(PIECES.length)].replace("\n", " ").replace("\r", " "));
      }
      check("long#" + i, text.toString());
    }
  }

  /** Cleans and extracts {@code raw}; fails with the input's name when anything escapes or points outside. */
  private static void check(String name, String raw) {
    String text;
    List<Claim> claims;
    try {
      text = cleaner.clean(raw);
      claims = ArticleCleaner.hasText(text) ? extractor.extract(Article.of("doc", name, text)) : List.of();
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("exception on " + name + ": " + e + "\ninput: " + escape(raw), e);
    }
    for (Claim claim : claims) {
      String where = name + " claim " + claim.topicKey() + " [" + claim.start() + "," + claim.end() + ")";
      assertWithMessage(where).that(claim.start()).isAtLeast(0);
      assertWithMessage(where).that(claim.end()).isAtLeast(claim.start());
      assertWithMessage(where).that(claim.end()).isAtMost(text.length());
      assertWithMessage(where + " not inside its sentence: " + claim.sentence())
          .that(insideSentence(text, claim)).isTrue();
    }
  }

  /** A name that repeats a word once crashed name resolution (found by this property test). */
  @Test
  public void personNameWithARepeatedWord() {
    List<Claim> claims = extractor.extract(Article.of("doc", "doc.txt",
        "Police said Sirhan Sirhan, 24, was arrested on Monday. Sirhan said he acted alone."));
    assertThat(claims.stream().map(Claim::topicKey).toList()).contains("person.age{person=sirhan sirhan}");
  }

  /** Whether some occurrence of the claim's sentence in {@code text} covers the claim's offsets. */
  private static boolean insideSentence(String text, Claim claim) {
    String sentence = claim.sentence();
    for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
      if (at <= claim.start() && claim.end() <= at + sentence.length()) {
        return true;
      }
    }
    return false;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(2000).forEach(c -> {
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
