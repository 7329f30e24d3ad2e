package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.ValueKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How a {@link Claim} is written as one line of {@code claims.jsonl}. Fields always come in this
 * order, so the same claim always gives the same bytes:
 *
 * <pre>{@code
 * {"doc_id":…,"story_id":…,"topic_key":…,"kind":"QUANTITY","subject":…,"attribute":…,
 *  "qualifiers":{…sorted by name…},
 *  "value":{"kind":"QUANTITY","text":"25%","low":25,"high":25,"unit":"%"},
 *  "polarity":"POSITIVE","certainty":0.9,"sentence":…,"start":120,"end":180,"encoding":"UTF-8"}
 * }</pre>
 *
 * {@code low}, {@code high} and {@code unit} are written for quantities only; an unbounded side is
 * {@code null}; {@code original_unit} follows when the value was converted. Numbers are written in
 * plain decimal form ({@code 102000000}, not {@code 1.02E8}). Non-ASCII text is written as UTF-8.
 * {@code encoding} (the character set the document was read with) comes last: it was added after
 * the first version of the format, and fields are only ever added at the end.
 */
public final class ClaimJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ClaimJson() {}

  /** The JSON line of {@code claim}, without the line end. */
  public static String line(Claim claim) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("doc_id", claim.docId());
      json.writeStringField("story_id", claim.storyId());
      json.writeStringField("topic_key", claim.topicKey());
      json.writeStringField("kind", claim.kind().name());
      json.writeStringField("subject", claim.subject());
      json.writeStringField("attribute", claim.attribute());
      json.writeObjectFieldStart("qualifiers");
      for (Map.Entry<String, String> q : claim.qualifiers().entrySet()) {
        json.writeStringField(q.getKey(), q.getValue());
      }
      json.writeEndObject();
      writeValue(json, claim.value());
      json.writeStringField("polarity", claim.polarity().name());
      json.writeFieldName("certainty");
      writeNumber(json, claim.certainty());
      json.writeStringField("sentence", claim.sentence());
      json.writeNumberField("start", claim.start());
      json.writeNumberField("end", claim.end());
      json.writeStringField("encoding", claim.encoding());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write claim as JSON", e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Rows are ordered by doc_id, start, end, topic_key (then by the whole line). */
  public static String sortKey(Claim claim) {
    return claim.docId().replace('\u0000', ' ') + '\u0000' + String.format("%010d", claim.start())
        + '\u0000' + String.format("%010d", claim.end()) + '\u0000' + claim.topicKey();
  }

  private static void writeValue(JsonGenerator json, ClaimValue value) throws IOException {
    json.writeObjectFieldStart("value");
    json.writeStringField("kind", value.kind().name());
    json.writeStringField("text", value.text());
    if (value.kind() == ValueKind.QUANTITY) {
      json.writeFieldName("low");
      writeNumber(json, value.low());
      json.writeFieldName("high");
      writeNumber(json, value.high());
      json.writeStringField("unit", value.unit());
      if (!value.originalUnit().isEmpty()) {
        json.writeStringField("original_unit", value.originalUnit());
      }
    }
    json.writeEndObject();
  }

  // Plain decimal, shortest form; null for missing, NaN and infinite values (JSON has none of them).
  private static void writeNumber(JsonGenerator json, Double number) throws IOException {
    if (number == null || number.isNaN() || number.isInfinite()) {
      json.writeNull();
      return;
    }
    BigDecimal decimal = BigDecimal.valueOf(number).stripTrailingZeros();
    json.writeNumber(decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString());
  }
}
