package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.Test;

/** {@link PersonFinder#matchesNameWord} accepts exactly the words its regex accepts. */
public class PersonFinderNameWordTest {

  private static final List<String> WORDS = List.of(
      "", "a", "A", "Okonkwo", "O'Neill", "O’Brien", "Jean-Luc", "Dr.", "St.", "MacLeod", "ÉLODIE",
      "Çelik", "Søren", "Nguyễn", "Zoë", "Åsa", "e\u0301", "E\u0301mile", "Ǆemal", "ǅemal", "Ⓐbc",
      "İstanbul", "Москва", "Ελλάδα", "東京", "Abc1", "Abc_d", "Abc,", "'Abc", "A.B.", "X\uD835\uDC00",
      "\uD835\uDC00bc", "Quake's", "Rain—", "ABC-7", "Tom ");

  @Test
  public void loopEqualsRegex() {
    for (String w : WORDS) {
      assertWithMessage(w).that(PersonFinder.matchesNameWord(w)).isEqualTo(PersonFinder.NAME_WORD.matcher(w).matches());
    }
  }

  @Test
  public void nameWordEqualsTheTwoRegexes() {
    List<String> folded = List.of("", "'s", "o'neill's", "jean-luc", "dr.", "smith,", "ngozi's's", "a1b2",
        "zoë", "e\u0301mile", "x\uD835\uDC00y", "\uD83D\uDE00", "it’s", "ab's\n", "line\u2028end's", "st. john",
        "(lee)", "_under_score_");
    for (String f : folded) {
      String expected = PersonFinder.NOT_NAME_CHARS.matcher(PersonFinder.POSSESSIVE.matcher(f).replaceAll("")).replaceAll("");
      assertWithMessage(f).that(PersonFinder.nameWord(f)).isEqualTo(expected);
    }
  }
}
