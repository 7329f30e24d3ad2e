package io.claimcheck.normalize;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.FieldCoverage;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** {@link NameAliasesCoder}. */
@RunWith(JUnit4.class)
public class NameAliasesCoderTest {

  @Test
  public void roundTripsAndKeepsAliases() throws Exception {
    NameAliases aliases = NameAliases.build(
        Map.of("donald trump", 3L, "trump", 5L, "shigeru ishiba", 1L, "ishiba", 2L, "zoë müller", 1L));
    for (NameAliases a : List.of(aliases, NameAliases.NONE)) {
      CoderProperties.coderDecodeEncodeEqual(NameAliasesCoder.of(), a);
      CoderProperties.coderDeterministic(NameAliasesCoder.of(), a, CoderUtils.clone(NameAliasesCoder.of(), a));
      CoderProperties.coderConsistentWithEquals(NameAliasesCoder.of(), a, CoderUtils.clone(NameAliasesCoder.of(), a));
      FieldCoverage.assertEveryFieldSurvives(NameAliasesCoder.of(), a);
    }
    NameAliases decoded = CoderUtils.clone(NameAliasesCoder.of(), aliases);
    assertThat(decoded.canonical("trump")).isEqualTo("donald trump");
    assertThat(decoded.canonical("unknown")).isEqualTo("unknown");
    assertThat(Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry().getCoder(NameAliases.class))
        .isEqualTo(NameAliasesCoder.of());
  }
}
