package io.claimcheck.normalize;

import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a value looks like wherever a document writes it, as 64-bit signatures: a document that
 * mentions the value of a fact it was not read to state ({@code 1,300 firefighters are on the
 * lines} where others say {@code assigned}) most likely states the fact in other words, so it is
 * not flagged as leaving it out.
 *
 * <p>A quantity is its magnitude in its canonical unit, with measurement units kept apart
 * ({@code 30 days} is not {@code 30 years}, {@code 14%} not {@code 14 states}) and the counted noun
 * ignored ({@code 1,300 firefighters} is {@code 1,300 people}) except below 10, where a count
 * needs its noun ({@code three hospitals}); counts below 2 give none, since "one" is written
 * everywhere. A fact's measurement written with three significant digits or more is also found as
 * the bare number, and a fact's figure of four digits or more also rounded to three when that
 * still has three ({@link #ofFact}: "about $612 million" for $612.5 million; not "2,000" for
 * 1,999). A date is each of its parts: a weekday, a month and day (with or without the year), a
 * year. Statuses, stances and relative dates give none.
 */
public final class ValueSignatures {

  private static final long[] NONE = new long[0];
  // Canonical units of measurements (units.txt, second field) and currency codes: any other unit is a counted noun.
  private static final Set<String> MEASUREMENT_UNITS = measurementUnits();
  private static final double SMALLEST_COUNT = 2;
  // Below this a count is common enough in one story ("two wraps", "three days") to need its noun.
  private static final double SMALL_COUNT = 10;
  /** A fact's measurement written with this many significant digits (41.8, 2.71) is found bare. */
  static final int PARTICULAR_DIGITS = 3;

  private ValueSignatures() {}

  /** The signatures of a claim's {@code value}; empty when it has none. */
  public static long[] of(ClaimValue value) {
    return hashes(keys(value, value.unit()));
  }

  /**
   * The signatures that show a document writes the value of a fact: those of {@link #of}, and for a
   * measurement written with {@link #PARTICULAR_DIGITS} significant digits or more the bare number
   * too ("the city hit 41.8 degrees" where others write 41.8C), and a figure of four digits or more
   * rounded to three. Only the fact's side has them, so that two measurements of that number in
   * other units ("EUR 4.25 billion", "USD 4.25 billion") stay apart.
   */
  public static long[] ofFact(ClaimValue value) {
    List<String> keys = keys(value, value.unit());
    if (value.kind() == ValueKind.QUANTITY) {
      boolean measured = MEASUREMENT_UNITS.contains(value.unit());
      for (double written : writtenNumbers(value.text())) {
        String bare = "#:" + magnitude(written);
        if (measured && significantDigits(written) >= PARTICULAR_DIGITS && !keys.contains(bare)) {
          keys.add(bare);
        }
        // "about $612 million" for $612.5 million: a figure of four digits or more rounded to three.
        if (significantDigits(written) > PARTICULAR_DIGITS && (measured || written >= SMALL_COUNT)) {
          for (java.math.RoundingMode mode : List.of(java.math.RoundingMode.DOWN, java.math.RoundingMode.HALF_UP)) {
            double shorter = BigDecimal.valueOf(written)
                .round(new java.math.MathContext(PARTICULAR_DIGITS, mode)).doubleValue();
            String key = (measured ? value.unit() : "#") + ":" + magnitude(shorter);
            // Still three digits: 1,999 is not found as any "2,000", nor $4.996 billion as "$5 billion".
            if (significantDigits(shorter) == PARTICULAR_DIGITS && !keys.contains(key)) {
              keys.add(key);
            }
          }
        }
      }
    }
    return hashes(keys);
  }

  /**
   * The signatures of a number as written, {@code nextWord} being the word after it: a small count
   * is only the same value with the same noun ({@code three hospitals}, not {@code three days}).
   */
  public static long[] ofMention(ClaimValue value, String nextWord) {
    return hashes(keys(value, value.unit().isEmpty() ? nextWord : value.unit()));
  }

  private static long[] hashes(List<String> keys) {
    if (keys.isEmpty()) {
      return NONE;
    }
    long[] out = new long[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hash(keys.get(i));
    }
    return out;
  }

  /**
   * The readable keys the signatures are hashes of: {@code #:1300}, {@code #:3:hospitals},
   * {@code days:30}, {@code date:--03-09}; {@code noun} is the counted noun.
   */
  static List<String> keys(ClaimValue value, String noun) {
    List<String> keys = new ArrayList<>();
    if (value.kind() == ValueKind.QUANTITY) {
      boolean measured = MEASUREMENT_UNITS.contains(value.unit());
      String unit = measured ? value.unit() : "#";
      // The numbers as written ("~1300 people", ">=12 people", "USD 4500000"), not the bounds: "about
      // 1,300" is the interval 1,170–1,430.
      for (double written : writtenNumbers(value.text())) {
        if (measured || written >= SMALLEST_COUNT) {
          String key = unit + ":" + magnitude(written)
              + (measured || written >= SMALL_COUNT ? "" : ":" + noun.toLowerCase(Locale.ROOT));
          if (!keys.contains(key)) {
            keys.add(key);
          }
        }
      }
    } else if (value.kind() == ValueKind.DATE) {
      for (String part : value.text().split(",")) {
        String p = part.trim().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.startsWith("relative:")) {
          continue;
        }
        // "2026-03-09" is also "March 9" in a source that gives no year.
        keys.add("date:" + (p.length() == 10 && Character.isDigit(p.charAt(0)) && p.charAt(4) == '-' ? "--" + p.substring(5) : p));
      }
    }
    return keys;
  }

  /**
   * The numbers of a quantity's display text: digits with a decimal point, signs and units aside
   * ("~1300 people" is 1300, "USD ~1200000000" 1.2e9: the number as written, not its interval).
   */
  public static List<Double> writtenNumbers(String text) {
    List<Double> numbers = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isDigit(text.charAt(i))
          || text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        i++;
      }
      if (start == 0 || !Character.isLetter(text.charAt(start - 1))) { // not the "2" of "km2"
        numbers.add(Double.parseDouble(text.substring(start, i)));
      }
    }
    return numbers;
  }

  /**
   * The significant digits of {@code x}: 41.8 has three, 7.2 two, 2,300,000 two, 30,000 one (to 12
   * digits: the float noise of a conversion, 0.7000000000000001, is none).
   */
  public static int significantDigits(double x) {
    return x == 0 ? 0 : rounded(Math.abs(x)).stripTrailingZeros().precision();
  }

  /** {@code x} to 12 significant digits, as a number to compare or key on. */
  public static BigDecimal rounded(double x) {
    return new BigDecimal(x).round(new java.math.MathContext(12));
  }

  private static String magnitude(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  /** 64-bit FNV-1a over the key's characters. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static Set<String> measurementUnits() {
    Set<String> units = new HashSet<>();
    Lexicon.table("units").values().forEach(row -> {
      String[] fields = row.split("\\|");
      if (fields.length > 1) {
        String unit = fields[1].trim();
        units.add(unit.startsWith("\u00b0") ? unit.toUpperCase(Locale.ROOT) : unit); // "°C", as NumberParser writes it
      }
    });
    Lexicon.synonyms("currencies").values().forEach(code -> units.add(code.toUpperCase(Locale.ROOT)));
    return Set.copyOf(units);
  }
}
