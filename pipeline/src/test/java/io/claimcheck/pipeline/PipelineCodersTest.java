package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * No PCollection of claimcheck's types in the built job is coded with Java serialization ({@code SerializableCoder}, at
 * any depth of a KV, iterable or union coder): it took a quarter to two fifths of the CPU before
 * the model types had their own coders (BENCHMARKS.md). Walks the graph {@link ClaimCheck#build}
 * makes, side inputs and internal collections of composite transforms included.
 */
@RunWith(JUnit4.class)
public class PipelineCodersTest {

  @Test
  public void noPCollectionUsesJavaSerialization() {
    Pipeline pipeline = BuiltJob.ofSampleCorpus();

    List<String> serialized = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitValue(PValue value, TransformHierarchy.Node producer) {
        if (value instanceof PCollection<?> pc) {
          seen.add(pc.getName());
          if (usesJavaSerialization(pc.getCoder())) {
            serialized.add(pc.getName() + ": " + pc.getCoder());
          }
        }
      }
    });

    assertWithMessage("PCollections visited").that(seen.size()).isGreaterThan(50);
    assertWithMessage("PCollections coded with SerializableCoder").that(serialized).isEmpty();
  }

  private static boolean usesJavaSerialization(Coder<?> coder) {
    // Beam's own internals may (Create's source splitting codes BoundedSources so); ours may not.
    if (coder instanceof SerializableCoder<?> s && s.getRecordType().getName().startsWith("io.claimcheck.")) {
      return true;
    }
    for (Coder<?> component : coder.getCoderArguments()) {
      if (usesJavaSerialization(component)) {
        return true;
      }
    }
    // Union and CoGbkResult coders do not list all their parts as arguments; their names do.
    return coder.toString().contains("SerializableCoder(io.claimcheck.");
  }
}
