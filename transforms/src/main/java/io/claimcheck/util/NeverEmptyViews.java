package io.claimcheck.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Side input views whose {@code PCollection} always holds at least one element, for every side input
 * of the job.
 *
 * <p>Why: the Direct Runner (Beam 2.70) can hang for good when a main input element waits for a side
 * input that turns out empty. It parks the element, re-runs parked work once when nothing else is
 * running, and then waits for output or a timer to wake it. An empty view becomes ready only when the
 * runner next refreshes watermarks — after that wake-up, without producing output — so the parked
 * element is never run again and the job never finishes (seen as a spin in
 * {@code WatermarkManager.extractFiredTimers}, about 1 small run in 50 at 8 threads). A view with an
 * element is written as output, which wakes the runner, so a never-empty view cannot hang that way.
 * Small corpora have empty views all the time (no copies, no common features, no linked documents).
 *
 * <ul>
 *   <li>{@link #asMap} adds one entry under {@link #PLACEHOLDER_KEY}, mapped to what readers use for
 *       an absent key, so a lookup reads the same with or without it. Readers may only look keys up.
 *   <li>{@link #asList} and {@link #count} gather a small collection into one value, seeded with an
 *       empty one, combined without Beam's default-value step (which itself reads a side input).
 * </ul>
 */
public final class NeverEmptyViews {

  /**
   * The key of {@link #asMap}'s extra entry: a lone NUL character, which no real document, source or
   * story id is. Should an id ever equal it, it would still read as absent, since the entry maps to
   * the value for an absent key.
   */
  public static final String PLACEHOLDER_KEY = "\u0000";

  private NeverEmptyViews() {}

  /**
   * {@code View.asMap()} plus the entry {@link #PLACEHOLDER_KEY} → {@code valueOfAbsentKey}: pass what
   * the readers' {@code getOrDefault} uses (1.0 for a weight; {@link #PLACEHOLDER_KEY} itself where an
   * absent key means "itself").
   */
  public static <V> AsMap<V> asMap(V valueOfAbsentKey) {
    return new AsMap<>(valueOfAbsentKey);
  }

  /** All elements as one list (in no particular order); an empty list for an empty input. Small inputs only. */
  public static <T> AsList<T> asList() {
    return new AsList<>();
  }

  /** The number of elements; 0 for an empty input. */
  public static <T> CountElements<T> count() {
    return new CountElements<>();
  }

  /** See {@link #asMap}. */
  public static final class AsMap<V> extends PTransform<PCollection<KV<String, V>>, PCollectionView<Map<String, V>>> {
    private final V valueOfAbsentKey;

    private AsMap(V valueOfAbsentKey) {
      this.valueOfAbsentKey = valueOfAbsentKey;
    }

    @Override
    public PCollectionView<Map<String, V>> expand(PCollection<KV<String, V>> entries) {
      if (!(entries.getCoder() instanceof KvCoder<String, V> kvCoder)) {
        throw new IllegalArgumentException("NeverEmptyViews.asMap needs a KvCoder, got " + entries.getCoder());
      }
      PCollection<KV<String, V>> placeholder = entries.getPipeline()
          .apply("Placeholder", Create.of(KV.of(PLACEHOLDER_KEY, valueOfAbsentKey))
              .withCoder(KvCoder.of(StringUtf8Coder.of(), kvCoder.getValueCoder())));
      return PCollectionList.of(entries).and(placeholder)
          .apply("WithPlaceholder", Flatten.pCollections())
          .apply("View", View.asMap());
    }
  }

  /** See {@link #asList}. */
  public static final class AsList<T> extends PTransform<PCollection<T>, PCollectionView<List<T>>> {
    private AsList() {}

    @Override
    public PCollectionView<List<T>> expand(PCollection<T> elements) {
      Coder<List<T>> listCoder = ListCoder.of(elements.getCoder());
      PCollection<List<T>> single = elements.apply("Wrap", ParDo.of(new WrapFn<T>())).setCoder(listCoder);
      PCollection<List<T>> seed =
          elements.getPipeline().apply("Seed", Create.of(List.of(List.<T>of())).withCoder(listCoder));
      return PCollectionList.of(single).and(seed)
          .apply("WithSeed", Flatten.pCollections())
          .apply("Concatenate", Combine.globally(new ConcatFn<T>()).withoutDefaults())
          .setCoder(listCoder)
          .apply("View", View.asSingleton());
    }
  }

  /** See {@link #count}. */
  public static final class CountElements<T> extends PTransform<PCollection<T>, PCollectionView<Long>> {
    private CountElements() {}

    @Override
    public PCollectionView<Long> expand(PCollection<T> elements) {
      PCollection<Long> ones = elements.apply("One", ParDo.of(new OneFn<T>())).setCoder(VarLongCoder.of());
      PCollection<Long> seed = elements.getPipeline().apply("Seed", Create.of(0L).withCoder(VarLongCoder.of()));
      return PCollectionList.of(ones).and(seed)
          .apply("WithSeed", Flatten.pCollections())
          .apply("Sum", Combine.globally(Sum.ofLongs()).withoutDefaults())
          .setCoder(VarLongCoder.of())
          .apply("View", View.asSingleton());
    }
  }

  static final class WrapFn<T> extends DoFn<T, List<T>> {
    @ProcessElement
    public void process(@Element T element, OutputReceiver<List<T>> out) {
      out.output(List.of(element));
    }
  }

  static final class OneFn<T> extends DoFn<T, Long> {
    @ProcessElement
    public void process(OutputReceiver<Long> out) {
      out.output(1L);
    }
  }

  /** Concatenates lists; the accumulator is a fresh list, never an input. */
  static final class ConcatFn<T> extends Combine.CombineFn<List<T>, List<T>, List<T>> {
    @Override
    public List<T> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<T> addInput(List<T> accumulator, List<T> input) {
      accumulator.addAll(input);
      return accumulator;
    }

    @Override
    public List<T> mergeAccumulators(Iterable<List<T>> accumulators) {
      List<T> merged = new ArrayList<>();
      accumulators.forEach(merged::addAll);
      return merged;
    }

    @Override
    public List<T> extractOutput(List<T> accumulator) {
      return accumulator;
    }

    @Override
    public Coder<List<T>> getAccumulatorCoder(CoderRegistry registry, Coder<List<T>> inputCoder) {
      return inputCoder;
    }

    @Override
    public Coder<List<T>> getDefaultOutputCoder(CoderRegistry registry, Coder<List<T>> inputCoder) {
      return inputCoder;
    }
  }
}
