package io.claimcheck.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Finding.ValueSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Round trips, determinism and registration of the model coders. */
@RunWith(JUnit4.class)
public class ModelCodersTest {

  // Two-byte, three-byte and four-byte (surrogate pair) UTF-8, and a right-to-left script.
  static final String UNICODE = "Zoë “quoted” 東京 \uD83D\uDE00 مرحبا";
  // A lone high surrogate: not valid UTF-16, cannot be written as UTF-8, must still round trip.
  static final String LONE_SURROGATE = "cut here \uD83D";
  static final String LARGE = "x".repeat(2_000_000) + "é";

  static Article article(String text) {
    return new Article("doc-1", "/in/doc-1.txt", text, "Reuters", "Title", "2025-04-16", "https://x/1",
        "windows-1252", "story-1");
  }

  static Claim claim(String docId, Map<String, String> qualifiers, ClaimValue value) {
    return new Claim(docId, "story-1", ClaimKind.QUANTITY, "tariff.rate{product=car}", "tariff", "rate",
        qualifiers == null ? null : new TreeMap<>(qualifiers), value, Polarity.NEGATIVE,
        "Tariffs on cars rose to 25%.", 10, 38, 0.85, "UTF-16");
  }

  static Finding finding(List<Evidence> evidence) {
    return new Finding("f-1", "story-1", FindingType.CONTRADICTION, "tariff.rate{}", "Tariff rate", "25%",
        List.of("d4"), List.of("d1", "d2"),
        List.of(new ValueSupport("25%", List.of("d1", "d2")), new ValueSupport("24%", List.of("d4"))),
        3, 5, 0.75, evidence);
  }

  @Test
  public void articleRoundTrips() throws Exception {
    for (Article a : List.of(article("Text."), Article.of("d", "", ""), article(UNICODE), article(LONE_SURROGATE),
        article(LARGE), new Article("only-id", null, null, null, null, null, null, null, null))) {
      checkCoder(ArticleCoder.of(), a);
    }
  }

  @Test
  public void claimValueRoundTrips() throws Exception {
    for (ClaimValue v : List.of(ClaimValue.quantity(">75 countries", 75.0, null, "countries"),
        ClaimValue.quantity("25%", 25.0, 25.0, "%"), ClaimValue.quantity("?", null, null, ""),
        new ClaimValue(ValueKind.QUANTITY, "10 km", 16.09, 16.09, "km", "mi"),
        new ClaimValue(ValueKind.QUANTITY, "odd", Double.NaN, -0.0, "", ""),
        new ClaimValue(ValueKind.QUANTITY, "inf", Double.NEGATIVE_INFINITY, Double.MAX_VALUE, "", ""),
        ClaimValue.date("2025-04-16"), ClaimValue.status("former"), ClaimValue.stated(UNICODE))) {
      checkCoder(ClaimValueCoder.of(), v);
    }
  }

  @Test
  public void claimRoundTrips() throws Exception {
    ClaimValue value = ClaimValue.quantity("25%", 25.0, 25.0, "%");
    for (Claim c : List.of(claim("d1", Map.of("product", "car", "target", "japan"), value),
        claim("d1", null, ClaimValue.stated("")), claim(UNICODE, Map.of(UNICODE, LONE_SURROGATE), value),
        claim("d1", Map.of("k", LARGE), value),
        new Claim("d", null, ClaimKind.ROLE, "k", null, null, null, ClaimValue.status("former"), null, null, 0, 0,
            0.0))) {
      checkCoder(ClaimCoder.of(), c);
    }
  }

  @Test
  public void topicGroupRoundTrips() throws Exception {
    ClaimValue value = ClaimValue.quantity("25%", 25.0, 25.0, "%");
    checkCoder(TopicGroupCoder.of(), new TopicGroup("story-1", "tariff.rate{}", List.of()));
    checkCoder(TopicGroupCoder.of(), new TopicGroup("story-1", "tariff.rate{}",
        List.of(claim("d1", Map.of("a", "b"), value), claim("d2", Map.of(), ClaimValue.date("Monday")))));
  }

  @Test
  public void findingAndNestedRoundTrip() throws Exception {
    checkCoder(FindingCoder.of(), finding(List.of(new Evidence("d4", "It is 24%."), new Evidence("d1", UNICODE))));
    checkCoder(FindingCoder.of(), new Finding("f", "s", FindingType.OMISSION, "k", null, null, List.of(), List.of(),
        List.of(), 0, 0, 0.0, List.of()));
    checkCoder(FindingCoder.ValueSupportCoder.of(), new ValueSupport("", List.of()));
    checkCoder(FindingCoder.EvidenceCoder.of(), new Evidence("d", LARGE));
  }

  @Test
  public void smallRecordsRoundTrip() throws Exception {
    checkCoder(CopyCoder.of(), new Copy("d2", "d1", 0.93));
    checkCoder(CopyCoder.of(), new Copy("", UNICODE, 1.0));
    checkCoder(RejectionCoder.of(), new Rejection("/in/a.jsonl:7", "malformed JSON: " + LONE_SURROGATE));
    checkCoder(RejectionCoder.of(), new Rejection("", ""));
    checkCoder(StoryCoder.of(), new Story("story-1", List.of("d1", "d2"), "trump tariff japan", "2025-04-15..2025-04-16"));
    checkCoder(StoryCoder.of(), new Story("story-2", List.of(), null, null));
    checkCoder(DocumentValuesCoder.of(), new DocumentValues("d1", new long[] {Long.MIN_VALUE, -1, 0, 7, Long.MAX_VALUE}));
    checkCoder(DocumentValuesCoder.of(), new DocumentValues(UNICODE, new long[0]));
  }

  @Test
  public void equalValuesEncodeAlike() throws Exception {
    // Same qualifiers put in different orders into different map types.
    Map<String, String> hash = new HashMap<>();
    Map<String, String> linked = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      hash.put("q" + i, "v" + i);
    }
    for (int i = 49; i >= 0; i--) {
      linked.put("q" + i, "v" + i);
    }
    ClaimValue v = ClaimValue.quantity("25%", 25.0, 25.0, "%");
    CoderProperties.coderDeterministic(ClaimCoder.of(), claim("d", hash, v), claim("d", linked, v));
    // equals treats every NaN alike, so must the encoding.
    CoderProperties.coderDeterministic(ClaimValueCoder.of(),
        new ClaimValue(ValueKind.QUANTITY, "", Double.NaN, null, "", ""),
        new ClaimValue(ValueKind.QUANTITY, "", Double.longBitsToDouble(0x7ff8000000000001L), null, "", ""));
    CoderProperties.coderDeterministic(ArticleCoder.of(), article(UNICODE), article(new String(UNICODE)));
    // ... and 0.0 and -0.0 are different values, with different bytes.
    assertThat(CoderUtils.encodeToByteArray(CopyCoder.of(), new Copy("a", "b", 0.0)))
        .isNotEqualTo(CoderUtils.encodeToByteArray(CopyCoder.of(), new Copy("a", "b", -0.0)));
  }

  @Test
  public void codersAreDeterministicAndUsableAsKeys() throws Exception {
    for (Coder<?> coder : allCoders()) {
      coder.verifyDeterministic();
      assertThat(coder.consistentWithEquals()).isTrue();
      CoderProperties.coderSerializable(coder);
    }
    KvCoder.of(ClaimCoder.of(), StringUtf8Coder.of()).verifyDeterministic();
    KvCoder.of(StringUtf8Coder.of(), ListCoder.of(TopicGroupCoder.of())).verifyDeterministic();
  }

  @Test
  public void registryPicksTheseCodersWithoutSetCoder() throws Exception {
    CoderRegistry registry = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry();
    assertThat(registry.getCoder(Article.class)).isEqualTo(ArticleCoder.of());
    assertThat(registry.getCoder(Claim.class)).isEqualTo(ClaimCoder.of());
    assertThat(registry.getCoder(ClaimValue.class)).isEqualTo(ClaimValueCoder.of());
    assertThat(registry.getCoder(Copy.class)).isEqualTo(CopyCoder.of());
    assertThat(registry.getCoder(Finding.class)).isEqualTo(FindingCoder.of());
    assertThat(registry.getCoder(ValueSupport.class)).isEqualTo(FindingCoder.ValueSupportCoder.of());
    assertThat(registry.getCoder(Evidence.class)).isEqualTo(FindingCoder.EvidenceCoder.of());
    assertThat(registry.getCoder(Rejection.class)).isEqualTo(RejectionCoder.of());
    assertThat(registry.getCoder(Story.class)).isEqualTo(StoryCoder.of());
    assertThat(registry.getCoder(TopicGroup.class)).isEqualTo(TopicGroupCoder.of());
    assertThat(registry.getCoder(DocumentValues.class)).isEqualTo(DocumentValuesCoder.of());
  }

  @Test
  public void truncatedOrCorruptInputIsACoderError() throws Exception {
    byte[] bytes = CoderUtils.encodeToByteArray(ClaimCoder.of(),
        claim("d", Map.of("a", "b"), ClaimValue.quantity("25%", 25.0, 25.0, "%")));
    for (int cut : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
      byte[] prefix = java.util.Arrays.copyOf(bytes, cut);
      // EOFException or CoderException: an IOException, never a half-built claim.
      assertThrows(IOException.class, () -> ClaimCoder.of().decode(new ByteArrayInputStream(prefix)));
    }
    assertThrows(CoderException.class, () -> CoderUtils.decodeFromByteArray(ClaimValueCoder.of(), new byte[] {99}));
    // A null in a field the record requires fails at encoding, not later.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(CoderException.class, () -> CoderIo.writeRequiredString(null, out));
  }

  @Test
  public void stringEncodingKeepsNullEmptyAndEveryCodeUnit() throws Exception {
    for (String s : new String[] {null, "", "a", UNICODE, LONE_SURROGATE, "\uDC00\uD800", "\u0000", LARGE}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CoderIo.writeString(s, out);
      assertThat(CoderIo.readString(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(s);
    }
  }

  static List<ModelCoder<?>> allCoders() {
    return List.of(ArticleCoder.of(), ClaimCoder.of(), ClaimValueCoder.of(), CopyCoder.of(), FindingCoder.of(),
        FindingCoder.ValueSupportCoder.of(), FindingCoder.EvidenceCoder.of(), RejectionCoder.of(), StoryCoder.of(),
        TopicGroupCoder.of(), DocumentValuesCoder.of());
  }

  /** The checks every coder must pass for {@code value}. */
  static <T> void checkCoder(Coder<T> coder, T value) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDecodeEncodeInContext(coder, Coder.Context.NESTED, value, org.hamcrest.Matchers.equalTo(value));
    CoderProperties.coderDeterministic(coder, value, CoderUtils.clone(coder, value));
    CoderProperties.coderConsistentWithEquals(coder, value, CoderUtils.clone(coder, value));
    CoderProperties.structuralValueDecodeEncodeEqual(coder, value);
    CoderProperties.structuralValueConsistentWithEquals(coder, value, CoderUtils.clone(coder, value));
    assertThat(coder.structuralValue(value)).isEqualTo(CoderUtils.clone(coder, value));
  }
}
