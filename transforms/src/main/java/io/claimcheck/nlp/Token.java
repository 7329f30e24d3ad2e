package io.claimcheck.nlp;

import java.io.Serializable;

/**
 * A token of a sentence, with character offsets in the document text.
 *
 * @param text the token as written
 * @param start offset of the first character in the document text
 * @param end offset just past the last character in the document text
 */
public record Token(String text, int start, int end) implements Serializable {

  /** The token in lower case, for lexicon look-ups. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
