package io.claimcheck.util;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Side input values read once per bundle and then reused: a DoFn makes one in
 * {@code @StartBundle} and asks it instead of {@code ProcessContext.sideInput}.
 *
 * <p>Why: the Direct Runner builds a {@code View.asMap}/{@code View.asList} value anew from all its
 * elements on every {@code sideInput} call, so a per-element call over a map of all documents costs
 * time proportional to the corpus for every element. Within a bundle of the global window a side
 * input's value cannot change, so reading it once is safe on every runner.
 */
public final class SideInputsPerBundle {
  private final Map<PCollectionView<?>, Object> values = new HashMap<>();

  /** The value of {@code view}, read with {@code read} (e.g. {@code context::sideInput}) on first use. */
  @SuppressWarnings("unchecked")
  public <T> T get(PCollectionView<T> view, Function<PCollectionView<T>, T> read) {
    Object value = values.get(view);
    if (value == null && !values.containsKey(view)) {
      value = read.apply(view);
      values.put(view, value);
    }
    return (T) value;
  }
}
