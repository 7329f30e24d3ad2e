package io.claimcheck.model;

import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Base of the pipeline's hand-written coders (replacing {@code SerializableCoder}, whose Java
 * serialization took a quarter to two fifths of the CPU in whole-pipeline runs; see BENCHMARKS.md).
 * Subclasses encode every field with {@link CoderIo}, whose encodings are functions of the value,
 * so the coders are deterministic and consistent with the records' {@code equals}. Each subclass
 * is a stateless singleton reached through its {@code of()}; instances of one class are equal.
 */
public abstract class ModelCoder<T> extends CustomCoder<T> {

  /** Deterministic: every field encoding in {@link CoderIo} is a function of the value alone. */
  @Override
  public void verifyDeterministic() {}

  /**
   * Equal values have equal encodings and vice versa (component-wise {@code equals}, doubles by
   * their bits as in records, maps in key order), so the value is its own structural value.
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
