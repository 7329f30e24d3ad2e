package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * {@code scripts/run-dataflow.sh} refuses to start, with one line on stderr and exit status 2,
 * when a required Dataflow option is missing: before building, staging or calling gcloud.
 */
@RunWith(JUnit4.class)
public class RunDataflowScriptTest {

  // Tests run with the module directory as working directory.
  private static final Path SCRIPT = Paths.get("../scripts/run-dataflow.sh");

  private static final String PROJECT = "--project=my-project";
  private static final String REGION = "--region=europe-west1";
  private static final String TEMP = "--tempLocation=gs://my-bucket/tmp";
  private static final String INPUT = "--input=gs://my-bucket/articles";
  private static final String OUTPUT = "--output=gs://my-bucket/report";

  @Test
  public void missingProjectIsRefused() throws Exception {
    assertRefused("claimcheck: missing --project=", REGION, TEMP, INPUT, OUTPUT);
  }

  @Test
  public void missingRegionIsRefused() throws Exception {
    assertRefused("claimcheck: missing --region=", PROJECT, TEMP, INPUT, OUTPUT);
  }

  @Test
  public void missingTempLocationIsRefused() throws Exception {
    assertRefused("claimcheck: missing --tempLocation=", PROJECT, REGION, INPUT, OUTPUT);
  }

  @Test
  public void missingInputOrOutputIsRefused() throws Exception {
    assertRefused("claimcheck: missing --input=", PROJECT, REGION, TEMP, OUTPUT);
    assertRefused("claimcheck: missing --output=", PROJECT, REGION, TEMP, INPUT);
  }

  @Test
  public void localTempLocationIsRefused() throws Exception {
    assertRefused("claimcheck: --tempLocation must be a gs:// path", PROJECT, REGION,
        "--tempLocation=/tmp/x", INPUT, OUTPUT);
  }

  private static void assertRefused(String expectedStart, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close(); // nothing on stdin
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(ClaimCheck.EXIT_USAGE);
    assertThat(err).startsWith(expectedStart);
    assertThat(err.lines().count()).isEqualTo(1);
    assertThat(out).isEmpty();
  }
}
