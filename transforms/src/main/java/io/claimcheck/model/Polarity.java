package io.claimcheck.model;

/** Whether a claim affirms or denies what it states ("will attend" vs "will not attend"). */
public enum Polarity {
  POSITIVE,
  NEGATIVE;

  public Polarity negate() {
    return this == POSITIVE ? NEGATIVE : POSITIVE;
  }
}
