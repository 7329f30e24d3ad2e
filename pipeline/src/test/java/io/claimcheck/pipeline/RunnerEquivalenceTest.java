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
import java.util.List;
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

  private Path runOnSample(String runnerArg) throws IOException {
    Path out = tmp.newFolder().toPath().resolve("out");
    ClaimCheckOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + SAMPLE, "--output=" + out, runnerArg, "--progressSeconds=0")
            .withValidation()
            .as(ClaimCheckOptions.class);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status = ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(ClaimCheck.EXIT_OK);
    // The summary comes from the runner's counters: they must work there too.
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("5 documents analyzed, 0 inputs rejected");
    return out;
  }
}
