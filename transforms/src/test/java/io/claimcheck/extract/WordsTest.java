package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.nlp.Token;
import io.claimcheck.nlp.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class WordsTest {

  private static final Map<String, String> LEXICON = Map.of(
      "power outage", "outage",
      "power outage warning", "warning",
      "blackout", "outage",
      "rolling blackout zone", "zone");

  @Test
  public void prefixesAreTheProperWordPrefixesOfMultiWordEntries() {
    assertThat(Words.phrasePrefixes(LEXICON)).containsExactly("power", "power outage", "rolling", "rolling blackout");
  }

  @Test
  public void longestPhrasePrefersTheLongestEntry() {
    List<Token> t = Tokenizer.tokenize("A Power Outage Warning was issued for the rolling blackout zone", 0);
    Words.Match three = Words.longestPhrase(t, 1, LEXICON, 3);
    assertThat(three).isEqualTo(new Words.Match("warning", 3));
    // With at most two words, the two-word entry.
    assertThat(Words.longestPhrase(t, 1, LEXICON, 2)).isEqualTo(new Words.Match("outage", 2));
    // "blackout" alone is an entry, and also the middle of a longer one that does not start here.
    assertThat(Words.longestPhrase(t, 9, LEXICON, 3)).isEqualTo(new Words.Match("outage", 1));
    assertThat(Words.longestPhrase(t, 8, LEXICON, 3)).isEqualTo(new Words.Match("zone", 3));
    // "rolling" begins an entry but is none: no match when the entry does not follow.
    assertThat(Words.longestPhrase(Tokenizer.tokenize("rolling hills", 0), 0, LEXICON, 3)).isNull();
    assertThat(Words.longestPhrase(t, 0, LEXICON, 3)).isNull();
  }

  @Test
  public void foldOfATokenIsTheFoldOfItsText() {
    Token t = new Token("Café’s", 0, 6);
    assertThat(Words.fold(t)).isEqualTo(Words.fold("Café’s"));
    assertThat(Words.fold(t)).isEqualTo("cafe's");
  }

  @Test
  public void irregularPastFormsHaveTheirLemma() {
    // Keys use lemmas ("event=win"): "won" and "win" must be one predicate.
    for (String[] pair : new String[][] {{"won", "win"}, {"lost", "lose"}, {"paid", "pay"}, {"sold", "sell"},
        {"bought", "buy"}, {"spent", "spend"}, {"rose", "rise"}, {"risen", "rise"}, {"fell", "fall"},
        {"fallen", "fall"}, {"grew", "grow"}, {"grown", "grow"}, {"struck", "strike"}, {"shot", "shoot"}}) {
      assertThat(Words.lemma(pair[0])).isEqualTo(pair[1]);
    }
  }

  @Test
  public void regularVerbFormsShareTheirBaseForm() {
    // "reduced", "reduces" and "reducing" must be one predicate; so must "cancelled" and "cancels".
    String[][] pairs = {
        {"reduced", "reduce"}, {"reducing", "reduce"}, {"reduces", "reduce"}, {"closed", "close"}, {"voted", "vote"},
        {"exposed", "expose"}, {"housed", "house"}, {"declared", "declare"}, {"decided", "decide"},
        {"included", "include"}, {"settled", "settle"}, {"ruled", "rule"}, {"declined", "decline"},
        {"created", "create"}, {"cancelled", "cancel"}, {"stopped", "stop"}, {"planned", "plan"}, {"committed", "commit"},
        {"argued", "argue"}, {"agreed", "agree"}, {"charged", "charge"}, {"changed", "change"}, {"moved", "move"},
        {"escaped", "escape"}, {"named", "name"}, {"welcomed", "welcome"}, {"caused", "cause"}, {"fired", "fire"},
        {"making", "make"}, {"taking", "take"}, {"released", "release"}, {"increased", "increase"},
        {"raised", "raise"}, {"praised", "praise"}, {"cruised", "cruise"}, {"scored", "score"}, {"stored", "store"},
        {"shared", "share"}, {"scoring", "score"}, {"starred", "star"},
        // and the ones that keep no "e"
        {"killed", "kill"}, {"treated", "treat"}, {"claimed", "claim"}, {"joined", "join"}, {"looked", "look"},
        {"visited", "visit"}, {"wanted", "want"}, {"passed", "pass"}, {"added", "add"}, {"cleared", "clear"},
        {"repaired", "repair"}, {"avoided", "avoid"}, {"shouted", "shout"}, {"flooded", "flood"}, {"curled", "curl"},
        {"toured", "tour"}, {"piloted", "pilot"}, {"helped", "help"}, {"turned", "turn"}, {"rained", "rain"},
        {"biased", "bias"}, {"aliased", "alias"}, {"poured", "pour"}, {"offered", "offer"}, {"monitored", "monitor"},
        {"steered", "steer"}};
    for (String[] pair : pairs) {
      assertWithMessage(pair[0]).that(Words.lemma(pair[0])).isEqualTo(pair[1]);
    }
  }
}
