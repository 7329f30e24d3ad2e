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
public class DuplicateIdsTest {

  private static List<String> resolve(String... inputs) {
    List<Article> articles = new ArrayList<>();
    for (String input : inputs) {
      articles.add(Article.of("x", input, "text"));
    }
    List<String> out = new ArrayList<>();
    DuplicateIds.resolve("x", articles, a -> out.add("kept " + a.input()),
        (Rejection r) -> out.add(r.input() + ": " + r.reason()));
    return out;
  }

  @Test
  public void keepsTheFirstByPathThenLineNumberWhateverTheArrivalOrder() {
    List<String> expected = List.of(
        "kept /in/a.jsonl:9",
        "/in/a.jsonl:10: duplicate id: x (first in /in/a.jsonl:9)",
        "/in/b.jsonl:1: duplicate id: x (first in /in/a.jsonl:9)");
    assertThat(resolve("/in/b.jsonl:1", "/in/a.jsonl:10", "/in/a.jsonl:9")).isEqualTo(expected);
    assertThat(resolve("/in/a.jsonl:9", "/in/b.jsonl:1", "/in/a.jsonl:10")).isEqualTo(expected);
  }

  @Test
  public void aTextFileAndAJsonlLineAreOrderedByPath() {
    assertThat(resolve("/in/z.jsonl:1", "/in/feeds/x.txt")).containsExactly(
        "kept /in/feeds/x.txt", "/in/z.jsonl:1: duplicate id: x (first in /in/feeds/x.txt)").inOrder();
  }

  @Test
  public void aLoneIdIsKept() {
    assertThat(resolve("gs://b/c:1.txt")).containsExactly("kept gs://b/c:1.txt");
  }

  @Test
  public void documentLimits() {
    assertThat(DocumentLimits.tooLarge(1_000_000, 1_000_000)).isNull();
    assertThat(DocumentLimits.tooLarge(1_000_001, 1_000_000)).isEqualTo("too large: 1000001 characters (limit 1000000)");
    assertThat(DocumentLimits.maxFileBytes(1_000_000)).isEqualTo(4_000_000);
    assertThat(DocumentLimits.maxFileBytes(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE - 16);
    assertThat(DocumentLimits.tooManyBytes(10)).isEqualTo("too large: more than 40 bytes (limit 10 characters)");
  }
}
