package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Runs the whole job on the sample corpus, and checks the exit statuses of the command line. */
@RunWith(JUnit4.class)
public class ClaimCheckEndToEndTest {

  // Tests run with the module directory as working directory.
  private static final Path SAMPLE = Paths.get("../fixtures/tariff-talks");
  private static final Path EXPECTED_FINDINGS = SAMPLE.resolve("expected-findings.csv");

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    ClaimCheckOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ClaimCheckOptions.class);
    return ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private Path runOnSample(String... extraArgs) throws IOException {
    Path out = tmp.newFolder().toPath().resolve("out");
    List<String> args = new ArrayList<>(List.of("--input=" + SAMPLE, "--output=" + out));
    args.addAll(List.of(extraArgs));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(ClaimCheck.EXIT_OK);
    return out;
  }

  @Test
  public void writesTheThreeOutputsForTheSampleCorpus() throws IOException {
    Path out = runOnSample();

    assertThat(firstLine(out.resolve("report.csv"))).isEqualTo(
        "finding_id,story_id,type,topic_key,fact,consensus_value,flagged_sources,supporting_sources,"
            + "values,support,confidence,evidence");
    assertThat(firstLine(out.resolve("rejected.csv"))).isEqualTo("input,reason");
    assertThat(Files.readAllLines(out.resolve("rejected.csv"))).hasSize(1); // nothing rejected
    assertThat(Files.exists(out.resolve("claims.jsonl"))).isTrue();

    String summary = stdout.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("5 inputs (5 files): 5 documents analyzed, 0 inputs rejected;");
    // One story; each plain-text document is its own source.
    assertThat(summary).contains(") in 1 of 1 stories; 5 sources");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** The findings hook: the report must meet every line of the sample's expected-findings.csv. */
  @Test
  public void reportMeetsTheExpectedFindings() throws IOException {
    Path out = runOnSample();
    List<ExpectedFindings.Expectation> expectations = ExpectedFindings.load(EXPECTED_FINDINGS);
    List<Map<String, String>> report = ExpectedFindings.readCsv(out.resolve("report.csv"));
    assertThat(ExpectedFindings.violations(expectations, report)).isEmpty();
  }

  @Test
  public void outputIsByteIdenticalAtAnyParallelism() throws IOException {
    Path one = runOnSample("--targetParallelism=1");
    Path many = runOnSample("--targetParallelism=8");
    for (String file : List.of("report.csv", "claims.jsonl", "rejected.csv", "stories.csv", "copies.csv", "sources.csv")) {
      assertThat(Files.readAllBytes(many.resolve(file))).isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  public void noMatchingInputExitsWith2AndOneLine() throws IOException {
    Path out = tmp.newFolder().toPath().resolve("out");
    assertThat(run("--input=" + SAMPLE.resolve("no-such-dir"), "--output=" + out)).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .isEqualTo("claimcheck: no input file matches '" + SAMPLE.resolve("no-such-dir") + "'" + System.lineSeparator());
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  public void directoryWithoutAnInputFileExitsWith2AndOneLine() throws IOException {
    Path dir = tmp.newFolder("only-notes").toPath();
    Files.writeString(dir.resolve("notes.csv"), "a,b\n");
    Files.createDirectories(dir.resolve("deep/er"));
    Files.writeString(dir.resolve("deep/er/readme.md"), "not an article\n");
    Path out = tmp.newFolder().toPath().resolve("out");
    assertThat(run("--input=" + dir, "--output=" + out)).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .isEqualTo("claimcheck: no input file matches '" + dir + "'" + System.lineSeparator());
  }

  @Test
  public void directoryWhoseOnlyInputIsNestedRuns() throws IOException {
    Path dir = tmp.newFolder("nested").toPath();
    Files.writeString(dir.resolve("notes.csv"), "a,b\n");
    Files.createDirectories(dir.resolve("2025/06"));
    Files.writeString(dir.resolve("2025/06/quake.txt"),
        "A magnitude 6.1 earthquake struck the region on Monday, officials said. At least 12 people died.");
    Path out = tmp.newFolder().toPath().resolve("out");
    assertThat(run("--input=" + dir, "--output=" + out)).isEqualTo(ClaimCheck.EXIT_OK);
    assertThat(Files.readAllLines(out.resolve("rejected.csv"))).hasSize(1); // the header: notes.csv is not an input
    assertThat(Files.readString(out.resolve("claims.jsonl"))).contains("\"doc_id\":\"quake\"");
  }

  @Test
  public void unwritableOutputExitsWith2AndOneLine() throws IOException {
    // A regular file where the output directory's parent should be: no user can create it.
    Path blocker = tmp.newFile("blocker").toPath();
    assertThat(run("--input=" + SAMPLE, "--output=" + blocker.resolve("out"))).isEqualTo(ClaimCheck.EXIT_USAGE);
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(err).startsWith("claimcheck: cannot write to output directory '" + blocker.resolve("out") + "'");
    assertThat(err.lines().count()).isEqualTo(1);
  }

  @Test
  public void invalidOptionExitsWith2AndOneLineFromMain() throws Exception {
    Process process = new ProcessBuilder(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            ClaimCheck.class.getName(), "--no-such-option=1")
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(err).startsWith("claimcheck: invalid option: ");
    assertThat(err.lines().count()).isEqualTo(1);
  }

  @Test
  public void invalidOptionValueExitsWith2AndOneLine() throws IOException {
    Path out = tmp.newFolder().toPath().resolve("out");
    assertThat(run("--input=" + SAMPLE, "--output=" + out, "--maxDocumentChars=-5")).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(
        "claimcheck: invalid option: --maxDocumentChars=-5: must be a positive number" + System.lineSeparator());
    assertThat(run("--input=" + SAMPLE, "--output=" + out, "--maxSentenceChars=0")).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  public void verbosePrintsTheStackTraceOfAnError() throws IOException {
    Path blocker = tmp.newFile("blocker").toPath();
    assertThat(run("--input=" + SAMPLE, "--output=" + blocker.resolve("out"), "--verbose")).isEqualTo(ClaimCheck.EXIT_USAGE);
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(err).startsWith("claimcheck: cannot write to output directory");
    assertThat(err).contains("\tat ");
  }

  @Test
  public void aRunStartedAsTheCommandLineStartsItGivesTheSameReport() throws IOException {
    // ClaimCheck.parse starts the Direct Runner without blocking, so that progress can be printed
    // while the job runs (none here: the sample takes far less than the period).
    Path out = tmp.newFolder().toPath().resolve("out");
    ClaimCheckOptions options =
        ClaimCheck.parse(new String[] {"--input=" + SAMPLE, "--output=" + out, "--progressSeconds=600"});
    assertThat(options.as(DirectOptions.class).isBlockOnRun()).isFalse();
    assertThat(ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8))).isEqualTo(ClaimCheck.EXIT_OK);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("5 inputs (5 files): 5 documents analyzed");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();

    Path blocking = runOnSample();
    assertThat(Files.readAllLines(out.resolve("report.csv"))).isEqualTo(Files.readAllLines(blocking.resolve("report.csv")));
  }

  private static String firstLine(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
  }
}
