package io.claimcheck.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The part of a {@code report.csv} row that the evaluation scores.
 *
 * @param type {@code CONTRADICTION} or {@code OMISSION}
 * @param topicKey the row's topic key
 * @param flagged the flagged document ids, in report order
 */
record ReportRow(String type, String topicKey, List<String> flagged) {

  /** Reads {@code report.csv} (header row required) with Jackson's CSV reader. */
  static List<ReportRow> read(Path reportCsv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    List<ReportRow> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(reportCsv.toFile())) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        rows.add(new ReportRow(field(row, "type"), field(row, "topic_key"), split(field(row, "flagged_sources"))));
      }
    }
    return rows;
  }

  /** {@code a;b} → [a, b]; empty → []. */
  static List<String> split(String sources) {
    if (sources == null || sources.isBlank()) {
      return List.of();
    }
    return Arrays.stream(sources.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String field(Map<String, String> row, String column) throws IOException {
    String value = row.get(column);
    if (value == null) {
      throw new IOException("report.csv has no column '" + column + "'");
    }
    return value;
  }
}
