package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.util.NeverEmptyViews;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PValue;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Every side input of the built job is made by {@link NeverEmptyViews}: a side input that can be
 * empty can hang the Direct Runner for good (see that class). Walks the graph {@link ClaimCheck#build}
 * makes.
 */
@RunWith(JUnit4.class)
public class SideInputsTest {

  @Test
  public void everySideInputIsANeverEmptyView() {
    Pipeline pipeline = BuiltJob.ofSampleCorpus();

    Map<PValue, String> producers = new HashMap<>();
    List<String> neverEmptyViews = new ArrayList<>();
    List<String> sideInputs = new ArrayList<>();
    List<String> others = new ArrayList<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
        PTransform<?, ?> transform = node.getTransform();
        if (transform instanceof NeverEmptyViews.AsMap<?>
            || transform instanceof NeverEmptyViews.AsList<?>
            || transform instanceof NeverEmptyViews.CountElements<?>) {
          neverEmptyViews.add(node.getFullName() + "/");
        }
        return CompositeBehavior.ENTER_TRANSFORM;
      }

      @Override
      public void visitValue(PValue value, TransformHierarchy.Node producer) {
        producers.put(value, producer.getFullName());
      }

      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        if (node.getTransform() == null) {
          return;
        }
        for (PValue input : node.getTransform().getAdditionalInputs().values()) {
          String producer = producers.get(input);
          sideInputs.add(node.getFullName());
          if (producer == null || neverEmptyViews.stream().noneMatch(producer::startsWith)) {
            others.add(node.getFullName() + " reads a side input made by " + producer);
          }
        }
      }
    });

    assertWithMessage("side inputs read").that(sideInputs).isNotEmpty();
    assertWithMessage("side inputs not made by NeverEmptyViews").that(others).isEmpty();
  }
}
