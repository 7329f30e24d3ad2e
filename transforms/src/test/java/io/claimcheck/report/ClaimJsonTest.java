package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ClaimJsonTest {

  static Claim claim(String docId, int start, ClaimValue value) {
    return new Claim(docId, "story-1", ClaimKind.QUANTITY, "tariff.rate{product=car}", "tariff", "rate",
        new TreeMap<>(Map.of("target", "japan", "product", "car")), value, Polarity.POSITIVE,
        "A \"25%\" tariff on cars — café.", start, start + 10, 0.9);
  }

  @Test
  public void writesEveryFieldInAFixedOrder() {
    String line = ClaimJson.line(claim("000_a", 12, ClaimValue.quantity("25%", 25.0, 25.0, "%")));
    assertThat(line).isEqualTo("{\"doc_id\":\"000_a\",\"story_id\":\"story-1\",\"topic_key\":\"tariff.rate{product=car}\","
        + "\"kind\":\"QUANTITY\",\"subject\":\"tariff\",\"attribute\":\"rate\","
        + "\"qualifiers\":{\"product\":\"car\",\"target\":\"japan\"},"
        + "\"value\":{\"kind\":\"QUANTITY\",\"text\":\"25%\",\"low\":25,\"high\":25,\"unit\":\"%\"},"
        + "\"polarity\":\"POSITIVE\",\"certainty\":0.9,"
        + "\"sentence\":\"A \\\"25%\\\" tariff on cars — café.\",\"start\":12,\"end\":22,\"encoding\":\"UTF-8\"}");
  }

  @Test
  public void unboundedSideIsNullAndLargeNumbersArePlain() throws Exception {
    JsonNode more = new ObjectMapper().readTree(
        ClaimJson.line(claim("a", 0, ClaimValue.quantity(">75 countries", 75.0, null, "countries"))));
    assertThat(more.get("value").get("low").asInt()).isEqualTo(75);
    assertThat(more.get("value").get("high").isNull()).isTrue();

    String usd = ClaimJson.line(claim("a", 0, ClaimValue.quantity("USD 102000000", 1.02e8, 1.02e8, "USD")));
    assertThat(usd).contains("\"low\":102000000,\"high\":102000000");
  }

  @Test
  public void convertedUnitIsKept() {
    ClaimValue km = new ClaimValue(io.claimcheck.model.ValueKind.QUANTITY, "16.1 km", 16.09, 16.09, "km", "mi");
    assertThat(ClaimJson.line(claim("a", 0, km))).contains("\"unit\":\"km\",\"original_unit\":\"mi\"}");
  }

  @Test
  public void nonQuantityValuesHaveNoBounds() {
    String line = ClaimJson.line(claim("a", 0, ClaimValue.date("Wednesday")));
    assertThat(line).contains("\"value\":{\"kind\":\"DATE\",\"text\":\"Wednesday\"}");
  }

  @Test
  public void sortKeyOrdersByDocStartEndTopic() {
    List<Claim> claims = new ArrayList<>(List.of(
        claim("b", 5, ClaimValue.stated("")),
        claim("a", 100, ClaimValue.stated("")),
        claim("a", 20, ClaimValue.stated(""))));
    claims.sort(java.util.Comparator.comparing(ClaimJson::sortKey));
    assertThat(claims.stream().map(c -> c.docId() + "@" + c.start()).toList())
        .containsExactly("a@20", "a@100", "b@5").inOrder();
  }
}
