package io.claimcheck.story;

import java.util.Objects;

/** Two documents whose features are similar enough to be one story, smaller id first. */
public record LinkedPair(String first, String second) {

  public LinkedPair {
    Objects.requireNonNull(first);
    Objects.requireNonNull(second);
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("a pair needs two ids, smaller first: " + first + ", " + second);
    }
  }

  /** The pair of {@code a} and {@code b} in either order. */
  public static LinkedPair of(String a, String b) {
    return a.compareTo(b) < 0 ? new LinkedPair(a, b) : new LinkedPair(b, a);
  }
}
