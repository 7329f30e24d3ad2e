package io.claimcheck.extract;

import io.claimcheck.model.ClaimValue;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds weekdays, calendar dates and relative dates in a tokenized sentence.
 *
 * <p>Recognized forms: weekdays ({@code Wednesday}, {@code Wednesday's}); month-day with optional
 * year ({@code April 16, 2025}, {@code Apr. 16}, {@code April 16th}); day-month ({@code 16 April
 * 2025}, {@code the 16th of April}); month-year ({@code April 2025}); ISO ({@code 2025-04-16});
 * slashed dates in US order ({@code 4/16/2025}; day first only when the first number cannot be a
 * month); a bare year after a preposition ({@code in 1998}); and relative dates from the lexicon
 * {@code relative_dates} ({@code yesterday}, {@code last week}). Month and weekday names must be
 * capitalized, so that "may" and "march" as verbs are not dates.
 *
 * <p>Values: weekday names capitalized; ISO {@code yyyy-MM-dd}, {@code --MM-dd} without a year,
 * {@code yyyy-MM}, {@code yyyy}; relative dates {@code relative:PHRASE}.
 */
public final class DateParser {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private final Map<String, String> months = Lexicon.table("months");
  private final Map<String, String> weekdays = Lexicon.table("weekdays");
  private final Set<String> yearPrepositions = Lexicon.words("date_prepositions");
  private final PhraseMatcher<String> relative;

  public DateParser() {
    Map<String, String> phrases = new java.util.HashMap<>();
    for (String p : Lexicon.words("relative_dates")) {
      phrases.put(p, p);
    }
    relative = new PhraseMatcher<>(phrases);
  }

  /** Every date expression in {@code tokens}, left to right, non-overlapping. */
  public List<DateMention> find(List<Token> tokens) {
    List<DateMention> out = new ArrayList<>();
    String[] lower = PhraseMatcher.lower(tokens);
    int i = 0;
    while (i < tokens.size()) {
      DateMention m = parseAt(tokens, lower, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.endToken();
      }
    }
    return out;
  }

  private DateMention parseAt(List<Token> tokens, String[] lower, int i) {
    Token t = tokens.get(i);
    PhraseMatcher.Match<String> rel = relative.at(tokens, lower, i);
    if (rel != null) {
      return mention(tokens, i, rel.end(), "relative:" + rel.value());
    }
    if (t.capitalized()) {
      String weekday = weekdays.get(stripPossessive(t.lower()));
      if (weekday != null) {
        return mention(tokens, i, i + 1, capitalize(weekday));
      }
      Integer month = month(t);
      if (month != null) {
        return monthFirst(tokens, i, month);
      }
    }
    if (isDigits(t)) {
      DateMention m = numericDate(tokens, i);
      if (m == null) {
        m = dayFirst(tokens, i);
      }
      if (m == null) {
        m = prepositionYear(tokens, i);
      }
      return m;
    }
    return null;
  }

  /** "April 16", "April 16th, 2025", "April 2025". */
  private DateMention monthFirst(List<Token> tokens, int i, int month) {
    int j = i + 1;
    Integer day = day(tokens, j);
    if (day != null) {
      j = skipOrdinalSuffix(tokens, j + 1);
      int k = j < tokens.size() && tokens.get(j).text().equals(",") ? j + 1 : j;
      Integer year = year(tokens, k);
      if (year != null) {
        return validDate(tokens, i, k + 1, year, month, day);
      }
      return validDate(tokens, i, j, null, month, day);
    }
    Integer year = year(tokens, j);
    if (year != null) {
      return mention(tokens, i, j + 1, String.format(Locale.ROOT, "%04d-%02d", year, month));
    }
    return null;
  }

  /** "16 April 2025", "the 16th of April". */
  private DateMention dayFirst(List<Token> tokens, int i) {
    Integer day = day(tokens, i);
    if (day == null) {
      return null;
    }
    int j = skipOrdinalSuffix(tokens, i + 1);
    if (j < tokens.size() && tokens.get(j).lower().equals("of")) {
      j++;
    }
    if (j >= tokens.size() || !tokens.get(j).capitalized()) {
      return null;
    }
    Integer month = month(tokens.get(j));
    if (month == null) {
      return null;
    }
    int k = j + 1;
    int y = k < tokens.size() && tokens.get(k).text().equals(",") ? k + 1 : k;
    Integer year = year(tokens, y);
    if (year != null) {
      return validDate(tokens, i, y + 1, year, month, day);
    }
    return validDate(tokens, i, k, null, month, day);
  }

  /** "2025-04-16" and "4/16/2025": digit groups joined by touching separators. */
  private DateMention numericDate(List<Token> tokens, int i) {
    if (i + 4 >= tokens.size()) {
      return null;
    }
    String sep = tokens.get(i + 1).text();
    if (!(sep.equals("-") || sep.equals("/"))
        || !tokens.get(i + 3).text().equals(sep)
        || !touching(tokens, i, i + 4)
        || !isDigits(tokens.get(i + 2))
        || !isDigits(tokens.get(i + 4))) {
      return null;
    }
    int a = Integer.parseInt(tokens.get(i).text());
    int b = Integer.parseInt(tokens.get(i + 2).text());
    int c = Integer.parseInt(tokens.get(i + 4).text());
    if (sep.equals("-")) {
      if (tokens.get(i).text().length() != 4) {
        return null;
      }
      return validDate(tokens, i, i + 5, a, b, c);
    }
    int year = tokens.get(i + 4).text().length() == 2 ? 2000 + c : c;
    if (tokens.get(i + 4).text().length() != 2 && tokens.get(i + 4).text().length() != 4) {
      return null;
    }
    // US order (month/day) unless the first number cannot be a month.
    return a > 12 ? validDate(tokens, i, i + 5, year, b, a) : validDate(tokens, i, i + 5, year, a, b);
  }

  /** "in 1998", "since 2015": a bare year after a preposition. */
  private DateMention prepositionYear(List<Token> tokens, int i) {
    if (i == 0 || !yearPrepositions.contains(tokens.get(i - 1).lower())) {
      return null;
    }
    Integer year = year(tokens, i);
    if (year == null || (i + 1 < tokens.size() && touching(tokens, i, i + 1)
        && !isClosingPunctuation(tokens.get(i + 1).text()))) {
      return null;
    }
    return mention(tokens, i, i + 1, String.format(Locale.ROOT, "%04d", year));
  }

  private DateMention validDate(
      List<Token> tokens, int from, int to, Integer year, int month, int day) {
    try {
      LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: allows --02-29
    } catch (DateTimeException e) {
      return null;
    }
    String text =
        year == null
            ? String.format(Locale.ROOT, "--%02d-%02d", month, day)
            : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    return mention(tokens, from, to, text);
  }

  private Integer month(Token t) {
    String m = months.get(t.lower());
    return m == null ? null : Integer.valueOf(m);
  }

  private static Integer day(List<Token> tokens, int i) {
    if (i >= tokens.size() || !isDigits(tokens.get(i)) || tokens.get(i).text().length() > 2) {
      return null;
    }
    int d = Integer.parseInt(tokens.get(i).text());
    if (d < 1 || d > 31) {
      return null;
    }
    // "April 16:30" or "April 16-18" is not a plain day.
    if (i + 1 < tokens.size() && touching(tokens, i, i + 1)) {
      String next = tokens.get(i + 1).lower();
      if (!ORDINAL_SUFFIXES.contains(next) && !isClosingPunctuation(next)) {
        return null;
      }
    }
    return d;
  }

  private static Integer year(List<Token> tokens, int i) {
    if (i >= tokens.size() || !isDigits(tokens.get(i)) || tokens.get(i).text().length() != 4) {
      return null;
    }
    int y = Integer.parseInt(tokens.get(i).text());
    return y >= 1000 && y <= 2999 ? y : null;
  }

  private static int skipOrdinalSuffix(List<Token> tokens, int j) {
    if (j < tokens.size()
        && touching(tokens, j - 1, j)
        && ORDINAL_SUFFIXES.contains(tokens.get(j).lower())) {
      return j + 1;
    }
    return j;
  }

  private static boolean isDigits(Token t) {
    return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))
        && DIGITS.matcher(t.text()).matches();
  }

  /** Whether tokens {@code from..to} (inclusive) touch each other with no space between. */
  private static boolean touching(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).end() != tokens.get(k + 1).start()) {
        return false;
      }
    }
    return true;
  }

  /** Punctuation that may follow a date directly: "on April 16." */
  private static boolean isClosingPunctuation(String s) {
    return s.length() == 1 && ",.;)!?\"'’”".indexOf(s.charAt(0)) >= 0;
  }

  private static String stripPossessive(String lower) {
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      return lower.substring(0, lower.length() - 2);
    }
    return lower;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static DateMention mention(List<Token> tokens, int from, int to, String text) {
    return new DateMention(
        from, to, tokens.get(from).start(), tokens.get(to - 1).end(), ClaimValue.date(text));
  }

  /**
   * The calendar day a date value names, given the article's publication date: ISO dates as they
   * are ({@code --MM-dd} in the publication year); weekdays the day with that name within three
   * days of publication (news says "on Wednesday" for the current week, past or coming);
   * {@code today}, {@code tonight}, {@code this morning}..., {@code yesterday}, {@code last night},
   * {@code tomorrow}. Empty for periods (last week, 2025-04) and anything else.
   */
  public static Optional<LocalDate> resolve(String text, LocalDate published) {
    if (text == null || published == null) {
      return Optional.empty();
    }
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(text));
      }
      if (text.matches("--\\d{2}-\\d{2}")) {
        return Optional.of(
            LocalDate.of(
                published.getYear(),
                Integer.parseInt(text.substring(2, 4)),
                Integer.parseInt(text.substring(5, 7))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "relative:today", "relative:tonight", "relative:this morning",
          "relative:this afternoon", "relative:this evening" -> {
        return Optional.of(published);
      }
      case "relative:yesterday", "relative:last night" -> {
        return Optional.of(published.minusDays(1));
      }
      case "relative:tomorrow" -> {
        return Optional.of(published.plusDays(1));
      }
      default -> {}
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(text)) {
        for (int delta = -3; delta <= 3; delta++) {
          if (published.plusDays(delta).getDayOfWeek() == d) {
            return Optional.of(published.plusDays(delta));
          }
        }
      }
    }
    return Optional.empty();
  }
}
