package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.FieldCoverage;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The coders of the story package's intermediate elements. */
@RunWith(JUnit4.class)
public class StoryCodersTest {

  @Test
  public void signedRoundTripsEveryField() throws Exception {
    long[] signature = new long[128];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = i % 3 == 0 ? Long.MIN_VALUE + i : i % 3 == 1 ? -1L - i : Long.MAX_VALUE / (i + 1);
    }
    for (FindCopies.Signed s : List.of(new FindCopies.Signed("doc-1", signature),
        new FindCopies.Signed("東京-\uD83D\uDE00", new long[0]))) {
      CoderProperties.coderDecodeEncodeEqual(SignedCoder.of(), s);
      CoderProperties.coderDeterministic(SignedCoder.of(), s, CoderUtils.clone(SignedCoder.of(), s));
      CoderProperties.coderConsistentWithEquals(SignedCoder.of(), s, CoderUtils.clone(SignedCoder.of(), s));
      FieldCoverage.assertEveryFieldSurvives(SignedCoder.of(), s);
    }
    FindCopies.Signed decoded =
        CoderUtils.clone(SignedCoder.of(), new FindCopies.Signed("d", signature));
    assertThat(Arrays.equals(decoded.signatureUnsafe(), signature)).isTrue();
  }

  @Test
  public void memberRoundTripsEveryField() throws Exception {
    for (DescribeStories.Member m : List.of(new DescribeStories.Member("d1", "2025-04-16", List.of("trump", "japan")),
        new DescribeStories.Member("d2", "", List.of()), new DescribeStories.Member(null, null, List.of("Zoë")))) {
      CoderProperties.coderDecodeEncodeEqual(MemberCoder.of(), m);
      CoderProperties.coderDeterministic(MemberCoder.of(), m, CoderUtils.clone(MemberCoder.of(), m));
      CoderProperties.structuralValueConsistentWithEquals(MemberCoder.of(), m, CoderUtils.clone(MemberCoder.of(), m));
    }
    FieldCoverage.assertEveryFieldSurvives(MemberCoder.of(), FieldCoverage.populated(DescribeStories.Member.class));
  }

  @Test
  public void registryPicksThem() throws Exception {
    CoderRegistry registry = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry();
    assertThat(registry.getCoder(FindCopies.Signed.class)).isEqualTo(SignedCoder.of());
    assertThat(registry.getCoder(DescribeStories.Member.class)).isEqualTo(MemberCoder.of());
    SignedCoder.of().verifyDeterministic();
    MemberCoder.of().verifyDeterministic();
  }
}
