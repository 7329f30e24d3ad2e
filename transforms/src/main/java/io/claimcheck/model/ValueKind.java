package io.claimcheck.model;

/** How a {@link ClaimValue} is compared with another. */
public enum ValueKind {
  /** A numeric interval with a unit; compatible when the intervals overlap. */
  QUANTITY,
  /** A weekday or a calendar date; compatible when they can be the same day. */
  DATE,
  /** A status such as {@code former} or {@code current}; compatible when equal. */
  STATUS,
  /** No value beyond the claim's polarity (the statement was made, or denied). */
  STATED
}
