package io.claimcheck.util;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class SideInputsPerBundleTest {

  @Test
  public void readsEachViewOnceAndKeepsItsValue() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    KvCoder<String, String> coder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    PCollectionView<Map<String, String>> first = p.apply("First", Create.of(KV.of("a", "1")).withCoder(coder))
        .apply("FirstView", View.asMap());
    PCollectionView<Map<String, String>> second = p.apply("Second", Create.of(KV.of("b", "2")).withCoder(coder))
        .apply("SecondView", View.asMap());
    AtomicInteger reads = new AtomicInteger();
    SideInputsPerBundle sideInputs = new SideInputsPerBundle();
    for (int i = 0; i < 3; i++) {
      assertThat(sideInputs.get(first, v -> { reads.incrementAndGet(); return Map.of("a", "1"); }))
          .containsExactly("a", "1");
      assertThat(sideInputs.get(second, v -> { reads.incrementAndGet(); return null; })).isNull();
    }
    assertThat(reads.get()).isEqualTo(2); // once per view, a null value included
  }
}
