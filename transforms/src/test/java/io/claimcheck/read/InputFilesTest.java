package io.claimcheck.read;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class InputFilesTest {

  @Test
  public void directoryMeansEverySupportedFileBelowIt() {
    assertThat(InputFiles.patterns("corpus/")).containsExactly("corpus/**");
    assertThat(InputFiles.isInput("corpus/", "/data/corpus/2025/a.txt")).isTrue();
    assertThat(InputFiles.isInput("corpus/", "/data/corpus/b.txt.gz")).isTrue();
    assertThat(InputFiles.isInput("corpus", "gs://bucket/corpus/feed.jsonl")).isTrue();
    assertThat(InputFiles.isInput("corpus", "/data/corpus/feed.jsonl.gz")).isTrue();
    assertThat(InputFiles.isInput("corpus/", "/data/corpus/expected.csv")).isFalse();
    assertThat(InputFiles.isInput("corpus/", "/data/corpus/notes.txt.bak")).isFalse();
    assertThat(InputFiles.root("corpus/")).isEqualTo("corpus/");
    assertThat(InputFiles.root("gs://bucket/news")).isEqualTo("gs://bucket/news/");
  }

  @Test
  public void globIsUsedAsItIsWithTheDirectoryBeforeTheWildcardAsRoot() {
    assertThat(InputFiles.patterns("corpus/**/*.txt")).containsExactly("corpus/**/*.txt");
    // A glob is the user's choice: every file it matches is an input.
    assertThat(InputFiles.isInput("corpus/*", "/data/corpus/notes.md")).isTrue();
    assertThat(InputFiles.root("corpus/2025/*/a?.txt")).isEqualTo("corpus/2025/");
    assertThat(InputFiles.root("*.txt")).isEqualTo(".");
  }

  @Test
  public void singleFileIsUsedAsItIs() {
    assertThat(InputFiles.patterns("a/b/x.txt.gz")).containsExactly("a/b/x.txt.gz");
    assertThat(InputFiles.isInput("a/b/x.txt.gz", "/a/b/x.txt.gz")).isTrue();
    assertThat(InputFiles.root("a/b/x.txt.gz")).isEqualTo("a/b/");
  }

  @Test
  public void baseIdDropsTextExtensionsOnly() {
    assertThat(InputFiles.baseId("/c/004_6d42f7f9f635dfa1.txt")).isEqualTo("004_6d42f7f9f635dfa1");
    assertThat(InputFiles.baseId("gs://b/c/x.txt.gz")).isEqualTo("x");
    assertThat(InputFiles.baseId("/c/notes.md")).isEqualTo("notes.md");
  }

  @Test
  public void uniqueNameKeepsBaseId() {
    assertThat(InputFiles.assignIds("/root/", List.of("/root/a/story.txt", "/root/a/story.txt")))
        .containsExactly("/root/a/story.txt", "story");
  }

  @Test
  public void sharedNameGetsRelativePathIds() {
    Map<String, String> ids = InputFiles.assignIds("/root/",
        List.of("/root/reuters/story.txt", "/root/ap/2025/story.txt.gz"));
    assertThat(ids).containsExactly(
        "/root/ap/2025/story.txt.gz", "ap/2025/story",
        "/root/reuters/story.txt", "reuters/story");
  }

  @Test
  public void idsStayUniqueWhenOnlyTheExtensionDiffers() {
    assertThat(InputFiles.assignIds("/root", List.of("/root/a/s.txt", "/root/a/s.txt.gz", "/root/b/s.txt")))
        .containsExactly("/root/a/s.txt", "a/s.txt", "/root/a/s.txt.gz", "a/s.txt.gz", "/root/b/s.txt", "b/s");
  }

  @Test
  public void jsonlIsRecognizedByExtension() {
    assertThat(InputFiles.isJsonl("/a/feed.jsonl")).isTrue();
    assertThat(InputFiles.isJsonl("/a/feed.jsonl.gz")).isTrue();
    assertThat(InputFiles.isJsonl("/a/feed.txt")).isFalse();
  }
}
