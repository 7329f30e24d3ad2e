package io.claimcheck.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import java.util.function.Consumer;

/**
 * Reads the articles of a JSONL file: one JSON object per line with {@code id} and {@code text}
 * (required) and {@code source}, {@code title}, {@code published}, {@code url} (optional). Every
 * non-blank line becomes either an {@link Article} or a {@link Rejection}; blank lines are skipped.
 * Lines are numbered from 1 and named {@code path:LINE}.
 */
public final class JsonlArticles {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonlArticles() {}

  /**
   * Parses the decoded text of the JSONL file {@code path}.
   *
   * @param encoding the character set the file was decoded with, kept on each article
   */
  public static void parse(
      String path, String text, String encoding, Consumer<Article> articles, Consumer<Rejection> rejections) {
    int lineNumber = 0;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      lineNumber++;
      start = end + 1;
      if (line.isBlank()) {
        continue;
      }
      String input = path + ":" + lineNumber;
      parseLine(input, line, encoding, articles, rejections);
    }
  }

  /** One line as an {@link Article}, or a {@link Rejection} saying what is wrong with it. */
  static void parseLine(
      String input, String line, String encoding, Consumer<Article> articles, Consumer<Rejection> rejections) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      rejections.accept(new Rejection(input, "malformed JSON: " + oneLine(e.getOriginalMessage())));
      return;
    }
    String reason = null;
    if (node == null || !node.isObject()) {
      reason = "malformed JSON: not an object";
    } else if (scalar(node, "id").isBlank()) {
      reason = "missing id";
    } else if (node.get("text") == null || !node.get("text").isTextual()) {
      reason = "missing text";
    } else if (node.get("text").textValue().isBlank()) {
      reason = "empty text";
    }
    if (reason != null) {
      rejections.accept(new Rejection(input, reason));
      return;
    }
    articles.accept(new Article(scalar(node, "id").strip(), input, node.get("text").textValue(),
        scalar(node, "source").strip(), scalar(node, "title").strip(),
        scalar(node, "published").strip(), scalar(node, "url").strip(), encoding, ""));
  }

  // A string or number field as text; missing, null, arrays and objects read as empty.
  private static String scalar(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }
}
