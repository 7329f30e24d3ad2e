package io.claimcheck.read;

import java.util.Objects;

/**
 * The result of decoding one input: either text (with the character set it was read with) or the
 * reason the input cannot be used.
 */
public sealed interface Decoded {

  /** Decoded text. */
  record Text(String text, String encoding) implements Decoded {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(encoding, "encoding");
    }
  }

  /** An input that is not usable text, with a short reason ({@code empty file}, {@code binary content}). */
  record Unusable(String reason) implements Decoded {
    public Unusable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
