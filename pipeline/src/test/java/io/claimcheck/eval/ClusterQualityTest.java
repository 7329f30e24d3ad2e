package io.claimcheck.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.eval.ClusterQuality.Score;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Pairwise precision and recall on small clusterings counted by hand. */
@RunWith(JUnit4.class)
public class ClusterQualityTest {

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static final Map<String, String> TRUTH =
      Map.of("a1", "A", "a2", "A", "a3", "A", "b1", "B", "b2", "B", "c1", "C");

  @Test
  public void perfectClusteringScoresOne() {
    Score s = ClusterQuality.score(
        Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "y", "b2", "y", "c1", "z"), TRUTH);
    assertThat(s.truePairs()).isEqualTo(4);  // 3 in A, 1 in B
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  public void mergedStoriesLosePrecision() {
    // A and B in one cluster: C(5,2) = 10 predicted pairs, 4 of them true.
    Score s = ClusterQuality.score(
        Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "x", "b2", "x", "c1", "z"), TRUTH);
    assertThat(s.predictedPairs()).isEqualTo(10);
    assertThat(s.correctPairs()).isEqualTo(4);
    assertThat(s.precision()).isWithin(1e-9).of(0.4);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  public void splitStoriesLoseRecall() {
    // a3 alone: of A's 3 pairs only a1-a2 is found; B's pair is found: 2 of 4.
    Score s = ClusterQuality.score(
        Map.of("a1", "x", "a2", "x", "a3", "w", "b1", "y", "b2", "y", "c1", "z"), TRUTH);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isWithin(1e-9).of(0.5);
    assertThat(s.f1()).isWithin(1e-9).of(2 * 0.5 / 1.5);
  }

  @Test
  public void missingDocumentIsASingletonAndCounted() {
    Score s = ClusterQuality.score(Map.of("a1", "x", "a2", "x", "b1", "y", "b2", "y", "c1", "z"), TRUTH);
    assertThat(s.missing()).isEqualTo(1);
    assertThat(s.recall()).isWithin(1e-9).of(0.5);
    assertThat(s.predictedClusters()).isEqualTo(4);
  }

  @Test
  public void documentsOutsideTheTruthAreIgnored() {
    Score s = ClusterQuality.score(
        Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "y", "b2", "y", "c1", "z", "extra", "x"), TRUTH);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.documents()).isEqualTo(6);
  }

  @Test
  public void readsStoriesAndTruthCsv() throws IOException {
    Path stories = write("stories.csv", """
        story_id,documents,size,label,date_span
        story-1,a1;a2,2,"Ann, Bo",
        story-2,b1,1,Cy,2025-01-01..2025-01-02
        """);
    Path truth = write("truth.csv", """
        doc_id,story_id,source,domain,copy_of
        a1,S1,Wire,crime,
        a2,S1,Post,crime,a1
        b1,S2,Wire,politics,
        """);
    Score s = ClusterQuality.score(ClusterQuality.readStories(stories), ClusterQuality.readTruth(truth));
    assertThat(s.correctPairs()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  public void documentInTwoStoriesIsAnError() throws IOException {
    Path stories = write("stories.csv", "story_id,documents,size,label,date_span\ns1,a;b,2,,\ns2,b,1,,\n");
    assertThrows(IOException.class, () -> ClusterQuality.readStories(stories));
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
