package io.claimcheck.extract;

import io.claimcheck.model.ClaimValue;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds number expressions in a tokenized sentence and normalizes them to {@link ClaimValue}
 * quantities.
 *
 * <h2>What is read</h2>
 *
 * Digits ({@code 1,200}, {@code 3.5}); number words ({@code twenty-five}, {@code a hundred}, {@code
 * two dozen}); scales ({@code 1.2 million}, {@code $3bn}; {@code k}/{@code m}/{@code b} only after a
 * currency); hyphenated adjectives ({@code 90-day}, {@code three-month}, {@code 7.1-magnitude});
 * ranges ({@code 10 to 15}, {@code between 5 and 10}, {@code 10-15}); fractions before "of" ({@code
 * two-thirds of} = 66.67%, {@code half of}); proportions ({@code one in five} = 20%); vague
 * quantities ({@code dozens of}, {@code several}); units from the lexicon {@code units} (percent,
 * percentage points, durations, length, mass, speed, area, temperature, magnitude, storm category)
 * and currencies from {@code currencies}. All word lists are lexicon files. Before a duration,
 * "over" names a time span ({@code over 10 minutes} is exactly 10 minutes).
 *
 * <h2>Intervals</h2>
 *
 * <ul>
 *   <li>exact N: [N, N]
 *   <li>more_than (more than, over, above ...) N: [N, unbounded] — the low bound is inclusive on
 *       purpose: one outlet writes "more than 75" where another writes "75", and those agree
 *   <li>at_least (at least, no fewer than, N or more) N: [N, unbounded]
 *   <li>up_to (up to, as many as, no more than) N: [unbounded, N]
 *   <li>fewer_than (fewer than, less than, under) N: [unbounded, N]
 *   <li>about (about, around, some, an estimated, N or so) N: [0.9N, 1.1N]
 *   <li>nearly (nearly, almost, just under) N: [0.9N, N]
 *   <li>range (10 to 15, between 10 and 15, 10-15): [10, 15]; vague quantities are ranges too
 *       (dozens of = [24, 144], hundreds of = [200, 999], thousands of = [2000, 9999])
 * </ul>
 *
 * <h2>Canonical text</h2>
 *
 * The number is written plainly (no separators, decimals only when needed), prefixed by the
 * approximator ({@code >N}, {@code >=N}, {@code <=N}, {@code <N}, {@code ~N}, or {@code N-M}); the
 * unit then goes around it: {@code 25%}, {@code 2 pp}, {@code USD 102000000}, {@code USD >5000000},
 * {@code 90 days}, {@code 1 week}, {@code magnitude 7.1}, {@code category 4}; a bare count is the
 * number alone and the caller appends the noun. Converted units (length to km, mass to kg, speed to
 * km/h, area to sq km) are rounded to 3 significant digits and keep {@code originalUnit}; lengths
 * under 1 km are displayed in metres ({@code 500 m}) and masses of a tonne or more in tonnes ({@code
 * 2.5 t}), but the value's unit and bounds stay in km or kg. Durations keep the unit written.
 *
 * <h2>Not numbers</h2>
 *
 * Dates (found with {@link DateParser}; digits after a month name), bare years ({@code 2025},
 * {@code 2020-2024}), clock times ({@code 10 a.m.}, {@code 14:30}), ordinals ({@code 3rd}; "first"
 * is not a number word), labels ({@code Flight 370}, {@code No. 5}, and a bare number right after a
 * capitalized word inside the sentence: {@code the Boeing 737}), phone- or id-like digit groups,
 * digits inside words ({@code G7}, {@code COVID-19}), scores and tallies ({@code 3-1}, {@code 218
 * to 214}), and the pronoun "one" ({@code one of the first}). A range written "from 10 to 15" is two
 * values (a change), not a range.
 *
 * <p>Known limits: {@code m} after a number without a currency is metres ({@code 5m people} is read
 * as 5 m); "thousands" without "of" counts only at a clause start; fractions and ratios are exact
 * values ({@code two-thirds} is 66.67% and does not match 67%).
 *
 * <p>Instances are immutable and thread-safe; lexicons are shared through {@link Lexicon}.
 */
public final class NumberParser {

  private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  /** A unit as the lexicon describes it. */
  private record Unit(
      String dimension, String canonical, double factor, String shortName, double offset) {
    Unit(String dimension, String canonical, double factor, String shortName) {
      this(dimension, canonical, factor, shortName, 0);
    }

    /** A written value in the canonical unit. */
    double toCanonical(double v) {
      return v * factor + offset;
    }

    boolean converted() {
      return !shortName.isEmpty() && !shortName.equals(canonical);
    }
  }

  /** A unit found at tokens {@code [start, end)}. */
  private record UnitMatch(int end, Unit unit) {}

  /** How many of the smaller unit make the larger, for the pairs a duration is written in. */
  private static final Map<String, Double> CALENDAR_RATIOS = Map.of("years/months", 12.0, "weeks/days", 7.0,
      "days/hours", 24.0, "hours/minutes", 60.0, "minutes/seconds", 60.0);

  /**
   * A core number at tokens {@code [start, end)}: {@code base * scale}; {@code unit} when a
   * hyphenated adjective carried one ("three-month").
   */
  private record Num(
      int start, int end, double base, double scale, boolean digits, boolean fraction, Unit unit) {
    double value() {
      if (scale == 1) {
        return base;
      }
      // Decimal arithmetic, so that 1.2 million is exactly 1200000.
      return BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(scale)).doubleValue();
    }
  }

  /** Outcome of parsing at one position: a mention, or where to resume after skipped tokens. */
  private record Step(NumberMention mention, int next) {}

  private final Map<String, Double> numberWords = doubles(Lexicon.table("number_words"));
  private final Map<String, Double> scales = doubles(Lexicon.table("scales"));
  private final Map<String, Double> moneyScales = doubles(Lexicon.table("money_scales"));
  private final Map<String, Double> fractions = doubles(Lexicon.table("fractions"));
  private final Set<String> ordinals = Lexicon.words("ordinal_words");
  private final Map<String, String> marginUnits = Lexicon.synonyms("margin-units");
  /** Units something is given per ("a day", "daily"): a duration before one is a rate. */
  private final Map<String, String> perUnits = Lexicon.synonyms("per-units");
  private final Set<String> countCompounds = Lexicon.words("count-compounds");
  private final Set<String> idMarkers = Lexicon.words("id_markers");
  private final Map<String, String> onePronoun = Lexicon.table("one_pronoun");
  private final Map<String, String> prefixUnits = Lexicon.table("prefix_units");
  private final Set<String> timeSpanWords = Lexicon.words("time_span_words");
  private final Set<String> clauseOpeners = Lexicon.words("clause_openers");
  private final Map<String, String> months = Lexicon.table("months");
  private final Map<String, String> weekdays = Lexicon.table("weekdays");
  private final Map<String, Unit> unitsByWord = new HashMap<>();
  private final PhraseMatcher<Unit> units;
  private final PhraseMatcher<String> currencies;
  private final Set<String> moneyWords = Lexicon.words("money-words");
  private final PhraseMatcher<String> approximatorsBefore;
  private final PhraseMatcher<String> approximatorsAfter;
  private final PhraseMatcher<String[]> vague;
  private final PhraseMatcher<String> timeMarkers;
  private final DateParser dates = new DateParser();
  /** Lower-cased words that can open an expression (besides digits): a cheap pre-filter. */
  private final Set<String> starters;

  public NumberParser() {
    for (Map.Entry<String, String> e : Lexicon.table("units").entrySet()) {
      String[] f = (e.getValue() + " |").split("\\|", -1);
      double offset = f[4].isBlank() ? 0 : Double.parseDouble(f[4].trim());
      unitsByWord.put(
          e.getKey(),
          new Unit(f[0].trim(), degreeCase(f[1].trim()), Double.parseDouble(f[2].trim()),
              degreeCase(f[3].trim()), offset));
    }
    units = new PhraseMatcher<>(unitsByWord);
    Map<String, String> codes = new HashMap<>();
    Lexicon.synonyms("currencies").forEach((k, v) -> codes.put(k, v.toUpperCase(Locale.ROOT)));
    currencies = new PhraseMatcher<>(codes);
    approximatorsBefore = new PhraseMatcher<>(Lexicon.synonyms("approximators"));
    approximatorsAfter = new PhraseMatcher<>(Lexicon.synonyms("approximators_after"));
    Map<String, String[]> vagueRanges = new HashMap<>();
    Lexicon.table("vague_quantities").forEach((k, v) -> vagueRanges.put(k, v.split("\\s+")));
    vague = new PhraseMatcher<>(vagueRanges);
    Map<String, String> times = new HashMap<>();
    Lexicon.words("time_markers").forEach(w -> times.put(w, w));
    timeMarkers = new PhraseMatcher<>(times);
    Set<String> first = new java.util.HashSet<>();
    first.addAll(numberWords.keySet());
    first.addAll(prefixUnits.keySet());
    first.addAll(List.of("a", "an", "half", "between"));
    for (PhraseMatcher<?> m : List.of(approximatorsBefore, vague, currencies)) {
      for (String word : m.firstWords()) {
        // The first token of the phrase word, as the tokenizer splits it ("us$" starts with "us").
        List<Token> split = io.claimcheck.nlp.Tokenizer.tokenize(word, 0);
        first.add(split.isEmpty() ? word : split.get(0).lower());
      }
    }
    starters = Set.copyOf(first);
  }

  /** Every number expression in {@code tokens}, left to right, non-overlapping. */
  public List<NumberMention> find(List<Token> tokens) {
    return find(tokens, dates.find(tokens));
  }

  /**
   * Every number expression in {@code tokens}, given the sentence's dates as {@link DateParser#find}
   * returns them: extraction parses a sentence's dates once for numbers and events.
   */
  public List<NumberMention> find(List<Token> tokens, List<DateMention> datesInTokens) {
    boolean[] blocked = blockedTokens(tokens, datesInTokens);
    String[] lower = PhraseMatcher.lower(tokens);
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      boolean candidate = !blocked[i]
          && (isDigits(tokens.get(i)) || starters.contains(lower[i])
              || starters.contains(firstPart(lower[i])));
      Step step = candidate ? parseAt(tokens, lower, i, blocked) : null;
      if (step == null) {
        i++;
      } else {
        if (step.mention != null) {
          out.add(step.mention);
        }
        i = Math.max(i + 1, step.next);
      }
    }
    return joinDurations(tokens, out);
  }

  /**
   * A duration in two units is one: "2 hours and 41 minutes", "two hours, 41 minutes", "3 years 6
   * months" are 161 minutes and 42 months, in the smaller unit (so that "2 hours 14 minutes" differs
   * from it, and neither part is read as a fact of its own).
   */
  private List<NumberMention> joinDurations(List<Token> tokens, List<NumberMention> found) {
    if (found.size() < 2) {
      return found;
    }
    List<NumberMention> out = new ArrayList<>(found.size());
    for (int n = 0; n < found.size(); n++) {
      NumberMention a = found.get(n);
      NumberMention b = n + 1 < found.size() ? found.get(n + 1) : null;
      // Not inside a list of durations ("eight years, six years and 18 months", "2 hours 18
      // minutes 20 seconds"): only a lone pair is one duration.
      boolean listBefore = n > 0 && adjacentDurations(tokens, found.get(n - 1), a);
      boolean listAfter = b != null && n + 2 < found.size() && adjacentDurations(tokens, b, found.get(n + 2));
      NumberMention joined = b == null || listBefore || listAfter ? null : joinedDuration(tokens, a, b);
      if (joined != null) {
        out.add(joined);
        n++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** Two durations side by side, or with only "and" or a comma between. */
  private static boolean adjacentDurations(List<Token> tokens, NumberMention a, NumberMention b) {
    if (!a.dimension().equals("duration") || !b.dimension().equals("duration") || b.startToken() > a.endToken() + 1) {
      return false;
    }
    String between = b.startToken() == a.endToken() ? "" : tokens.get(a.endToken()).text();
    return between.isEmpty() || between.equals(",") || between.equalsIgnoreCase("and");
  }

  private NumberMention joinedDuration(List<Token> tokens, NumberMention a, NumberMention b) {
    if (!adjacentDurations(tokens, a, b) || a.value().low() == null || b.value().low() == null
        || b.value().high() == null || !b.approximator().equals("exact")) {
      return null;
    }
    // "for 5 days, 3 hours a day", "10 hours daily" (per-units.txt): a rate, no sum.
    if (b.endToken() < tokens.size() && (Words.PER_WORDS.contains(Words.fold(tokens.get(b.endToken())))
        || Words.longestPhrase(tokens, b.endToken(), perUnits, 3) != null)) {
      return null;
    }
    Double exact = CALENDAR_RATIOS.get(a.value().unit().toLowerCase(Locale.ROOT) + "/" + b.value().unit().toLowerCase(Locale.ROOT));
    if (exact == null) {
      return null; // only units one is a whole number of the other ("3 months, 2 years" is a list)
    }
    double ratio = exact;
    String approximator = a.approximator();
    double first = switch (approximator) {
      case "about" -> a.value().low() / 0.9;
      case "nearly" -> a.value().high();
      case "exact", "more_than", "at_least" -> a.value().low();
      default -> Double.NaN; // a range or an upper bound: left as two mentions
    };
    if (Double.isNaN(first)) {
      return null;
    }
    double central = Math.round((first * ratio + b.value().low()) * 1e9) / 1e9; // (0.9 * N / 0.9 is not always N)
    Double low = switch (approximator) {
      case "about", "nearly" -> central * 0.9;
      default -> central;
    };
    Double high = switch (approximator) {
      case "about" -> central * 1.1;
      case "more_than", "at_least" -> null;
      default -> central;
    };
    String text = prefix(approximator) + format(central, false) + " " + b.value().unit();
    ClaimValue value = new ClaimValue(io.claimcheck.model.ValueKind.QUANTITY, text, low, high, b.value().unit(), "");
    return new NumberMention(a.startToken(), b.endToken(), a.start(), b.end(), value, a.approximator(), "duration", false);
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens that can never start or be a number: dates, digits in words, chained digit groups.

  private boolean[] blockedTokens(List<Token> tokens, List<DateMention> datesInTokens) {
    int n = tokens.size();
    boolean[] blocked = new boolean[n];
    for (DateMention d : datesInTokens) {
      for (int k = d.startToken(); k < d.endToken(); k++) {
        if (isDigits(tokens.get(k))) {
          blocked[k] = true;
        }
      }
    }
    int i = 0;
    while (i < n) {
      if (!isDigits(tokens.get(i))) {
        i++;
        continue;
      }
      // Digits after a month name are days ("April 16-18" is a date range, not a count).
      if (i > 0 && tokens.get(i - 1).capitalized()
          && months.containsKey(tokens.get(i - 1).lower()) && couldBeDay(tokens.get(i))) {
        blocked[i] = true;
        if (i + 2 < n && DASHES.contains(tokens.get(i + 1).text()) && isDigits(tokens.get(i + 2))) {
          blocked[i + 2] = true;
        }
        i++;
        continue;
      }
      // Digits glued to a word on the left: G7, COVID-19, mid-2025.
      if (i > 0 && touching(tokens, i - 1)) {
        Token prev = tokens.get(i - 1);
        boolean glued = isLetters(prev);
        if (DASHES.contains(prev.text()) && i > 1 && touching(tokens, i - 2)) {
          Token word = tokens.get(i - 2);
          glued |= LETTERS.matcher(lastPart(word)).matches()
              && !prefixUnits.containsKey(word.lower()); // magnitude-7.1 is a magnitude
        }
        if (glued) {
          blocked[i] = true;
          i++;
          continue;
        }
      }
      // Digit groups chained by touching separators: 14:30, 24/7, 555-123-4567, 555-1234.
      int end = i;
      int groups = 1;
      boolean slashOrColon = false;
      while (end + 2 < n
          && touching(tokens, end)
          && touching(tokens, end + 1)
          && isSeparator(tokens.get(end + 1).text())
          && isDigits(tokens.get(end + 2))) {
        slashOrColon |= !DASHES.contains(tokens.get(end + 1).text());
        end += 2;
        groups++;
      }
      boolean chainIsId =
          slashOrColon
              || groups >= 3
              || (groups == 2 && phoneLike(tokens.get(i).text(), tokens.get(end).text()));
      if (chainIsId) {
        for (int k = i; k <= end; k++) {
          blocked[k] = true;
        }
      }
      i = end + 1;
    }
    return blocked;
  }

  private static boolean couldBeDay(Token t) {
    String s = t.text();
    return s.length() <= 2 && Integer.parseInt(s) >= 1 && Integer.parseInt(s) <= 31;
  }

  private static boolean isSeparator(String s) {
    return s.equals("/") || s.equals(":") || DASHES.contains(s);
  }

  /** 555-1234, 02-15: groups a range would not be written as. */
  private static boolean phoneLike(String first, String second) {
    return (first.length() > 1 && first.startsWith("0"))
        || (second.length() > 1 && second.startsWith("0"))
        || (first.length() == 3 && second.length() == 4 && !first.contains(",")
            && !second.contains(","));
  }

  // ---------------------------------------------------------------------------------------------
  // One expression.

  private Step parseAt(List<Token> tokens, String[] lower, int i, boolean[] blocked) {
    int j = i;
    String approximator = "exact";
    PhraseMatcher.Match<String> before = approximatorsBefore.at(tokens, lower, j);
    if (before != null && startsQuantity(tokens, lower, before.end(), blocked)) {
      approximator = before.value();
      j = before.end();
    }
    boolean between = false;
    if (j < tokens.size()
        && tokens.get(j).lower().equals("between")
        && startsQuantity(tokens, lower, j + 1, blocked)) {
      between = true;
      j++;
    }
    PhraseMatcher.Match<String[]> vagueMatch = vague.at(tokens, lower, j);
    if (vagueMatch != null) {
      return vagueQuantity(tokens, lower, i, vagueMatch);
    }

    String currency = null;
    PhraseMatcher.Match<String> cur = currencies.at(tokens, lower, j);
    if (cur != null && cur.end() < tokens.size() && isDigits(tokens.get(cur.end()))
        && !blocked[cur.end()]) {
      currency = cur.value();
      j = cur.end();
    }
    Unit prefixUnit = null;
    if (currency == null && j < tokens.size()) {
      String unitWord = prefixUnits.get(tokens.get(j).lower());
      int k = j + 1;
      if (unitWord != null && k < tokens.size() && DASHES.contains(tokens.get(k).text())) {
        k++;
      }
      if (unitWord != null && k < tokens.size() && isDigits(tokens.get(k)) && !blocked[k]) {
        prefixUnit = unitsByWord.get(unitWord);
        j = k;
      }
    }

    Num first = core(tokens, lower, j, currency != null, blocked);
    if (first == null) {
      return null;
    }
    if (first.fraction) {
      return fraction(tokens, i, approximator, first);
    }
    j = first.end;
    Step ratio = currency == null && prefixUnit == null && first.unit == null
        ? ratio(tokens, lower, i, approximator, first, blocked) : null;
    if (ratio != null) {
      return ratio;
    }
    Unit unit = first.unit;
    boolean yearRange = false;
    UnitMatch firstUnit = unit == null && prefixUnit == null && currency == null
        ? unitAt(tokens, lower, j, false) : null;
    if (firstUnit != null) {
      unit = firstUnit.unit;
      j = firstUnit.end;
    }

    // A range: "10 to 15", "10-15", "between 5 and 10", "$10-15bn", "two to three days".
    double low = first.value();
    double high = low;
    boolean isRange = false;
    if (first.unit == null) {
      boolean fromBefore = i > 0 && lower[i - 1].equals("from");
      boolean toAllowed = !fromBefore && firstUnit == null && currency == null;
      RangeEnd range = rangeEnd(tokens, lower, j, first, between, toAllowed, currency, blocked);
      if (range != null && range.skip) {
        return new Step(null, range.end);
      }
      if (range != null) {
        isRange = true;
        low = range.low;
        high = range.high;
        j = range.end;
        if (range.second.unit != null) {
          unit = range.second.unit;
        } else if (currency == null && prefixUnit == null) {
          UnitMatch secondUnit = unitAt(tokens, lower, j, false);
          if (secondUnit != null) {
            unit = secondUnit.unit;
            j = secondUnit.end;
          }
        }
        yearRange = first.digits && looksLikeYear(tokens.get(first.start))
            && looksLikeYear(tokens.get(range.second.start));
      }
    }
    if (between && !isRange) {
      return null;
    }
    if (prefixUnit != null) {
      unit = prefixUnit;
    }
    // A currency word after a scale: "5 million euros", "85 billion yen".
    if (currency == null && unit == null) {
      UnitMatch money = unitAt(tokens, lower, j, true);
      if (money != null && money.unit.dimension.equals("money")) {
        unit = money.unit;
        j = money.end;
      }
    }
    if (currency != null) {
      unit = new Unit("money", currency, 1, "");
    }
    if (!isRange) {
      PhraseMatcher.Match<String> after = approximatorsAfter.at(tokens, lower, j);
      if (after != null && approximator.equals("exact")) {
        approximator = after.value();
        j = after.end();
      }
    }
    if (isRange) {
      approximator = "range";
    }

    int from = i;
    if (before != null && unit != null && unit.dimension.equals("duration")
        && timeSpanWords.contains(before.phrase())) {
      // "over 10 minutes" is a time span, not "more than 10 minutes".
      approximator = isRange ? "range" : "exact";
      from = before.end();
    }
    boolean bare = unit == null && first.digits && first.scale == 1 && !isRange;
    if (isNotAQuantity(tokens, lower, i, first, bare, approximator)) {
      return new Step(null, first.end);
    }
    if (yearRange && unit == null) {
      return new Step(null, j); // 2020-2024: a period, not a quantity
    }
    return new Step(mention(tokens, from, j, approximator, first.value(), low, high, unit), j);
  }

  /**
   * The second half of a range whose connector is at {@code j}: bounds, end, and the second
   * number; {@code skip} when the two numbers are a score or a tally ("3-1", "218 to 214").
   */
  private record RangeEnd(double low, double high, int end, Num second, boolean skip) {}

  private RangeEnd rangeEnd(
      List<Token> tokens, String[] lower, int j, Num first, boolean between, boolean toAllowed,
      String currency, boolean[] blocked) {
    if (j >= tokens.size()) {
      return null;
    }
    String connector = lower[j];
    boolean dash = DASHES.contains(connector)
        && (!connector.equals("-") || touching(tokens, j - 1) && touching(tokens, j));
    boolean connects =
        between ? connector.equals("and") : dash || connector.equals("to") && toAllowed;
    if (!connects) {
      return null;
    }
    int k = j + 1;
    PhraseMatcher.Match<String> secondCurrency = currencies.at(tokens, lower, k);
    if (currency != null && secondCurrency != null && currency.equals(secondCurrency.value())) {
      k = secondCurrency.end(); // "$10 to $15 million"
    }
    Num second = core(tokens, lower, k, currency != null, blocked);
    if (second == null || second.fraction) {
      return null;
    }
    // A scale on the second number only applies to both: "1 to 2 million", "$10-15bn".
    double low = first.scale == 1 && second.scale != 1
        ? new Num(first.start, first.end, first.base, second.scale, true, false, null).value()
        : first.value();
    double high = second.value();
    return new RangeEnd(low, high, second.end, second, low >= high);
  }

  /** Years, clock times, labels and long ids among bare numbers. */
  private boolean isNotAQuantity(
      List<Token> tokens, String[] lower, int i, Num first, boolean bare, String approximator) {
    int next = first.end;
    if (timeMarkers.at(tokens, lower, next) != null && first.digits) {
      return true;
    }
    if (!bare) {
      return false;
    }
    Token t = tokens.get(first.start);
    if (approximator.equals("exact") && looksLikeYear(t)) {
      return true;
    }
    if (first.start > 0) {
      Token prev = tokens.get(first.start - 1);
      if (idMarkers.contains(prev.lower()) || prev.text().equals("#")) {
        return true;
      }
      // After a name inside the sentence it is a label: "the Boeing 737", "under Section 230".
      if (first.start == i && first.start > 1 && prev.capitalized() && isLetters(prev)
          && isLetters(tokens.get(first.start - 2))
          && !months.containsKey(lower[first.start - 1])
          && !weekdays.containsKey(lower[first.start - 1])) {
        return true;
      }
    }
    // Seven or more digits written without separators: an id, not a count.
    return t.text().length() >= 7 && t.text().chars().allMatch(Character::isDigit);
  }

  private static boolean looksLikeYear(Token t) {
    String s = t.text();
    if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(s);
    return y >= 1800 && y <= 2100;
  }

  /** "dozens of", "hundreds of thousands of", "several": a range from the lexicon. */
  private Step vagueQuantity(
      List<Token> tokens, String[] lower, int i, PhraseMatcher.Match<String[]> match) {
    int j = match.end();
    boolean of = j < tokens.size() && tokens.get(j).lower().equals("of");
    boolean any = match.value().length > 2 && match.value()[2].equals("any");
    boolean opensClause = match.start() == 0 || !isLetters(tokens.get(match.start() - 1))
        || clauseOpeners.contains(lower[match.start() - 1]) || match.start() > i;
    if (!of && !any && !opensClause) {
      return null;
    }
    if (of) {
      j++;
    }
    double low = Double.parseDouble(match.value()[0]);
    double high = Double.parseDouble(match.value()[1]);
    Unit unit = null;
    UnitMatch money = unitAt(tokens, lower, j, true);
    if (money != null && money.unit.dimension.equals("money")) {
      unit = money.unit;
      j = money.end;
    }
    return new Step(mention(tokens, i, j, "range", low, low, high, unit), j);
  }

  /** "one in five" (adults), "1 in 4": a proportion, as a percentage. */
  private Step ratio(
      List<Token> tokens, String[] lower, int i, String approximator, Num first, boolean[] blocked) {
    int k = first.end;
    if (k + 1 >= tokens.size() || !lower[k].equals("in") || first.scale != 1) {
      return null;
    }
    Num second = core(tokens, lower, k + 1, false, blocked);
    if (second == null || second.fraction || second.unit != null || second.scale != 1
        || second.value() <= first.value() || first.value() <= 0) {
      return null;
    }
    // "3 in 10 attacks" reads as a proportion too; a unit after the second number would not.
    if (unitAt(tokens, lower, second.end, false) != null) {
      return null;
    }
    double percent = first.value() / second.value() * 100;
    Unit unit = unitsByWord.get("%");
    return new Step(
        mention(tokens, i, second.end, approximator, percent, percent, percent, unit), second.end);
  }

  private Step fraction(List<Token> tokens, int i, String approximator, Num num) {
    // "two-thirds of", "half of": only before "of", and not "the second half of".
    if (num.end >= tokens.size() || !tokens.get(num.end).lower().equals("of")) {
      return new Step(null, num.end);
    }
    if (num.start > 0 && ordinals.contains(tokens.get(num.start - 1).lower())) {
      return new Step(null, num.end);
    }
    double percent = num.value() * 100;
    Unit unit = unitsByWord.get("%");
    return new Step(
        mention(tokens, i, num.end, approximator, percent, percent, percent, unit), num.end);
  }

  // ---------------------------------------------------------------------------------------------
  // Core numbers.

  /** A number at {@code j}: digits with an optional scale, or number words. */
  private Num core(List<Token> tokens, String[] lower, int j, boolean money, boolean[] blocked) {
    if (j >= tokens.size() || blocked[j]) {
      return null;
    }
    Token t = tokens.get(j);
    if (isDigits(t)) {
      return digits(tokens, lower, j, money);
    }
    return words(tokens, lower, j);
  }

  private Num digits(List<Token> tokens, String[] lower, int j, boolean money) {
    Token t = tokens.get(j);
    double base;
    try {
      base = Double.parseDouble(t.text().replace(",", ""));
    } catch (NumberFormatException e) {
      return null; // 1.2.3: a version or an id
    }
    int k = j + 1;
    double scale = 1;
    if (k < tokens.size()) {
      String next = tokens.get(k).lower();
      Double s = scales.get(next);
      if (s == null && (money || isCurrencyWord(tokens, lower, k + 1))) {
        s = moneyScales.get(next); // "$85m", "85m euros"; elsewhere "m" is metres
      }
      if (s != null) {
        scale = s;
        k++;
      } else if (touching(tokens, j) && isLetters(tokens.get(k))
          && unitAt(tokens, lower, k, money) == null) {
        return null; // 3rd, 1990s, 5G: not a quantity
      }
    }
    if (k < tokens.size() && touching(tokens, j) && DASHES.contains(tokens.get(k).text())
        && scale == 1) {
      // "5-member": glued to a word that is not a unit (units are read by unitAt).
      if (k + 1 < tokens.size() && touching(tokens, k) && isLetters(firstPartToken(tokens.get(k + 1)))
          && hyphenUnit(tokens.get(k + 1)) == null
          && approximatorsAfter.at(tokens, lower, k) == null
          && !marginUnits.containsKey(lower[k + 1]) // "a 121-vote lead" is a margin (QuantityExtractor)
          && !countCompounds.contains(lower[k + 1])) { // "the 32,000-capacity ground" a capacity
        return null;
      }
    }
    return new Num(j, k, base, scale, true, false, null);
  }

  /** Number words: "twenty-five", "a hundred", "two dozen", "three-month", "two-thirds". */
  private Num words(List<Token> tokens, String[] lower, int j) {
    int k = j;
    double total = 0;
    double group = 0;
    boolean any = false;
    boolean fraction = false;
    Unit unit = null;
    double fractionValue = 0;
    // "a hundred", "a dozen", "a third of"; "an estimated" is an approximator, read before.
    if ((lower[j].equals("a") || lower[j].equals("an")) && k + 1 < tokens.size()) {
      String next = lower[k + 1];
      if (scales.containsKey(next)) {
        group = 1;
        any = true;
        k++;
      } else if (fractions.containsKey(next)) {
        return new Num(j, k + 2, fractions.get(next), 1, false, true, null);
      } else {
        return null;
      }
    }
    if (lower[j].equals("half")) {
      return new Num(j, j + 1, fractions.getOrDefault("half", 0.5), 1, false, true, null);
    }
    while (k < tokens.size()) {
      String word = lower[k];
      if (word.equals("and") && any && k + 1 < tokens.size()
          && numberWords.containsKey(firstPart(lower[k + 1]))) {
        k++;
        continue;
      }
      if (!WORD.matcher(word).matches()) {
        break;
      }
      String[] parts = word.split("-");
      int p = 0;
      boolean consumedAny = false;
      for (; p < parts.length; p++) {
        String part = parts[p];
        Double w = numberWords.get(part);
        Double s = scales.get(part);
        Double f = fractions.get(part);
        if (w != null) {
          group += w;
        } else if (s != null && (any || consumedAny)) {
          // "dozen" and "hundred" multiply the running group; larger scales close it.
          if (s < 1000) {
            group = (group == 0 ? 1 : group) * s;
          } else {
            total += (group == 0 ? 1 : group) * s;
            group = 0;
          }
        } else if (f != null && (any || consumedAny)) {
          fraction = true;
          fractionValue = (total + group) * f;
          p++;
          break;
        } else if ((any || consumedAny) && p > 0 && hyphenUnitWord(part) != null) {
          unit = hyphenUnitWord(part);
          p = parts.length; // "ten-year-old": the rest ("old") belongs to the adjective
          break;
        } else {
          break;
        }
        consumedAny = true;
      }
      if (p < parts.length) {
        if (p > 0) {
          return null; // "one-time", "two-way", "five-star": a word, not a number
        }
        break;
      }
      any = true;
      k++;
      if (fraction || unit != null) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (fraction) {
      return new Num(j, k, fractionValue, 1, false, true, null);
    }
    double value = total + group;
    if (k == j + 1 && lower[j].equals("one") && isPronounOne(tokens, j)) {
      return null;
    }
    return new Num(j, k, value, 1, false, false, unit);
  }

  private boolean isPronounOne(List<Token> tokens, int j) {
    if (j + 1 < tokens.size() && "after".equals(onePronoun.get(tokens.get(j + 1).lower()))) {
      return true;
    }
    return j > 0 && "before".equals(onePronoun.get(tokens.get(j - 1).lower()));
  }

  // ---------------------------------------------------------------------------------------------
  // Units.

  /**
   * A unit at {@code k}: a unit phrase ("km", "per cent", "square miles", "on the Richter scale"), a
   * hyphenated adjective ("-day", "-year-old", "-magnitude"), or a currency word ("euros").
   */
  private UnitMatch unitAt(List<Token> tokens, String[] lower, int k, boolean money) {
    if (k >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(k);
    if (DASHES.contains(t.text()) && k > 0 && touching(tokens, k - 1) && k + 1 < tokens.size()
        && touching(tokens, k)) {
      Unit u = hyphenUnit(tokens.get(k + 1));
      return u == null ? null : new UnitMatch(k + 2, u);
    }
    PhraseMatcher.Match<String> cur = currencies.at(tokens, lower, k);
    PhraseMatcher.Match<Unit> u = money ? null : units.at(tokens, lower, k);
    if (cur != null && isLetters(tokens.get(k)) && (u == null || cur.end() > u.end())) {
      return new UnitMatch(cur.end(), new Unit("money", cur.value(), 1, ""));
    }
    if (u != null && poundsSterling(lower, k, u.end())) {
      return new UnitMatch(u.end(), new Unit("money", "GBP", 1, ""));
    }
    if (u != null) {
      return new UnitMatch(u.end(), u.value());
    }
    return null;
  }

  /**
   * "a fee of 58 million pounds": millions of pounds in a sentence about money ({@code
   * lexicon/money-words.txt}) are sterling, unless they are pounds of something ("recalled 2
   * million pounds of ground beef").
   */
  private boolean poundsSterling(String[] lower, int k, int end) {
    if (!(lower[k].equals("pounds") || lower[k].equals("pound")) || k == 0 || scales.getOrDefault(lower[k - 1], 0.0) < 1e6
        || end < lower.length && lower[end].equals("of")) {
      return false;
    }
    for (String word : lower) {
      if (moneyWords.contains(word)) {
        return true; // "a fee of 58 million pounds"; not "has recalled 2.3 million pounds"
      }
    }
    return false;
  }

  private boolean isCurrencyWord(List<Token> tokens, String[] lower, int k) {
    return k < tokens.size() && isLetters(tokens.get(k)) && currencies.at(tokens, lower, k) != null;
  }

  /** The unit a hyphen-joined adjective starts with: "day" in "day", "year" in "year-old". */
  private Unit hyphenUnit(Token t) {
    return hyphenUnitWord(firstPart(t.lower()));
  }

  private Unit hyphenUnitWord(String word) {
    Unit u = unitsByWord.get(word);
    if (u == null || u.dimension.equals("percent")) {
      return null;
    }
    return u;
  }

  // ---------------------------------------------------------------------------------------------
  // Building the value.

  private NumberMention mention(
      List<Token> tokens, int from, int to, String approximator, double central, double low,
      double high, Unit unit) {
    Double lo;
    Double hi;
    switch (approximator) {
      case "more_than", "at_least" -> {
        lo = central;
        hi = null;
      }
      case "up_to", "fewer_than" -> {
        lo = null;
        hi = central;
      }
      case "about" -> {
        lo = central * 0.9;
        hi = central * 1.1;
      }
      case "nearly" -> {
        lo = central * 0.9;
        hi = central;
      }
      case "range" -> {
        lo = low;
        hi = high;
      }
      default -> {
        lo = central;
        hi = central;
      }
    }
    String dimension = unit == null ? "count" : unit.dimension;
    String canonicalUnit = unit == null ? "" : unit.canonical;
    String originalUnit = "";
    double shown = central;
    double shownLow = low;
    double shownHigh = high;
    boolean converted = unit != null && unit.converted();
    if (unit != null && converted && !dimension.equals("duration")) {
      lo = lo == null ? null : unit.toCanonical(lo);
      hi = hi == null ? null : unit.toCanonical(hi);
      shown = unit.toCanonical(shown);
      shownLow = unit.toCanonical(shownLow);
      shownHigh = unit.toCanonical(shownHigh);
    }
    if (converted) {
      originalUnit = unit.shortName;
    }
    String text = text(approximator, shown, shownLow, shownHigh, unit, converted);
    ClaimValue value =
        new ClaimValue(
            io.claimcheck.model.ValueKind.QUANTITY, text, lo, hi, canonicalUnit, originalUnit);
    return new NumberMention(
        from, to, tokens.get(from).start(), tokens.get(to - 1).end(), value, approximator,
        dimension, unit == null);
  }

  private String text(
      String approximator, double central, double low, double high, Unit unit, boolean converted) {
    String dimension = unit == null ? "count" : unit.dimension;
    // Display-only rescaling: metres under a kilometre, tonnes from a tonne up.
    double display = 1;
    String shownUnit = unit == null ? "" : unit.canonical;
    double largest = approximator.equals("range") ? high : central;
    if (dimension.equals("length") && largest < 1) {
      display = 1000;
      shownUnit = "m";
    } else if (dimension.equals("mass") && largest >= 1000) {
      display = 0.001;
      shownUnit = "t";
    }
    String number;
    if (approximator.equals("range")) {
      number = format(low * display, converted) + "-" + format(high * display, converted);
    } else {
      number = prefix(approximator) + format(central * display, converted);
    }
    return switch (dimension) {
      case "count" -> number;
      case "percent" -> number + "%";
      case "money" -> shownUnit + " " + number;
      case "duration" -> number + " " + durationUnit(shownUnit, approximator, central);
      default -> prefixUnits.containsValue(unit.canonical)
          ? unit.canonical + " " + number
          : number + " " + shownUnit;
    };
  }

  private static String durationUnit(String plural, String approximator, double central) {
    boolean one = !approximator.equals("range") && central == 1;
    return one && plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  private static String prefix(String approximator) {
    return switch (approximator) {
      case "more_than" -> ">";
      case "at_least" -> ">=";
      case "up_to" -> "<=";
      case "fewer_than" -> "<";
      case "about", "nearly" -> "~";
      default -> "";
    };
  }

  /**
   * A plain number: no separators, no exponent, decimals only when needed; 3 significant digits
   * for converted values, two decimals at most otherwise (two-thirds is 66.67).
   */
  static String format(double v, boolean threeSignificant) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && (!threeSignificant || Math.abs(v) < 1000)) {
      return Long.toString((long) v); // the common case, without BigDecimal
    }
    BigDecimal d = BigDecimal.valueOf(v);
    if (threeSignificant) {
      d = d.round(new MathContext(3));
    } else {
      d = d.round(new MathContext(15)).setScale(Math.min(2, Math.max(0, d.scale())),
          java.math.RoundingMode.HALF_UP);
    }
    d = d.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  // ---------------------------------------------------------------------------------------------
  // Token helpers.

  private boolean startsQuantity(List<Token> tokens, String[] lower, int k, boolean[] blocked) {
    if (k >= tokens.size() || blocked[k]) {
      return false;
    }
    Token t = tokens.get(k);
    String word = lower[k];
    return isDigits(t)
        || numberWords.containsKey(firstPart(word))
        || word.equals("a") || word.equals("an") || word.equals("half")
        || currencies.at(tokens, lower, k) != null
        || prefixUnits.containsKey(word)
        || vague.at(tokens, lower, k) != null
        || word.equals("between");
  }

  private static boolean isDigits(Token t) {
    return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))
        && DIGITS.matcher(t.text()).matches();
  }

  private static boolean isLetters(Token t) {
    return LETTERS.matcher(t.text()).matches();
  }

  private static Token firstPartToken(Token t) {
    return new Token(firstPart(t.text()), t.start(), t.end());
  }

  private static String firstPart(String s) {
    int dash = s.indexOf('-');
    return dash < 0 ? s : s.substring(0, dash);
  }

  private static String lastPart(Token t) {
    int dash = t.text().lastIndexOf('-');
    return dash < 0 ? t.text() : t.text().substring(dash + 1);
  }

  /** Whether token {@code k} and token {@code k + 1} touch (no space between). */
  private static boolean touching(List<Token> tokens, int k) {
    return k >= 0 && k + 1 < tokens.size() && tokens.get(k).end() == tokens.get(k + 1).start();
  }

  /** The lexicon lower-cases everything; temperature scales are written upper-case: °C, °F. */
  private static String degreeCase(String unit) {
    return unit.startsWith("°") ? unit.toUpperCase(Locale.ROOT) : unit;
  }

  private static Map<String, Double> doubles(Map<String, String> table) {
    Map<String, Double> out = new HashMap<>();
    table.forEach((k, v) -> out.put(k, Double.valueOf(v)));
    return Map.copyOf(out);
  }

}
