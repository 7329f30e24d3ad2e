package io.claimcheck.report;

import io.claimcheck.reliability.SourceReliability;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link SourceReliability} is written as a row of {@code sources.csv}:
 * {@code source,documents,claims_compared,agreement_rate,weight}.
 */
public final class SourceFormat {

  /** The header row, without the line end. */
  public static final String HEADER =
      Csv.record(List.of("source", "documents", "claims_compared", "agreement_rate", "weight"));

  private SourceFormat() {}

  /** The CSV row, without the line end; rate and weight with two decimals, the rate empty when nothing was compared. */
  public static String row(SourceReliability s) {
    String rate = s.compared() == 0 ? "" : String.format(Locale.ROOT, "%.2f", s.agreementRate());
    return Csv.record(List.of(s.source(), Long.toString(s.documents()), Long.toString(s.compared()), rate,
        String.format(Locale.ROOT, "%.2f", s.weight())));
  }

  /** Rows are ordered by source. */
  public static String sortKey(SourceReliability s) {
    return s.source();
  }
}
