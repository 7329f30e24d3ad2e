package io.claimcheck.report;

import io.claimcheck.model.Rejection;
import java.util.List;

/** How a {@link Rejection} is written as a row of {@code rejected.csv}: {@code input,reason}. */
public final class RejectionFormat {

  /** The header row, without the line end. */
  public static final String HEADER = Csv.record(List.of("input", "reason"));

  private RejectionFormat() {}

  /** The CSV row of {@code rejection}, without the line end. */
  public static String row(Rejection rejection) {
    return Csv.record(List.of(rejection.input(), rejection.reason()));
  }

  /** Rows are ordered by input, then reason. */
  public static String sortKey(Rejection rejection) {
    return rejection.input().replace('\u0000', ' ') + '\u0000' + rejection.reason();
  }
}
