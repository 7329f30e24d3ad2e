package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs the whole job on the sample corpus with the Direct Runner and with another runner, and
 * requires byte-identical outputs. The other runner is named by the system property
 * {@value #RUNNER_PROPERTY}, which the {@code flink-runner} and {@code spark-runner} profiles set
 * (they also put the runner on the class path); without it the test is skipped:
 *
 * <pre>mvn -Pflink-runner -pl pipeline -am verify -Dtest=RunnerEquivalenceTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@RunWith(JUnit4.class)
public class RunnerEquivalenceTest {

  static final String RUNNER_PROPERTY = "claimcheck.equivalence.runner";

  private static final Path SAMPLE = Paths.get("../fixtures/tariff-talks");

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void otherRunnerWritesTheSameBytesAsTheDirectRunner() throws IOException {
    String runner = System.getProperty(RUNNER_PROPERTY, "");
    assumeTrue("set -D" + RUNNER_PROPERTY + " (a runner profile does)", !runner.isBlank());

    Path direct = runOnSample("--runner=DirectRunner");
    Path other = runOnSample("--runner=" + runner);

    for (String file : List.of("report.csv", "claims.jsonl", "rejected.csv", "stories.csv", "copies.csv", "sources.csv")) {
      assertThat(new String(Files.readAllBytes(other.resolve(file)), StandardCharsets.UTF_8))
          .isEqualTo(new String(Files.readAllBytes(direct.resolve(file)), StandardCharsets.UTF_8));
      assertThat(Files.readAllBytes(other.resolve(file))).isEqualTo(Files.readAllBytes(direct.resolve(file)));
    }
  }

  @Test
  public void embeddedFlinkPrintsProgressAndTheSameSummary() throws IOException {
    String runner = System.getProperty(RUNNER_PROPERTY, "");
    assumeTrue("the Flink profile sets -D" + RUNNER_PROPERTY + "=FlinkRunner", runner.equals("FlinkRunner"));
    Run direct = run(ClaimCheck.parse(new String[] {"--input=" + SAMPLE, "--output=" + newOutput(), "--progressSeconds=0"}));

    // As the command line does it: parse() starts an embedded cluster detached to print progress.
    ClaimCheckOptions options = ClaimCheck.parse(new String[] {
        "--input=" + SAMPLE, "--output=" + newOutput(), "--runner=FlinkRunner", "--progressSeconds=1"});
    assertThat(attachedMode(options)).isFalse();
    List<String> leftBefore = flinkTemporaryFiles();
    Run flink = run(options);

    assertThat(flink.status()).isEqualTo(ClaimCheck.EXIT_OK);
    // Nothing but progress lines on stderr (how many depends on the job's speed).
    for (String line : flink.stderr().lines().toList()) {
      assertThat(line).matches("claimcheck: running, \\d+ s: \\d+ inputs read, \\d+ cleaned; stories: words counted in "
          + "\\d+ of at most \\d+ shards, \\d+ signed, "
          + "\\d+ of at most \\d+ shards compared, \\d+ placed; \\d+ documents analyzed, "
          + "\\d+ claims, \\d+ findings so far");
    }
    // The summary comes from the finished job's counters (the cluster has shut down by then).
    assertThat(summaryCounts(flink.stdout())).isEqualTo(summaryCounts(direct.stdout()));
    assertThat(flink.stdout()).contains("5 documents analyzed, 0 inputs rejected");
    assertThat(Files.readAllBytes(flink.out().resolve("report.csv")))
        .isEqualTo(Files.readAllBytes(direct.out().resolve("report.csv")));
    // The run waited for its cluster to shut down, which removes the cluster's temporary files
    // (only new names count: another process may add or remove its own meanwhile).
    List<String> left = new ArrayList<>(flinkTemporaryFiles());
    left.removeAll(leftBefore);
    assertThat(left).isEmpty();
  }

  /** What an embedded Flink cluster puts in the temporary directory: its RPC jar, its working directory. */
  private static List<String> flinkTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("flink-rpc-") || name.startsWith("minicluster_"))
          .toList();
    }
  }

  @Test
  public void onlyEmbeddedRunsWithProgressAreDetached() {
    String runner = System.getProperty(RUNNER_PROPERTY, "");
    assumeTrue("the Flink profile sets -D" + RUNNER_PROPERTY + "=FlinkRunner", runner.equals("FlinkRunner"));
    String[] base = {"--input=" + SAMPLE, "--runner=FlinkRunner"};
    assertThat(attachedMode(ClaimCheck.parse(with(base, "--flinkMaster=[local]")))).isFalse();
    assertThat(attachedMode(ClaimCheck.parse(with(base, "--progressSeconds=0")))).isTrue();
    assertThat(attachedMode(ClaimCheck.parse(with(base, "--attachedMode=true")))).isTrue();
    ClaimCheckOptions remote = ClaimCheck.parse(with(base, "--flinkMaster=jobmanager:8081"));
    assertThat(EmbeddedFlink.isEmbedded(remote)).isFalse();
    assertThat(attachedMode(remote)).isTrue();
  }

  private static String[] with(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }

  /** FlinkPipelineOptions' attachedMode, by name: the default build has no Flink. */
  private static boolean attachedMode(ClaimCheckOptions options) {
    try {
      Class<? extends PipelineOptions> flink =
          Class.forName("org.apache.beam.runners.flink.FlinkPipelineOptions").asSubclass(PipelineOptions.class);
      return (Boolean) flink.getMethod("getAttachedMode").invoke(options.as(flink));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The summary's first two lines: the counts, without the wall time and the output directory. */
  private static List<String> summaryCounts(String stdout) {
    return stdout.lines().limit(2).toList();
  }

  private Path newOutput() throws IOException {
    return tmp.newFolder().toPath().resolve("out");
  }

  private record Run(Path out, int status, String stdout, String stderr) {}

  private static Run run(ClaimCheckOptions options) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status = ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    return new Run(Paths.get(options.getOutput()), status,
        stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  private Path runOnSample(String runnerArg) throws IOException {
    Path out = newOutput();
    ClaimCheckOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + SAMPLE, "--output=" + out, runnerArg, "--progressSeconds=0")
            .withValidation()
            .as(ClaimCheckOptions.class);
    Run run = run(options);
    assertThat(run.stderr()).isEmpty();
    assertThat(run.status()).isEqualTo(ClaimCheck.EXIT_OK);
    // The summary comes from the runner's counters: they must work there too.
    assertThat(run.stdout()).contains("5 documents analyzed, 0 inputs rejected");
    return out;
  }
}
