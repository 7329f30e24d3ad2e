package io.claimcheck.eval;

import io.claimcheck.eval.StoryLabels.Label;
import io.claimcheck.eval.StoryLabels.Tolerated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a report is scored against a story's labels (the rules of {@code fixtures/eval/README.md}).
 *
 * <ul>
 *   <li>A key matches a topic key when it is equal, or when it ends in {@code *} and the topic key
 *       starts with what comes before the {@code *}.
 *   <li>A label is <em>found</em> when a row of its type matches its key and flags all its flagged
 *       documents (more are allowed).
 *   <li>A row <em>matches</em> a label when type and key match (flagged documents are not looked
 *       at: a row on the right fact that flags the wrong document shows up as the label's miss).
 *       A row that matches no label of its type and no tolerated entry is a false alarm; a row that
 *       matches only a tolerated entry counts neither way.
 *   <li>An agreed fact is falsely contradicted when a CONTRADICTION row matches its key.
 * </ul>
 */
final class Scoring {

  private Scoring() {}

  /** Counts for one finding type. */
  record TypeCounts(int labels, int found, int matchedRows, int falseAlarms, int toleratedRows) {
    static final TypeCounts ZERO = new TypeCounts(0, 0, 0, 0, 0);

    TypeCounts plus(TypeCounts o) {
      return new TypeCounts(labels + o.labels, found + o.found, matchedRows + o.matchedRows,
          falseAlarms + o.falseAlarms, toleratedRows + o.toleratedRows);
    }

    /** Rows that match a label / rows that are scored (not tolerated); NaN without rows. */
    double precision() {
      return ratio(matchedRows, matchedRows + falseAlarms);
    }

    /** Labels found / labels; NaN without labels. */
    double recall() {
      return ratio(found, labels);
    }
  }

  /** The score of a story's unmodified articles, and one line per miss or false alarm. */
  record NaturalScore(TypeCounts contradictions, TypeCounts omissions, int agreed, int agreedContradicted,
      List<String> lines) {}

  static boolean keyMatches(String pattern, String topicKey) {
    if (pattern.endsWith("*")) {
      return topicKey.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(topicKey);
  }

  /** Whether {@code row} has {@code type}, matches {@code key} and flags every one of {@code flagged}. */
  static boolean finds(ReportRow row, String type, String key, Collection<String> flagged) {
    return row.type().equals(type) && keyMatches(key, row.topicKey()) && row.flagged().containsAll(flagged);
  }

  /** Scores the report of a story's unmodified articles. */
  static NaturalScore scoreNatural(String story, StoryLabels labels, List<ReportRow> report) {
    List<String> lines = new ArrayList<>();
    TypeCounts c = scoreType(story, StoryLabels.CONTRADICTION, labels.contradictions(), labels, report, lines);
    TypeCounts o = scoreType(story, StoryLabels.OMISSION, labels.omissions(), labels, report, lines);
    int contradicted = 0;
    for (Label agreed : labels.agreed()) {
      if (report.stream().anyMatch(r -> r.type().equals(StoryLabels.CONTRADICTION)
          && keyMatches(agreed.key(), r.topicKey()))) {
        contradicted++;
      }
    }
    return new NaturalScore(c, o, labels.agreed().size(), contradicted, lines);
  }

  private static TypeCounts scoreType(String story, String type, List<Label> expected, StoryLabels labels,
      List<ReportRow> report, List<String> lines) {
    List<ReportRow> rows = report.stream().filter(r -> r.type().equals(type)).toList();
    int found = 0;
    for (Label label : expected) {
      if (rows.stream().anyMatch(r -> finds(r, type, label.key(), label.flagged()))) {
        found++;
      } else {
        lines.add("MISS " + type + " " + story + " " + label.id() + " " + label.key() + " flagged="
            + label.flagged() + sameKey(rows, label.key()) + quoted(label.fact()));
      }
    }
    int matched = 0;
    int falseAlarms = 0;
    int tolerated = 0;
    for (ReportRow row : rows) {
      if (expected.stream().anyMatch(l -> keyMatches(l.key(), row.topicKey()))) {
        matched++;
      } else if (isTolerated(labels.tolerated(), row)) {
        tolerated++;
      } else {
        falseAlarms++;
        String agreed = type.equals(StoryLabels.CONTRADICTION)
            ? labels.agreed().stream().filter(a -> keyMatches(a.key(), row.topicKey()))
                .map(Label::id).collect(Collectors.joining(","))
            : "";
        lines.add("FALSE " + type + " " + story + " " + row.topicKey() + " flagged=" + row.flagged()
            + (agreed.isEmpty() ? "" : " (agreed fact " + agreed + ")"));
      }
    }
    return new TypeCounts(expected.size(), found, matched, falseAlarms, tolerated);
  }

  private static boolean isTolerated(List<Tolerated> tolerated, ReportRow row) {
    return tolerated.stream().anyMatch(t -> t.type().equals(row.type()) && keyMatches(t.key(), row.topicKey()));
  }

  /**
   * Whether a variant report finds the injected change: a row of {@code type} matching {@code key}
   * that flags {@code doc}. Returns null when found, else the MISS line.
   */
  static String scoreVariant(String story, String variant, String type, String key, String doc,
      List<ReportRow> report) {
    if (report.stream().anyMatch(r -> finds(r, type, key, List.of(doc)))) {
      return null;
    }
    List<ReportRow> rows = report.stream().filter(r -> r.type().equals(type)).toList();
    return "MISS " + variant + " " + story + " " + key + " flagged=[" + doc + "]" + sameKey(rows, key);
  }

  /** What the report says about the key instead, for a miss line; empty when it says nothing. */
  private static String sameKey(List<ReportRow> rows, String key) {
    List<String> got = rows.stream().filter(r -> keyMatches(key, r.topicKey()))
        .map(r -> r.topicKey() + " flagged=" + r.flagged()).toList();
    return got.isEmpty() ? " (no row)" : " (report: " + String.join("; ", got) + ")";
  }

  private static String quoted(String fact) {
    return fact.isEmpty() ? "" : " \"" + fact + "\"";
  }

  static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
