package io.claimcheck.util;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class RebundleTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void keepsEveryElementOnceWithItsCoder() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      words.add("w" + i);
    }
    words.add("w7"); // duplicates stay
    PCollection<String> out =
        p.apply(Create.of(words).withCoder(StringUtf8Coder.of())).apply(Rebundle.into(3));

    PAssert.that(out).containsInAnyOrder(words);
    p.run().waitUntilFinish();
  }

  @Test
  public void emptyStaysEmpty() {
    PCollection<String> out =
        p.apply(Create.empty(StringUtf8Coder.of())).apply(Rebundle.into(2));

    PAssert.that(out).empty();
    p.run().waitUntilFinish();
  }
}
