package io.claimcheck.report;

import java.util.List;
import java.util.StringJoiner;

/**
 * CSV records per RFC 4180: fields separated by commas; a field holding a comma, a double quote, CR
 * or LF is enclosed in double quotes, with inner double quotes doubled. Other fields are written
 * bare. Records end with LF ({@code \n}), not the RFC's CRLF: every CSV reader accepts it and
 * line-oriented tools (diff, grep, sort) work on the files as they are.
 */
public final class Csv {

  /** The record separator of every CSV file claimcheck writes. */
  public static final String LINE_END = "\n";

  private Csv() {}

  /** One record, without the line end. */
  public static String record(List<String> fields) {
    StringJoiner joiner = new StringJoiner(",");
    for (String field : fields) {
      joiner.add(field(field));
    }
    return joiner.toString();
  }

  /** One field, quoted when it must be. */
  public static String field(String value) {
    String v = value == null ? "" : value;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
