package io.claimcheck.nlp;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A token of a sentence, with character offsets in the document text. Equal when text and offsets
 * are. It also keeps the extractors' folded form of its text once computed (see {@link #folded}),
 * because every extractor looks each token up in several lexicons.
 */
public final class Token implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int start;
  private final int end;
  private transient String folded;

  /**
   * @param text the token as written
   * @param start offset of the first character in the document text
   * @param end offset just past the last character in the document text
   */
  public Token(String text, int start, int end) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /** The token as written. */
  public String text() {
    return text;
  }

  /** Offset of the first character in the document text. */
  public int start() {
    return start;
  }

  /** Offset just past the last character in the document text. */
  public int end() {
    return end;
  }

  /**
   * The text as {@code folder} folds it, computed on the first call and kept. Callers must always
   * pass the same function (there is one: the extractors' {@code Words.fold}).
   */
  public String folded(UnaryOperator<String> folder) {
    String f = folded;
    if (f == null) {
      f = folder.apply(text);
      folded = f;
    }
    return f;
  }

  /** The token in lower case, for lexicon look-ups. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token other && start == other.start && end == other.end && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, start, end);
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", start=" + start + ", end=" + end + "]";
  }
}
