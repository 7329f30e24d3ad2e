package io.claimcheck.reliability;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.FieldCoverage;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The coders of the reliability package's elements: a source's tally and its sources.csv row. */
@RunWith(JUnit4.class)
public class ReliabilityCodersTest {

  @Test
  public void tallyRoundTripsEveryField() throws Exception {
    for (SourceTally t : new SourceTally[] {
        SourceTally.EMPTY, new SourceTally(3, 2, 17, 11), new SourceTally(Long.MAX_VALUE, 1, 5, 5)}) {
      CoderProperties.coderDecodeEncodeEqual(SourceTallyCoder.of(), t);
      CoderProperties.coderDeterministic(SourceTallyCoder.of(), t, CoderUtils.clone(SourceTallyCoder.of(), t));
      FieldCoverage.assertEveryFieldSurvives(SourceTallyCoder.of(), t);
    }
  }

  @Test
  public void reliabilityRoundTripsEveryField() throws Exception {
    for (SourceReliability r : new SourceReliability[] {
        new SourceReliability("Harbour Gazette", 4, 9, 7, 1.25),
        new SourceReliability("", 0, 0, 0, 1.0),
        new SourceReliability("Ведомости \uD83D\uDCF0", 1, 3, 0, 0.8)}) {
      CoderProperties.coderDecodeEncodeEqual(SourceReliabilityCoder.of(), r);
      CoderProperties.coderDeterministic(
          SourceReliabilityCoder.of(), r, CoderUtils.clone(SourceReliabilityCoder.of(), r));
      FieldCoverage.assertEveryFieldSurvives(SourceReliabilityCoder.of(), r);
    }
  }

  @Test
  public void registryFindsTheCoders() throws Exception {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    assertThat(p.getCoderRegistry().getCoder(SourceTally.class)).isEqualTo(SourceTallyCoder.of());
    assertThat(p.getCoderRegistry().getCoder(SourceReliability.class)).isEqualTo(SourceReliabilityCoder.of());
  }
}
