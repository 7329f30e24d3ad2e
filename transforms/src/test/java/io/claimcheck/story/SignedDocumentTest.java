package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class SignedDocumentTest {

  @Test
  public void coderRoundTripsAndIsDeterministic() throws Exception {
    SignedDocument doc = new SignedDocument("s0001-02", new long[] {-5, 3, Long.MAX_VALUE}, new long[] {42});
    CoderProperties.coderDecodeEncodeEqual(SignedDocument.CODER, doc);
    CoderProperties.coderDecodeEncodeEqual(SignedDocument.CODER, new SignedDocument("", new long[0], new long[0]));
    SignedDocument ofOutlet = new SignedDocument("s0001-03", Outlets.hash("ap"), new long[] {7}, new long[] {1, 2});
    CoderProperties.coderDecodeEncodeEqual(SignedDocument.CODER, ofOutlet);
    assertThat(ofOutlet.withFeaturesWhere(f -> true).withBands(new long[0]).outlet()).isEqualTo(Outlets.hash("ap"));
    assertThat(ofOutlet).isNotEqualTo(new SignedDocument("s0001-03", new long[] {7}, new long[] {1, 2}));
    CoderProperties.coderDeterministic(SignedDocument.CODER, doc, new SignedDocument("s0001-02",
        new long[] {-5, 3, Long.MAX_VALUE}, new long[] {42}));
  }

  @Test
  public void keepsOnlyTheSelectedFeaturesAndBands() {
    SignedDocument doc = new SignedDocument("d", new long[] {1, 2, 3, 4}, new long[] {10, 11, 12});
    SignedDocument even = doc.withFeaturesWhere(f -> f % 2 == 0).withBandsWhere(b -> b > 10);
    assertThat(even.featureCount()).isEqualTo(2);
    assertThat(even.feature(0)).isEqualTo(2);
    assertThat(even.bandCount()).isEqualTo(2);
    assertThat(even.band(0)).isEqualTo(11);
    assertThat(doc.featureCount()).isEqualTo(4);  // unchanged
    assertThat(doc.similarity(even)).isWithin(1e-12).of(0.5);
  }

  @Test
  public void arraysAreCopiedIn() {
    long[] features = {1, 2};
    SignedDocument doc = new SignedDocument("d", features, new long[0]);
    features[0] = 99;
    assertThat(doc.feature(0)).isEqualTo(1);
  }
}
