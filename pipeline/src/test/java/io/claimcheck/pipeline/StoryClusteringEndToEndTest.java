package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The acceptance test of story clustering: one input mixing the sample story, the five evaluation
 * stories and unrelated single articles. Each fixture folder must come out as exactly one story,
 * each unrelated article alone, no finding may span two stories, and the sample's expected findings
 * must still appear.
 */
@RunWith(JUnit4.class)
public class StoryClusteringEndToEndTest {

  private static final Path FIXTURES = Paths.get("../fixtures");
  private static final List<String> EVAL_STORIES =
      List.of("city-election", "court-verdict", "quake-coastal", "storm-landfall", "takeover-deal");

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  /** Fixture folder → the document ids it contributed. */
  private static final Map<String, Set<String>> EXPECTED = new TreeMap<>();
  private static Path out;

  @BeforeClass
  public static void runOnCombinedInput() throws IOException {
    Path input = TMP.newFolder("input").toPath();
    // The sample keeps its ids (the expected findings name them); eval stories share file names,
    // so their copies get the story as prefix.
    copyStory(FIXTURES.resolve("tariff-talks"), "tariff-talks", "", input);
    for (String story : EVAL_STORIES) {
      copyStory(FIXTURES.resolve("eval").resolve(story), story, story + "_", input);
    }
    try (Stream<Path> files = Files.list(FIXTURES.resolve("unrelated"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(f, input.resolve("unrelated_" + f.getFileName()));
      }
    }
    out = TMP.newFolder("out").toPath();
    ClaimCheckOptions options = PipelineOptionsFactory
        .fromArgs("--input=" + input, "--output=" + out).withValidation().as(ClaimCheckOptions.class);
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status = ClaimCheck.run(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(ClaimCheck.EXIT_OK);
  }

  private static void copyStory(Path dir, String story, String prefix, Path input) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = prefix + f.getFileName();
        Files.copy(f, input.resolve(name));
        ids.add(name.substring(0, name.length() - ".txt".length()));
      }
    }
    EXPECTED.put(story, ids);
  }

  private static Map<String, Set<String>> storiesById() throws IOException {
    Map<String, Set<String>> stories = new TreeMap<>();
    for (Map<String, String> row : ExpectedFindings.readCsv(out.resolve("stories.csv"))) {
      Set<String> docs = new TreeSet<>(List.of(row.get("documents").split(";")));
      assertThat(Integer.parseInt(row.get("size"))).isEqualTo(docs.size());
      stories.put(row.get("story_id"), docs);
    }
    return stories;
  }

  @Test
  public void eachFixtureStoryIsExactlyOneStory() throws IOException {
    List<Set<String>> clusters = new ArrayList<>(storiesById().values());
    for (Map.Entry<String, Set<String>> story : EXPECTED.entrySet()) {
      assertWithMessage(story.getKey()).that(clusters).contains(story.getValue());
    }
  }

  @Test
  public void unrelatedArticlesAreStoriesOfTheirOwn() throws IOException {
    Map<String, Set<String>> stories = storiesById();
    int unrelated = 0;
    for (Set<String> docs : stories.values()) {
      if (docs.stream().anyMatch(d -> d.startsWith("unrelated_"))) {
        assertThat(docs).hasSize(1);
        unrelated++;
      }
    }
    assertThat(unrelated).isEqualTo(3);
    assertThat(stories).hasSize(EXPECTED.size() + 3);
  }

  @Test
  public void noFindingSpansTwoStories() throws IOException {
    Map<String, String> storyOfDoc = new HashMap<>();
    storiesById().forEach((story, docs) -> docs.forEach(d -> storyOfDoc.put(d, story)));
    List<Map<String, String>> report = ExpectedFindings.readCsv(out.resolve("report.csv"));
    assertThat(report).isNotEmpty();
    for (Map<String, String> row : report) {
      Set<String> docs = new TreeSet<>();
      for (String column : List.of("flagged_sources", "supporting_sources")) {
        if (!row.get(column).isEmpty()) {
          docs.addAll(List.of(row.get(column).split(";")));
        }
      }
      for (String doc : docs) {
        assertWithMessage(row.get("finding_id") + " " + doc).that(storyOfDoc.get(doc)).isEqualTo(row.get("story_id"));
      }
    }
  }

  @Test
  public void sampleFindingsStillAppear() throws IOException {
    List<Map<String, String>> report = ExpectedFindings.readCsv(out.resolve("report.csv"));
    List<ExpectedFindings.Expectation> expectations =
        ExpectedFindings.load(FIXTURES.resolve("tariff-talks/expected-findings.csv"));
    String tariffStory = storyOf("004_6d42f7f9f635dfa1");
    List<Map<String, String>> tariffRows =
        report.stream().filter(r -> r.get("story_id").equals(tariffStory)).toList();
    assertThat(ExpectedFindings.violations(expectations, tariffRows)).isEmpty();
  }

  @Test
  public void rewrittenReportsAreNotSyndicatedCopies() throws IOException {
    // The fixtures' "syndicated" articles are rewritten from the wire text, not copied.
    assertThat(Files.readAllLines(out.resolve("copies.csv"))).containsExactly("document,copy_of,similarity");
  }

  private static String storyOf(String doc) throws IOException {
    for (Map.Entry<String, Set<String>> e : storiesById().entrySet()) {
      if (e.getValue().contains(doc)) {
        return e.getKey();
      }
    }
    throw new AssertionError("no story holds " + doc);
  }
}
