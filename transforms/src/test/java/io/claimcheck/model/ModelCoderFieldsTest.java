package io.claimcheck.model;

import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.ValueSupport;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Field compatibility of the model coders: every record component survives a round trip of a
 * fully populated instance, and every model record has a {@code @DefaultCoder}.
 */
@RunWith(JUnit4.class)
public class ModelCoderFieldsTest {

  private static final Map<Class<? extends Record>, Coder<?>> CODERS = Map.of(
      Article.class, ArticleCoder.of(),
      Claim.class, ClaimCoder.of(),
      ClaimValue.class, ClaimValueCoder.of(),
      Copy.class, CopyCoder.of(),
      Finding.class, FindingCoder.of(),
      ValueSupport.class, FindingCoder.ValueSupportCoder.of(),
      Evidence.class, FindingCoder.EvidenceCoder.of(),
      Rejection.class, RejectionCoder.of(),
      Story.class, StoryCoder.of(),
      TopicGroup.class, TopicGroupCoder.of());

  @Test
  public void everyComponentOfEveryModelRecordSurvives() throws Exception {
    for (Map.Entry<Class<? extends Record>, Coder<?>> e : CODERS.entrySet()) {
      check(e.getValue(), FieldCoverage.populated(e.getKey()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void check(Coder<T> coder, Object value) throws Exception {
    FieldCoverage.assertEveryFieldSurvives(coder, (T) value);
  }

  @Test
  public void everyModelRecordHasADefaultCoder() throws Exception {
    // Lists the compiled model package, so that a record added later without a coder is caught.
    File dir = new File(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI().getPath(),
        "io/claimcheck/model");
    List<String> records = new ArrayList<>();
    for (String name : dir.list()) {
      if (!name.endsWith(".class")) {
        continue;
      }
      Class<?> c = Class.forName("io.claimcheck.model." + name.substring(0, name.length() - 6).replace('/', '.'));
      if (c.isRecord()) {
        records.add(c.getName());
        DefaultCoder annotation = c.getAnnotation(DefaultCoder.class);
        assertWithMessage("%s has no @DefaultCoder", c).that(annotation).isNotNull();
        assertWithMessage("%s is not in this test's list of coders", c).that(CODERS).containsKey(c);
        assertWithMessage("@DefaultCoder of %s", c).that(annotation.value()).isEqualTo(CODERS.get(c).getClass());
      }
    }
    assertWithMessage("model records found").that(records).hasSize(CODERS.size());
  }
}
