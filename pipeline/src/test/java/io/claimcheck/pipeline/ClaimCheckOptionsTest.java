package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.util.KeyBuckets;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ClaimCheckOptionsTest {

  private static ClaimCheckOptions parse(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(ClaimCheckOptions.class);
  }

  @Test
  public void directRunnerGetsOneBucketPerThread() {
    assertThat(parse("--targetParallelism=2").getBuckets()).isEqualTo(2);
    assertThat(parse("--runner=DirectRunner", "--targetParallelism=5").getBuckets()).isEqualTo(5);
  }

  @Test
  public void otherRunnersGetTheDefaultBuckets() {
    ClaimCheckOptions options = parse();
    options.setRunner(OtherRunner.class);
    assertThat(options.getBuckets()).isEqualTo(KeyBuckets.DEFAULT_BUCKETS);
  }

  @Test
  public void explicitBucketsWin() {
    assertThat(parse("--buckets=3").getBuckets()).isEqualTo(3);
  }

  @Test
  public void theJobTurnsTheDirectRunnersChecksOffUnlessGiven() {
    DirectOptions quiet = ClaimCheck.parse(new String[] {"--input=in", "--output=out"}).as(DirectOptions.class);
    assertThat(quiet.isEnforceImmutability()).isFalse();
    assertThat(quiet.isEnforceEncodability()).isFalse();

    DirectOptions asked = ClaimCheck.parse(new String[] {"--input=in", "--output=out",
        "--enforceImmutability=true", "--enforceEncodability"}).as(DirectOptions.class);
    assertThat(asked.isEnforceImmutability()).isTrue();
    assertThat(asked.isEnforceEncodability()).isTrue();
  }

  @Test
  public void nonPositiveBucketsAreAUsageError() {
    assertThrows(RunChecks.UsageException.class, () -> RunChecks.checkOptionValues(parse("--buckets=0")));
  }

  @Test
  public void theDirectRunnerReturnsAtOnceWhenProgressIsAskedFor() {
    assertThat(parse().getProgressSeconds()).isEqualTo(30);
    assertThat(ClaimCheck.parse(new String[] {"--input=in"}).as(DirectOptions.class).isBlockOnRun()).isFalse();
    assertThat(ClaimCheck.parse(new String[] {"--input=in", "--progressSeconds=0"})
        .as(DirectOptions.class).isBlockOnRun()).isTrue();
    assertThat(ClaimCheck.parse(new String[] {"--input=in", "--blockOnRun=true"})
        .as(DirectOptions.class).isBlockOnRun()).isTrue();
  }

  @Test
  public void negativeProgressSecondsAreAUsageError() throws Exception {
    RunChecks.checkOptionValues(parse("--progressSeconds=0"));
    assertThrows(RunChecks.UsageException.class,
        () -> RunChecks.checkOptionValues(parse("--progressSeconds=-1")));
  }

  /** Stands for any runner but the Direct Runner; never run. */
  public static final class OtherRunner extends PipelineRunner<PipelineResult> {
    public static OtherRunner fromOptions(org.apache.beam.sdk.options.PipelineOptions options) {
      return new OtherRunner();
    }

    @Override
    public PipelineResult run(Pipeline pipeline) {
      throw new UnsupportedOperationException();
    }
  }
}
