package io.claimcheck.util;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class NeverEmptyViewsTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final KvCoder<String, Integer> ENTRIES = KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of());

  @Test
  public void mapOfNoEntriesLooksUpLikeAnEmptyMap() {
    PCollectionView<Map<String, Integer>> view =
        p.apply("NoEntries", Create.empty(ENTRIES)).apply("View", NeverEmptyViews.asMap(-1));

    PCollection<String> lookups = p.apply("Keys", Create.of("a", "b"))
        .apply("LookUp", ParDo.of(new LookUpFn(view)).withSideInputs(view));

    // Every lookup falls back to the default, which is the placeholder's value too.
    PAssert.that(lookups).containsInAnyOrder("a=-1 keys=[" + NeverEmptyViews.PLACEHOLDER_KEY + "]",
        "b=-1 keys=[" + NeverEmptyViews.PLACEHOLDER_KEY + "]");
    p.run();
  }

  @Test
  public void mapHoldsEveryEntryPlusThePlaceholder() {
    PCollectionView<Map<String, Integer>> view =
        p.apply("Entries", Create.of(KV.of("a", 1), KV.of("c", 3)).withCoder(ENTRIES))
            .apply("View", NeverEmptyViews.asMap(0));

    PCollection<String> lookups = p.apply("Keys", Create.of("a", "b"))
        .apply("LookUp", ParDo.of(new LookUpFn(view)).withSideInputs(view));

    String keys = " keys=[" + NeverEmptyViews.PLACEHOLDER_KEY + ", a, c]";
    PAssert.that(lookups).containsInAnyOrder("a=1" + keys, "b=-1" + keys);
    p.run();
  }

  @Test
  public void listOfNothingIsEmptyAndListOfSomethingHoldsItAll() {
    PCollectionView<List<String>> none =
        p.apply("Nothing", Create.empty(StringUtf8Coder.of())).apply("NoneView", NeverEmptyViews.asList());
    PCollectionView<List<String>> some =
        p.apply("Something", Create.of("x", "y", "x")).apply("SomeView", NeverEmptyViews.asList());

    PCollection<String> read = p.apply("Trigger", Create.of("go"))
        .apply("Read", ParDo.of(new ListsFn(none, some)).withSideInputs(none, some));

    PAssert.that(read).containsInAnyOrder("none=[] some=[x, x, y]");
    p.run();
  }

  @Test
  public void countsNoElementsAsZero() {
    PCollectionView<Long> none =
        p.apply("Nothing", Create.empty(StringUtf8Coder.of())).apply("NoneCount", NeverEmptyViews.count());
    PCollectionView<Long> three =
        p.apply("Three", Create.of("x", "y", "x")).apply("ThreeCount", NeverEmptyViews.count());

    PCollection<String> read = p.apply("Trigger", Create.of("go"))
        .apply("Read", ParDo.of(new CountsFn(none, three)).withSideInputs(none, three));

    PAssert.that(read).containsInAnyOrder("none=0 three=3");
    p.run();
  }

  static final class LookUpFn extends DoFn<String, String> {
    private final PCollectionView<Map<String, Integer>> view;

    LookUpFn(PCollectionView<Map<String, Integer>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Map<String, Integer> map = c.sideInput(view);
      c.output(c.element() + "=" + map.getOrDefault(c.element(), -1) + " keys=" + new TreeSet<>(map.keySet()));
    }
  }

  static final class ListsFn extends DoFn<String, String> {
    private final PCollectionView<List<String>> none;
    private final PCollectionView<List<String>> some;

    ListsFn(PCollectionView<List<String>> none, PCollectionView<List<String>> some) {
      this.none = none;
      this.some = some;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output("none=" + c.sideInput(none) + " some=" + c.sideInput(some).stream().sorted().toList());
    }
  }

  static final class CountsFn extends DoFn<String, String> {
    private final PCollectionView<Long> none;
    private final PCollectionView<Long> three;

    CountsFn(PCollectionView<Long> none, PCollectionView<Long> three) {
      this.none = none;
      this.three = three;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output("none=" + c.sideInput(none) + " three=" + c.sideInput(three));
    }
  }
}
