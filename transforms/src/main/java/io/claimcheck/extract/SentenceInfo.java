package io.claimcheck.extract;

import io.claimcheck.nlp.Sentence;
import io.claimcheck.nlp.Token;
import java.util.List;

/**
 * A sentence with what the extractors need from it: tokens, persons, countries, and who speaks.
 *
 * @param sentence the sentence and its offsets
 * @param tokens its tokens
 * @param persons persons named in it, in text order
 * @param countries countries named in it (canonical names, with token positions)
 * @param speaker the person a quotation in it is attributed to, or empty
 */
record SentenceInfo(
    Sentence sentence, List<Token> tokens, List<PersonMention> persons, List<CountryMention> countries, String speaker) {

  /** The person named last before token {@code position} (the name ending at or before it), or empty. */
  String nearestPersonBefore(int position) {
    String nearest = "";
    for (PersonMention p : persons) {
      if (p.endToken() <= position) {
        nearest = p.name();
      }
    }
    return nearest;
  }

  /** A country named in a sentence. */
  record CountryMention(int startToken, int endToken, String country) {}
}
