package io.claimcheck.read;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ReadArticlesTest {

  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private Path root;

  @Before
  public void writeCorpus() throws IOException {
    root = tmp.newFolder("corpus").toPath().toRealPath();
    write("000_a.txt", "Japan begins tariff talks on Wednesday.");
    write("reuters/story.txt", "Reuters says 25%.");
    write("ap/2025/story.txt", "AP says 24%.");
    writeGzip("001_b.txt.gz", "Gzipped article about tariffs.");
    write("feeds/feed.jsonl",
        "{\"id\":\"j1\",\"text\":\"First line article.\",\"source\":\"Kyodo\"}\n"
            + "\n"
            + "{\"id\":\"j2\",\"text\":\n"
            + "{\"id\":\"j3\",\"text\":\"Third line article.\"}\n");
    write("empty.txt", "");
    write("notes.csv", "not,an,article\n"); // not a supported extension: not matched
  }

  @Test
  public void readsEveryFileOfADirectoryIntoArticlesOrRejections() {
    PCollectionTuple read = pipeline.apply(ReadArticles.from(root.toString()));

    PAssert.that(read.get(ReadArticles.ARTICLES)).satisfies(articles -> {
      List<String> seen = new ArrayList<>();
      articles.forEach(a -> seen.add(a.docId() + " <- " + relative(a.input())));
      assertThat(seen).containsExactly(
          "000_a <- 000_a.txt",
          "reuters/story <- reuters/story.txt",
          "ap/2025/story <- ap/2025/story.txt",
          "001_b <- 001_b.txt.gz",
          "j1 <- feeds/feed.jsonl:1",
          "j3 <- feeds/feed.jsonl:4");
      return null;
    });
    PAssert.that(read.get(ReadArticles.ARTICLES)).satisfies(articles -> {
      for (Article a : articles) {
        if (a.docId().equals("001_b")) {
          assertThat(a.text()).isEqualTo("Gzipped article about tariffs.");
        }
        if (a.docId().equals("j1")) {
          assertThat(a.source()).isEqualTo("Kyodo");
        }
        assertThat(a.encoding()).isEqualTo("UTF-8");
      }
      return null;
    });
    PAssert.that(read.get(ReadArticles.REJECTED)).satisfies(rejections -> {
      List<String> seen = new ArrayList<>();
      for (Rejection r : rejections) {
        seen.add(relative(r.input()) + " " + (r.reason().startsWith("malformed JSON") ? "malformed JSON" : r.reason()));
      }
      assertThat(seen).containsExactly("empty.txt empty file", "feeds/feed.jsonl:3 malformed JSON");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void readsAGlob() {
    PCollectionTuple read = pipeline.apply(ReadArticles.from(root + "/**/story.txt"));
    PAssert.that(read.get(ReadArticles.ARTICLES)).satisfies(articles -> {
      List<String> ids = new ArrayList<>();
      articles.forEach(a -> ids.add(a.docId()));
      // Same name twice below the glob root: ids relative to the directory before the wildcard.
      assertThat(ids).containsExactly("reuters/story", "ap/2025/story");
      return null;
    });
    PAssert.that(read.get(ReadArticles.REJECTED)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void rejectsCorruptGzipWithoutFailing() throws IOException {
    // A gzip stream cut short. (Bytes without the gzip magic number are read as plain text.)
    writeGzip("broken.txt.gz", "A long enough article to compress. ".repeat(50));
    Path broken = root.resolve("broken.txt.gz");
    byte[] bytes = Files.readAllBytes(broken);
    Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    PCollectionTuple read = pipeline.apply(ReadArticles.from(root + "/broken.txt.gz"));
    PAssert.that(read.get(ReadArticles.ARTICLES)).empty();
    PAssert.that(read.get(ReadArticles.REJECTED)).satisfies(rejections -> {
      Rejection r = rejections.iterator().next();
      assertThat(r.input()).endsWith("broken.txt.gz");
      assertThat(r.reason()).startsWith("unreadable: ");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  // Paths as the test wrote them: the corpus root is a temporary folder.
  private static String relative(String input) {
    int at = input.indexOf("/corpus/");
    return at < 0 ? input : input.substring(at + "/corpus/".length());
  }

  private void write(String relativePath, String text) throws IOException {
    Path file = root.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void writeGzip(String relativePath, String text) throws IOException {
    File file = root.resolve(relativePath).toFile();
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file.toPath()))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
