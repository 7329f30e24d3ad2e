package io.claimcheck.read;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens when several inputs of one run give the same document id (two JSONL lines with the
 * same {@code id}, or a JSONL {@code id} equal to a text file's id): the first input in
 * {@link #INPUT_ORDER} keeps the id, every other one is rejected with
 * {@code duplicate id: ID (first in INPUT)}. The choice depends only on the inputs' names, never on
 * the order a runner delivers them in.
 */
public final class DuplicateIds {

  private static final Pattern JSONL_LINE = Pattern.compile("(.*):(\\d+)");

  /**
   * Inputs by file path, then by line number as a number ({@code f.jsonl:9} before
   * {@code f.jsonl:10}); a file comes before its own lines.
   */
  public static final Comparator<String> INPUT_ORDER =
      Comparator.comparing((String input) -> split(input).path())
          .thenComparingLong(input -> split(input).line())
          .thenComparing(Comparator.naturalOrder());

  private DuplicateIds() {}

  /** Keeps the first of {@code sameId} (all with id {@code docId}) and rejects the others. */
  public static void resolve(
      String docId, Iterable<Article> sameId, Consumer<Article> kept, Consumer<Rejection> rejected) {
    List<Article> articles = new ArrayList<>();
    sameId.forEach(articles::add);
    articles.sort(Comparator.comparing(Article::input, INPUT_ORDER));
    Article first = articles.get(0);
    kept.accept(first);
    for (Article other : articles.subList(1, articles.size())) {
      rejected.accept(new Rejection(other.input(), reason(docId, first.input())));
    }
  }

  /** The rejection reason for a later input with id {@code docId}. */
  static String reason(String docId, String firstInput) {
    return "duplicate id: " + docId + " (first in " + firstInput + ")";
  }

  private record Input(String path, long line) {}

  // "path:LINE" of a JSONL line; anything else (a file path, even one with a colon) is line 0.
  private static Input split(String input) {
    Matcher m = JSONL_LINE.matcher(input);
    if (m.matches() && InputFiles.isJsonl(m.group(1)) && m.group(2).length() < 18) {
      return new Input(m.group(1), Long.parseLong(m.group(2)));
    }
    return new Input(input, 0);
  }
}
