package io.claimcheck.detect;

import io.claimcheck.model.ClaimValue;
import io.claimcheck.normalize.ValueSignatures;
import io.claimcheck.model.ValueKind;
import io.claimcheck.normalize.Lexicon;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two claim values can both be true, i.e. are not a contradiction.
 *
 * <ul>
 *   <li>QUANTITY: values of one dimension in one unit (or convertible units) are compatible when
 *       their intervals overlap; an unbounded side overlaps everything and touching bounds overlap.
 *       When the two were written in different units (6 miles and 10 km; 3 months and 90 days), each
 *       interval is first widened by half a unit in the last significant digit of the number as
 *       written (10 → ±5, 6 → ±0.5, 3.5 → ±0.05), to allow for rounding by the writer. Different
 *       dimensions, different currencies, or counts of different nouns are not comparable, hence
 *       compatible.
 *   <li>DATE: weekdays equal; ISO dates equal in every field both give ({@code --04-16} matches any
 *       year, {@code 2025-04} any day of April 2025); a weekday and a full date when the date falls
 *       on that weekday; a relative date is compatible with anything.
 *   <li>STATUS: equal ignoring case. STATED: always compatible. Different kinds: compatible.
 * </ul>
 */
public final class ValueComparator {

  /** Relative tolerance for floating-point bound comparison. */
  private static final double EPSILON = 1e-9;

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})-(\\d{2})");

  /**
   * Facts about a unit name (canonical or short written name) from the lexicon {@code units}.
   *
   * @param toBase factor to the dimension's base (days for durations; the canonical unit otherwise)
   */
  private record UnitInfo(String dimension, double toBase, double offset) {}

  /** Immutable after class initialization. */
  private static final Map<String, UnitInfo> UNITS = loadUnits();

  private ValueComparator() {}

  /** Whether {@code a} and {@code b} can both be true. */
  public static boolean compatible(ClaimValue a, ClaimValue b) {
    if (a.kind() != b.kind()) {
      return true;
    }
    return switch (a.kind()) {
      case QUANTITY -> quantitiesCompatible(a, b);
      case DATE -> datesCompatible(a.text().trim(), b.text().trim());
      case STATUS -> a.text().trim().equalsIgnoreCase(b.text().trim());
      case STATED -> true;
    };
  }

  /**
   * The dimension of a value: for quantities {@code count}, {@code percent}, {@code
   * percentage_points}, {@code money}, {@code duration}, {@code length}, {@code mass}, {@code speed},
   * {@code area}, {@code magnitude}...; for other kinds the kind in lower case ({@code date}).
   */
  public static String dimensionOf(ClaimValue v) {
    if (v.kind() != ValueKind.QUANTITY) {
      return v.kind().name().toLowerCase(Locale.ROOT);
    }
    String unit = v.unit().toLowerCase(Locale.ROOT);
    if (unit.isEmpty()) {
      return "count";
    }
    UnitInfo info = UNITS.get(unit);
    if (info != null) {
      return info.dimension;
    }
    if (Lexicon.synonyms("currencies").containsKey(unit) && unit.length() == 3
        && Lexicon.synonyms("currencies").get(unit).equals(unit)) {
      return "money";
    }
    return "count";
  }

  /**
   * Whether quantity {@code precise} is bounded and lies within {@code vague}, which it narrows:
   * "about 340 homes" refines "hundreds of homes" and "more than 300 homes"; of one noun or
   * currency, in one dimension. A value does not refine itself.
   */
  public static boolean refines(ClaimValue precise, ClaimValue vague) {
    if (precise.kind() != ValueKind.QUANTITY || vague.kind() != ValueKind.QUANTITY
        || precise.low() == null || precise.high() == null) {
      return false;
    }
    String dimension = dimensionOf(precise);
    if (!dimension.equals(dimensionOf(vague))
        || (dimension.equals("count") || dimension.equals("money")) && !precise.unit().equalsIgnoreCase(vague.unit())) {
      return false;
    }
    double[] p = baseInterval(precise, false);
    double[] v = baseInterval(vague, false);
    boolean within = v[0] <= p[0] && p[1] <= v[1];
    return within && (v[0] < p[0] || p[1] < v[1]);
  }

  private static boolean quantitiesCompatible(ClaimValue a, ClaimValue b) {
    String dimension = dimensionOf(a);
    if (!dimension.equals(dimensionOf(b))) {
      return true;
    }
    boolean namedUnit = dimension.equals("count") || dimension.equals("money");
    if (namedUnit && !a.unit().equalsIgnoreCase(b.unit())) {
      return true; // different nouns or currencies: not comparable
    }
    boolean differentWriting = !writtenUnit(a).equalsIgnoreCase(writtenUnit(b));
    double[] ia = baseInterval(a, differentWriting);
    double[] ib = baseInterval(b, differentWriting);
    return atMost(ia[0], ib[1]) && atMost(ib[0], ia[1]);
  }

  private static String writtenUnit(ClaimValue v) {
    return v.originalUnit().isEmpty() ? v.unit() : v.originalUnit();
  }

  /** The interval in the dimension's base unit; infinite for unbounded sides. */
  private static double[] baseInterval(ClaimValue v, boolean widen) {
    double toBase = factor(v.unit());
    double writtenToBase = v.originalUnit().isEmpty() ? toBase : factor(v.originalUnit()) * toBase;
    double writtenOffset = v.originalUnit().isEmpty() ? 0 : offset(v.originalUnit());
    double low = v.low() == null ? Double.NEGATIVE_INFINITY : v.low() * toBase;
    double high = v.high() == null ? Double.POSITIVE_INFINITY : v.high() * toBase;
    if (widen) {
      if (v.low() != null) {
        low -= halfLastDigit((low - writtenOffset) / writtenToBase) * writtenToBase;
      }
      if (v.high() != null) {
        high += halfLastDigit((high - writtenOffset) / writtenToBase) * writtenToBase;
      }
    }
    return new double[] {low, high};
  }

  /**
   * A quantity's lower bound in the unit its source wrote it in ("5 miles" is 5, not 8.04672 km;
   * 100F is 100), rounded past conversion noise; NaN when it has none.
   */
  static double writtenLow(ClaimValue v) {
    if (v.low() == null) {
      return Double.NaN;
    }
    if (v.originalUnit().isEmpty()) {
      return v.low();
    }
    double written = (v.low() * factor(v.unit()) - offset(v.originalUnit())) / (factor(v.originalUnit()) * factor(v.unit()));
    return ValueSignatures.rounded(written).doubleValue();
  }

  private static double factor(String unit) {
    UnitInfo info = UNITS.get(unit.toLowerCase(Locale.ROOT));
    return info == null ? 1 : info.toBase;
  }

  private static double offset(String unit) {
    UnitInfo info = UNITS.get(unit.toLowerCase(Locale.ROOT));
    return info == null ? 0 : info.offset;
  }

  /**
   * Half a unit in the last significant digit of {@code written} (reconstructed from the stored
   * value, so it is first rounded to 6 significant digits to drop conversion noise).
   */
  static double halfLastDigit(double written) {
    if (written == 0 || Double.isInfinite(written) || Double.isNaN(written)) {
      return 0.5;
    }
    BigDecimal d = new BigDecimal(Math.abs(written)).round(new MathContext(6)).stripTrailingZeros();
    return 0.5 * Math.pow(10, -d.scale());
  }

  private static boolean atMost(double x, double y) {
    if (x <= y) {
      return true;
    }
    double scale = Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    return x - y <= EPSILON * scale;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A date may come in parts, {@code Friday, --12-05} ("Friday, Dec. 5"): every part of one must
   * agree with every part of the other, so "Friday" agrees with it and "Thursday, --12-04" does not.
   */
  private static boolean datesCompatible(String a, String b) {
    String[] partsA = a.split(", ");
    String[] partsB = b.split(", ");
    if (partsA.length > 1 || partsB.length > 1) {
      for (String pa : partsA) {
        for (String pb : partsB) {
          if (!datesCompatible(pa.trim(), pb.trim())) {
            return false;
          }
        }
      }
      return true;
    }
    if (a.startsWith("relative:") || b.startsWith("relative:")) {
      return true;
    }
    DayOfWeek wa = weekday(a);
    DayOfWeek wb = weekday(b);
    if (wa != null && wb != null) {
      return wa == wb;
    }
    Integer[] da = isoFields(a);
    Integer[] db = isoFields(b);
    if (wa != null || wb != null) {
      DayOfWeek w = wa != null ? wa : wb;
      Integer[] d = wa != null ? db : da;
      if (d == null || d[0] == null || d[1] == null || d[2] == null) {
        return true; // a weekday cannot be checked against a partial date
      }
      try {
        return LocalDate.of(d[0], d[1], d[2]).getDayOfWeek() == w;
      } catch (DateTimeException e) {
        return true;
      }
    }
    if (da == null || db == null) {
      return a.equalsIgnoreCase(b);
    }
    for (int k = 0; k < 3; k++) {
      if (da[k] != null && db[k] != null && !da[k].equals(db[k])) {
        return false;
      }
    }
    return true;
  }

  private static DayOfWeek weekday(String text) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(text)) {
        return d;
      }
    }
    return null;
  }

  /** {year, month, day}, each null when absent; null when not an ISO date form. */
  private static Integer[] isoFields(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      return new Integer[] {
        Integer.valueOf(m.group(1)),
        m.group(2) == null ? null : Integer.valueOf(m.group(2)),
        m.group(3) == null ? null : Integer.valueOf(m.group(3))
      };
    }
    return new Integer[] {null, Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5))};
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Canonical units map to their factor to the dimension base (only durations have a base other
   * than the canonical unit: days); short written names ({@code mi}, {@code lb}) map to their factor
   * to the canonical unit.
   */
  private static Map<String, UnitInfo> loadUnits() {
    Map<String, UnitInfo> out = new HashMap<>();
    for (Map.Entry<String, String> e : Lexicon.table("units").entrySet()) {
      String[] f = (e.getValue() + " |").split("\\|", -1);
      String dimension = f[0].trim();
      String canonical = f[1].trim().toLowerCase(Locale.ROOT);
      double factor = Double.parseDouble(f[2].trim());
      String shortName = f[3].trim().toLowerCase(Locale.ROOT);
      double offset = f[4].isBlank() ? 0 : Double.parseDouble(f[4].trim());
      if (dimension.equals("duration")) {
        out.putIfAbsent(canonical, new UnitInfo(dimension, factor, 0));
      } else {
        out.putIfAbsent(canonical, new UnitInfo(dimension, 1, 0));
        if (!shortName.isEmpty() && !shortName.equals(canonical)) {
          out.putIfAbsent(shortName, new UnitInfo(dimension, factor, offset));
        }
      }
    }
    return Map.copyOf(out);
  }
}
