package io.claimcheck.util;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class GroupIntoBucketsTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void groupsEveryValueUnderItsKey() {
    // Many values under key 0, a few under key 1, and an empty string.
    String big = "x".repeat(10_000);
    List<KV<Integer, String>> input = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      input.add(KV.of(0, big + i));
    }
    input.add(KV.of(1, "a"));
    input.add(KV.of(1, ""));
    input.add(KV.of(1, "a"));
    PCollection<KV<Integer, Iterable<String>>> grouped = p
        .apply(Create.of(input).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
        .apply(GroupIntoBuckets.create());
    PAssert.that(grouped).satisfies(groups -> {
      Map<Integer, List<String>> byKey = new HashMap<>();
      for (KV<Integer, Iterable<String>> g : groups) {
        List<String> values = new ArrayList<>();
        g.getValue().forEach(values::add);
        List<String> again = new ArrayList<>();
        g.getValue().forEach(again::add); // iterable twice: decoded anew
        assertThat(again).isEqualTo(values);
        assertThat(byKey.put(g.getKey(), values)).isNull(); // one group per key
      }
      assertThat(byKey.keySet()).containsExactly(0, 1);
      assertThat(byKey.get(0)).hasSize(300);
      assertThat(byKey.get(0)).contains(big + 299);
      assertThat(byKey.get(1)).containsExactly("a", "", "a");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  public void byPutsEveryValueOfAFineKeyIntoItsBucket() {
    // Cities as values, their country as the fine key; 3 buckets for 5 countries.
    List<String> cities = List.of("fr:Paris", "fr:Lyon", "jp:Osaka", "br:Recife", "jp:Kobe", "ke:Mombasa",
        "fr:Nice", "cl:Arica");
    PCollection<KV<Integer, Iterable<String>>> grouped = p
        .apply(Create.of(cities))
        .apply(GroupIntoBuckets.by((String city) -> city.substring(0, 2), 3));
    PAssert.that(grouped).satisfies(groups -> {
      Map<Integer, List<String>> byBucket = new HashMap<>();
      for (KV<Integer, Iterable<String>> g : groups) {
        List<String> values = new ArrayList<>();
        g.getValue().forEach(values::add);
        assertThat(byBucket.put(g.getKey(), values)).isNull(); // one group per bucket
      }
      List<String> all = new ArrayList<>();
      byBucket.forEach((bucket, values) -> {
        for (String city : values) {
          assertThat(bucket).isEqualTo(KeyBuckets.of(city.substring(0, 2), 3));
        }
        all.addAll(values);
      });
      assertThat(all).containsExactlyElementsIn(cities);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  public void refusesWindowedInput() {
    PCollection<KV<Integer, String>> windowed = p
        .apply(Create.of(KV.of(0, "a")).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
        .apply(Window.into(FixedWindows.of(Duration.standardMinutes(1))));
    assertThrows(IllegalArgumentException.class, () -> windowed.apply(GroupIntoBuckets.create()));
    p.enableAbandonedNodeEnforcement(false);
  }
}
