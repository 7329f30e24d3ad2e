package io.claimcheck.report;

import io.claimcheck.model.Copy;
import java.util.List;
import java.util.Locale;

/** How a {@link Copy} is written as a row of {@code copies.csv}: {@code document,copy_of,similarity}. */
public final class CopyFormat {

  /** The header row, without the line end. */
  public static final String HEADER = Csv.record(List.of("document", "copy_of", "similarity"));

  private CopyFormat() {}

  /** The CSV row of {@code copy}, without the line end; similarity with two decimals. */
  public static String row(Copy copy) {
    return Csv.record(List.of(copy.document(), copy.copyOf(), String.format(Locale.ROOT, "%.2f", copy.similarity())));
  }

  /** Rows are ordered by document. */
  public static String sortKey(Copy copy) {
    return copy.document();
  }
}
