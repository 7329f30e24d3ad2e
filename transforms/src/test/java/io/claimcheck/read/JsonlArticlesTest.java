package io.claimcheck.read;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class JsonlArticlesTest {

  private final List<Article> articles = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private void parse(String text) {
    JsonlArticles.parse("/in/feed.jsonl", text, "UTF-8", articles::add, rejections::add);
  }

  @Test
  public void readsOneArticlePerLineWithOptionalFields() {
    parse("{\"id\":\"a1\",\"text\":\"Japan talks.\",\"source\":\"Reuters\",\"title\":\"T\","
        + "\"published\":\"2025-04-16\",\"url\":\"https://x/a1\"}\n"
        + "{\"id\":\"a2\",\"text\":\"More talks.\"}\n");
    assertThat(articles).containsExactly(
        new Article("a1", "/in/feed.jsonl:1", "Japan talks.", "Reuters", "T", "2025-04-16", "https://x/a1", "UTF-8", ""),
        new Article("a2", "/in/feed.jsonl:2", "More talks.", "", "", "", "", "UTF-8", ""))
        .inOrder();
    assertThat(rejections).isEmpty();
  }

  @Test
  public void skipsBlankLinesButKeepsLineNumbers() {
    parse("\n  \r\n{\"id\":\"a\",\"text\":\"x\"}\r\n\n");
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).input()).isEqualTo("/in/feed.jsonl:3");
  }

  @Test
  public void rejectsBadLinesWithTheReason() {
    parse("{\"id\":\"a\",\"text\":\"ok\"}\n"
        + "{\"id\":\"b\",\"text\":\n"
        + "[1,2]\n"
        + "{\"text\":\"no id\"}\n"
        + "{\"id\":\"c\"}\n"
        + "{\"id\":\"d\",\"text\":\"  \"}\n"
        + "{\"id\":\"e\",\"text\":\"x\"} trailing\n");
    assertThat(articles).hasSize(1);
    assertThat(rejections.stream().map(Rejection::input).toList()).containsExactly(
        "/in/feed.jsonl:2", "/in/feed.jsonl:3", "/in/feed.jsonl:4", "/in/feed.jsonl:5",
        "/in/feed.jsonl:6", "/in/feed.jsonl:7").inOrder();
    assertThat(rejections.get(0).reason()).startsWith("malformed JSON: ");
    assertThat(rejections.get(0).reason()).doesNotContain("\n");
    assertThat(rejections.get(1).reason()).isEqualTo("malformed JSON: not an object");
    assertThat(rejections.get(2).reason()).isEqualTo("missing id");
    assertThat(rejections.get(3).reason()).isEqualTo("missing text");
    assertThat(rejections.get(4).reason()).isEqualTo("empty text");
    assertThat(rejections.get(5).reason()).startsWith("malformed JSON: ");
  }

  @Test
  public void acceptsNumericIds() {
    parse("{\"id\":42,\"text\":\"x\"}");
    assertThat(articles.get(0).docId()).isEqualTo("42");
  }
}
