package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.reliability.SourceReliability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Rows of sources.csv. */
@RunWith(JUnit4.class)
public class SourceFormatTest {

  @Test
  public void rateAndWeightHaveTwoDecimalsAndNamesAreQuoted() {
    assertThat(SourceFormat.HEADER).isEqualTo("source,documents,claims_compared,agreement_rate,weight");
    assertThat(SourceFormat.row(new SourceReliability("Post, The", 3, 6, 4, 0.861)))
        .isEqualTo("\"Post, The\",3,6,0.67,0.86");
    assertThat(SourceFormat.sortKey(new SourceReliability("Post, The", 3, 6, 4, 0.861))).isEqualTo("Post, The");
  }

  @Test
  public void aSourceNeverComparedHasNoRate() {
    assertThat(SourceFormat.row(new SourceReliability("doc-1", 1, 0, 0, 1.0))).isEqualTo("doc-1,1,0,,1.00");
  }
}
