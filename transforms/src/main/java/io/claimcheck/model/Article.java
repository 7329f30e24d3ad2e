package io.claimcheck.model;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One news article as read from the input: a whole {@code .txt} file or one line of a {@code .jsonl}
 * file. Immutable; {@link #withText} and {@link #withStoryId} return modified copies.
 *
 * @param docId document id per the output contract (file name without extension, or JSONL {@code id})
 * @param input where it came from: the file path, plus {@code :LINE} for a JSONL line
 * @param text the article text (raw after reading, cleaned after {@code CleanArticles})
 * @param source outlet name from JSONL {@code source}, or empty
 * @param title title from JSONL {@code title}, or empty
 * @param published ISO-8601 date or date-time from JSONL {@code published}, or empty
 * @param url URL from JSONL {@code url}, or empty
 * @param encoding the character set the bytes were decoded with (e.g. {@code UTF-8})
 * @param storyId the story the article belongs to (empty until stories are assigned)
 */
@DefaultCoder(ArticleCoder.class)
public record Article(
    String docId,
    String input,
    String text,
    String source,
    String title,
    String published,
    String url,
    String encoding,
    String storyId)
    implements Serializable {

  public Article {
    Objects.requireNonNull(docId, "docId");
    input = Objects.requireNonNullElse(input, "");
    text = Objects.requireNonNullElse(text, "");
    source = Objects.requireNonNullElse(source, "");
    title = Objects.requireNonNullElse(title, "");
    published = Objects.requireNonNullElse(published, "");
    url = Objects.requireNonNullElse(url, "");
    encoding = Objects.requireNonNullElse(encoding, "UTF-8");
    storyId = Objects.requireNonNullElse(storyId, "");
  }

  /** A plain-text article with only an id, its input and its text. */
  public static Article of(String docId, String input, String text) {
    return new Article(docId, input, text, "", "", "", "", "UTF-8", "");
  }

  public Article withText(String newText) {
    return new Article(docId, input, newText, source, title, published, url, encoding, storyId);
  }

  public Article withStoryId(String newStoryId) {
    return new Article(docId, input, text, source, title, published, url, encoding, newStoryId);
  }

  public Article withEncoding(String newEncoding) {
    return new Article(docId, input, text, source, title, published, url, newEncoding, storyId);
  }
}
