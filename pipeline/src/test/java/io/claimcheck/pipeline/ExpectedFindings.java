package io.claimcheck.pipeline;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a {@code report.csv} against an expected-findings file such as
 * {@code fixtures/tariff-talks/expected-findings.csv}, whose columns are
 * {@code expectation,type,topic_key,consensus_value,flagged_sources,note}:
 *
 * <ul>
 *   <li>{@code present}: a report row with that {@code type} and {@code topic_key} exists; when
 *       {@code consensus_value} or {@code flagged_sources} are given, that row has them too
 *       (flagged sources compared as a set);
 *   <li>{@code absent}: no report row has that {@code type} and {@code topic_key}.
 * </ul>
 *
 * Both files are parsed with Jackson's CSV reader, independent of the writer under test.
 */
final class ExpectedFindings {

  /** One line of the expected-findings file. */
  record Expectation(
      String expectation, String type, String topicKey, String consensusValue, String flaggedSources, String note) {}

  private ExpectedFindings() {}

  /** The expectations of {@code file}, header row required. */
  static List<Expectation> load(Path file) throws IOException {
    List<Expectation> out = new ArrayList<>();
    for (Map<String, String> row : readCsv(file)) {
      out.add(new Expectation(get(row, "expectation"), get(row, "type"), get(row, "topic_key"),
          get(row, "consensus_value"), get(row, "flagged_sources"), get(row, "note")));
    }
    return out;
  }

  /** The rows of a CSV file with a header, as column → value. */
  static List<Map<String, String>> readCsv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  /** What in {@code report} (rows of report.csv) goes against {@code expectations}; empty when all hold. */
  static List<String> violations(List<Expectation> expectations, List<Map<String, String>> report) {
    List<String> problems = new ArrayList<>();
    for (Expectation e : expectations) {
      List<Map<String, String>> rows = report.stream()
          .filter(r -> e.type().equals(get(r, "type")) && e.topicKey().equals(get(r, "topic_key")))
          .toList();
      String what = e.type() + " " + e.topicKey() + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
      switch (e.expectation()) {
        case "present" -> {
          if (rows.isEmpty()) {
            problems.add("missing: " + what);
          } else if (rows.stream().noneMatch(r -> matches(e, r))) {
            problems.add("different: " + what + ": expected consensus '" + e.consensusValue()
                + "' flagged '" + e.flaggedSources() + "', got " + describe(rows));
          }
        }
        case "absent" -> {
          if (!rows.isEmpty()) {
            problems.add("unexpected: " + what + ": " + describe(rows));
          }
        }
        default -> problems.add("bad expectation '" + e.expectation() + "' for " + what);
      }
    }
    return problems;
  }

  private static boolean matches(Expectation e, Map<String, String> row) {
    boolean consensus = e.consensusValue().isEmpty() || e.consensusValue().equals(get(row, "consensus_value"));
    boolean flagged = e.flaggedSources().isEmpty()
        || ids(e.flaggedSources()).equals(ids(get(row, "flagged_sources")));
    return consensus && flagged;
  }

  private static TreeSet<String> ids(String joined) {
    TreeSet<String> ids = new TreeSet<>();
    Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    return ids;
  }

  private static String describe(List<Map<String, String>> rows) {
    return rows.stream()
        .map(r -> "[consensus '" + get(r, "consensus_value") + "' flagged '" + get(r, "flagged_sources") + "']")
        .toList()
        .toString();
  }

  private static String get(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value.strip();
  }
}
