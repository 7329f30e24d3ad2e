package io.claimcheck.model;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The normalized value of a claim.
 *
 * <p>Quantities are intervals in a canonical unit: {@code "more than 75 countries"} is
 * {@code low=75, high=null (unbounded), unit="countries", text=">75 countries"}; {@code "25%"} is
 * {@code low=high=25, unit="%"}. {@code originalUnit} keeps the unit the text used (e.g. {@code mi}
 * when the canonical unit is {@code km}) so that comparison can allow for rounding in conversion.
 *
 * @param kind how the value compares
 * @param text the normalized display text, as written in the report ({@code 25%}, {@code 90 days},
 *     {@code >75 countries}, {@code USD 102000000}, {@code Wednesday}, {@code 2025-04-16}, {@code former})
 * @param low lower bound in {@code unit}, or null when unbounded or not a quantity
 * @param high upper bound in {@code unit}, or null when unbounded or not a quantity
 * @param unit canonical unit ({@code %}, {@code days}, {@code km}, {@code USD}, a counted noun), or empty
 * @param originalUnit the unit as written before conversion, or empty when not converted
 */
@DefaultCoder(ClaimValueCoder.class)
public record ClaimValue(
    ValueKind kind, String text, Double low, Double high, String unit, String originalUnit)
    implements Serializable {

  public ClaimValue {
    Objects.requireNonNull(kind, "kind");
    text = Objects.requireNonNullElse(text, "");
    unit = Objects.requireNonNullElse(unit, "");
    originalUnit = Objects.requireNonNullElse(originalUnit, "");
  }

  public static ClaimValue quantity(String text, Double low, Double high, String unit) {
    return new ClaimValue(ValueKind.QUANTITY, text, low, high, unit, "");
  }

  public static ClaimValue date(String text) {
    return new ClaimValue(ValueKind.DATE, text, null, null, "", "");
  }

  public static ClaimValue status(String text) {
    return new ClaimValue(ValueKind.STATUS, text, null, null, "", "");
  }

  public static ClaimValue stated(String text) {
    return new ClaimValue(ValueKind.STATED, text, null, null, "", "");
  }
}
