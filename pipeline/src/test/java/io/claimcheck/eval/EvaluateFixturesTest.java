package io.claimcheck.eval;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs the evaluation harness over every story of {@code fixtures/eval}: the labels must be usable
 * and every score a ratio. The scores themselves are targets (see RESULTS.md), not asserted here.
 */
@RunWith(JUnit4.class)
public class EvaluateFixturesTest {

  // Tests run with the module directory as working directory.
  private static final Path EVAL = Paths.get("../fixtures/eval");

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void harnessScoresEveryFixtureStory() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    List<Path> stories = Evaluate.findStories(List.of(EVAL));

    Evaluate.Summary summary = Evaluate.evaluate(stories, tmp.getRoot().toPath(), out);

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(summary.errors()).isEmpty();
    assertThat(summary.stories()).hasSize(stories.size());
    assertThat(printed).contains("SUMMARY: " + stories.size() + " stories");
    for (Map.Entry<String, Double> metric : summary.metrics().entrySet()) {
      double value = metric.getValue();
      if (!Double.isNaN(value)) {
        assertThat(value).isAtLeast(0.0);
        assertThat(value).isAtMost(1.0);
      }
      assertThat(printed).contains(metric.getKey());
    }
    // Every story has labels to score and both variants.
    for (Evaluate.StoryResult story : summary.stories()) {
      assertThat(story.natural()).isNotNull();
      assertThat(story.numericFound()).isNotNull();
      assertThat(story.omissionFound()).isNotNull();
    }
  }
}
