package io.claimcheck.model;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * An input that could not be used, with the reason: one row of {@code rejected.csv}.
 *
 * @param input the file path, plus {@code :LINE} for a JSONL line
 * @param reason a short, specific reason (e.g. {@code empty file}, {@code malformed JSON: ...})
 */
@DefaultCoder(RejectionCoder.class)
public record Rejection(String input, String reason) implements Serializable {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
