package io.claimcheck.report;

import io.claimcheck.model.Finding;
import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.ValueSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * How a {@link Finding} is written as a row of {@code report.csv} (see the output contract).
 *
 * <ul>
 *   <li>{@code flagged_sources}, {@code supporting_sources}: document ids joined with {@code ;}.
 *   <li>{@code values}: {@code VALUE [ID;ID] | VALUE [ID]}.
 *   <li>{@code support}: {@code STATING/STORY_SIZE}, e.g. {@code 4/5}.
 *   <li>{@code confidence}: two decimals, half up, dot as separator ({@code 0.80}), clamped to 0..1.
 *   <li>{@code evidence}: {@code ID: "SENTENCE" || ID: "SENTENCE"}; the sentence is written as it is,
 *       double quotes included: CSV quoting of the whole field keeps them intact.
 * </ul>
 *
 * Lists are written in the order the finding holds them: the detector builds them in a
 * deterministic order. Rows are ordered by {@link #ORDER}.
 */
public final class ReportFormat {

  /** The report columns, in contract order. */
  public static final List<String> COLUMNS = List.of(
      "finding_id", "story_id", "type", "topic_key", "fact", "consensus_value", "flagged_sources",
      "supporting_sources", "values", "support", "confidence", "evidence");

  /** The header row, without the line end. */
  public static final String HEADER = Csv.record(COLUMNS);

  /**
   * Row order: {@code story_id}, {@code type}, descending {@code confidence}, {@code topic_key},
   * {@code finding_id}. Confidence is compared as written (two decimals), so rows showing the same
   * confidence are ordered by topic key, as a reader of the file expects.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::storyId)
          .thenComparing(f -> f.type().name())
          .thenComparing(ReportFormat::roundedConfidence, Comparator.reverseOrder())
          .thenComparing(Finding::topicKey)
          .thenComparing(Finding::findingId);

  // Separates the fields of a sort key; sorts before every other character.
  private static final char KEY_SEPARATOR = '\u0000';

  private ReportFormat() {}

  /** The CSV row of {@code finding}, without the line end. */
  public static String row(Finding finding) {
    return Csv.record(List.of(
        finding.findingId(),
        finding.storyId(),
        finding.type().name(),
        finding.topicKey(),
        finding.fact(),
        finding.consensusValue(),
        String.join(";", finding.flaggedSources()),
        String.join(";", finding.supportingSources()),
        values(finding.values()),
        finding.supportCount() + "/" + finding.storySize(),
        confidence(finding.confidence()),
        evidence(finding.evidence())));
  }

  /**
   * A string key whose natural order is {@link #ORDER}, for sorting rows without their findings.
   * Fields are joined with NUL, which sorts first, so a shorter field sorts before its extensions.
   */
  public static String sortKey(Finding finding) {
    // Descending confidence as an ascending number: 100 - hundredths, three digits.
    int inverted = 100 - roundedConfidence(finding).movePointRight(2).intValueExact();
    return String.join(String.valueOf(KEY_SEPARATOR),
        clean(finding.storyId()), finding.type().name(), String.format("%03d", inverted),
        clean(finding.topicKey()), clean(finding.findingId()));
  }

  /** {@code 25% [000_a;001_b] | 24% [004_e]}. */
  public static String values(List<ValueSupport> values) {
    StringJoiner joiner = new StringJoiner(" | ");
    for (ValueSupport value : values) {
      joiner.add(value.value() + " [" + String.join(";", value.docIds()) + "]");
    }
    return joiner.toString();
  }

  /** {@code 004_e: "..." || 000_a: "..."}. */
  public static String evidence(List<Evidence> evidence) {
    StringJoiner joiner = new StringJoiner(" || ");
    for (Evidence e : evidence) {
      joiner.add(e.docId() + ": \"" + e.sentence() + "\"");
    }
    return joiner.toString();
  }

  /** Two decimals, half up, clamped to 0..1: {@code 0.80}. */
  public static String confidence(double confidence) {
    return rounded(confidence).toPlainString();
  }

  private static BigDecimal roundedConfidence(Finding finding) {
    return rounded(finding.confidence());
  }

  private static BigDecimal rounded(double confidence) {
    double clamped = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    // BigDecimal.valueOf uses the shortest decimal form of the double, so 0.125 rounds to 0.13.
    return BigDecimal.valueOf(clamped).setScale(2, RoundingMode.HALF_UP);
  }

  private static String clean(String keyField) {
    return keyField.replace(KEY_SEPARATOR, ' ');
  }
}
