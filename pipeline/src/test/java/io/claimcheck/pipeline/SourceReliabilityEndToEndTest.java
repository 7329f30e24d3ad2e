package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Source reliability on {@code fixtures/reliability/outlets.jsonl}: four outlets report three
 * stories; "Rumor Daily" alone is wrong about the death toll in the first two, and in the third it
 * and "Harbor Post" state one toll against two outlets stating another. By voices that third fact
 * is a 2-against-2 tie (no consensus); the outlets' records across the stories decide it.
 */
@RunWith(JUnit4.class)
public class SourceReliabilityEndToEndTest {

  private static final Path INPUT = Paths.get("../fixtures/reliability");

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path out;
  private static String summary;

  @BeforeClass
  public static void run() throws IOException {
    out = TMP.newFolder("out").toPath();
    ClaimCheckOptions options = PipelineOptionsFactory.fromArgs("--input=" + INPUT, "--output=" + out)
        .withValidation().as(ClaimCheckOptions.class);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int status = ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isEqualTo(ClaimCheck.EXIT_OK);
    summary = stdout.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Map<String, String>> sourcesByName() throws IOException {
    Map<String, Map<String, String>> rows = new TreeMap<>();
    ExpectedFindings.readCsv(out.resolve("sources.csv")).forEach(r -> rows.put(r.get("source"), r));
    return rows;
  }

  private static Map<String, String> killFinding(String storyDocPrefix) throws IOException {
    return ExpectedFindings.readCsv(out.resolve("report.csv")).stream()
        .filter(r -> r.get("type").equals("CONTRADICTION") && r.get("topic_key").equals("person.count{event=kill}"))
        .filter(r -> r.get("supporting_sources").startsWith(storyDocPrefix)
            || r.get("flagged_sources").startsWith(storyDocPrefix))
        .findFirst().orElseThrow(() -> new AssertionError("no kill contradiction in " + storyDocPrefix));
  }

  @Test
  public void threeStoriesOfFourOutlets() throws IOException {
    assertThat(Files.readAllLines(out.resolve("stories.csv"))).hasSize(4);
    assertThat(Files.readAllLines(out.resolve("copies.csv"))).containsExactly("document,copy_of,similarity");
    assertThat(Files.readAllLines(out.resolve("sources.csv")).get(0))
        .isEqualTo("source,documents,claims_compared,agreement_rate,weight");
    assertThat(sourcesByName().keySet())
        .containsExactly("Harbor Post", "Northern Ledger", "Rumor Daily", "Valley Courier").inOrder();
    assertThat(summary).contains("in 3 of 3 stories; 4 sources");
  }

  @Test
  public void theRepeatedlyWrongOutletWeighsLeast() throws IOException {
    Map<String, Map<String, String>> sources = sourcesByName();
    for (Map<String, String> row : sources.values()) {
      assertThat(row.get("documents")).isEqualTo("3");
    }
    double rumor = Double.parseDouble(sources.get("Rumor Daily").get("weight"));
    assertThat(rumor).isEqualTo(0.80); // the lowest weight there is
    for (String reliable : List.of("Northern Ledger", "Valley Courier")) {
      assertThat(Double.parseDouble(sources.get(reliable).get("weight"))).isGreaterThan(1.0);
      assertThat(Double.parseDouble(sources.get(reliable).get("agreement_rate")))
          .isGreaterThan(Double.parseDouble(sources.get("Rumor Daily").get("agreement_rate")));
    }
  }

  @Test
  public void weightsDecideTheTwoAgainstTwoTie() throws IOException {
    Map<String, String> ferry = killFinding("ferry-");
    // Two voices each way: a plain majority would have no consensus and flag all four.
    assertThat(ferry.get("values")).isEqualTo("5 people [ferry-courier;ferry-ledger] | 8 people [ferry-post;ferry-rumor]");
    assertThat(ferry.get("consensus_value")).isEqualTo("5 people");
    assertThat(ferry.get("flagged_sources")).isEqualTo("ferry-post;ferry-rumor");
    assertThat(ferry.get("supporting_sources")).isEqualTo("ferry-courier;ferry-ledger");
  }

  @Test
  public void clearMajoritiesStandAsBefore() throws IOException {
    assertThat(killFinding("fire-").get("flagged_sources")).isEqualTo("fire-rumor");
    assertThat(killFinding("fire-").get("consensus_value")).isEqualTo("12 people");
    assertThat(killFinding("bridge-").get("flagged_sources")).isEqualTo("bridge-rumor");
    assertThat(killFinding("bridge-").get("consensus_value")).isEqualTo("7 people");
  }
}
