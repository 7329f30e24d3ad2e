package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class CountKeyMergerTest {

  private static Claim count(String doc, String noun, String event, Double low, Double high, String text) {
    Map<String, String> q = Map.of("event", event);
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key(noun + ".count", q), noun, "count", new TreeMap<>(q),
        ClaimValue.quantity(text, low, high, noun + "s"), Polarity.POSITIVE, text + ".", 0, 10, 0.8);
  }

  private static Claim count(String doc, String noun, String event, double n) {
    return count(doc, noun, event, n, n, (long) n + " " + noun + "s");
  }

  /** doc -> key, in input order. */
  private static List<String> keys(List<Claim> claims) {
    return claims.stream().map(c -> c.docId() + " " + c.topicKey()).collect(Collectors.toList());
  }

  @Test
  public void oneCountWordedWithTwoVerbsIsOneKeyAndAThirdFigureJoinsIt() {
    List<Claim> merged = CountKeyMerger.merge(List.of(
        count("a", "job", "lay off", 5400),
        count("b", "job", "lay off", 5400),
        count("c", "job", "trim", 5400),
        count("d", "job", "trim", 4500)));

    // "lay off" is used by two documents, "trim" (a verb the lexicon does not know) by two: the
    // first key in order wins the tie.
    assertThat(keys(merged)).containsExactly("a job.count{event=lay off}", "b job.count{event=lay off}",
        "c job.count{event=lay off}", "d job.count{event=lay off}").inOrder();
    assertThat(merged.get(3).qualifiers()).containsEntry("event", "lay off");
  }

  @Test
  public void twoEventsTheLexiconNamesAreTwoFactsAndRangesAreNoEvidence() {
    List<Claim> named = List.of(count("a", "person", "injure", 30), count("b", "person", "hospitalize", 30));
    List<Claim> dozens = List.of(count("a", "person", "gather", 24d, 144d, "dozens people"),
        count("b", "person", "march", 24d, 144d, "dozens people"));
    List<Claim> open = List.of(count("a", "person", "gather", 100d, null, ">100 people"),
        count("b", "person", "march", 100d, null, ">100 people"));

    assertThat(CountKeyMerger.merge(named)).isEqualTo(named);
    assertThat(CountKeyMerger.merge(dozens)).isEqualTo(dozens);
    assertThat(CountKeyMerger.merge(open)).isEqualTo(open);
  }

  @Test
  public void smallCountsOtherNounsAndOneDocumentAreNoEvidence() {
    List<Claim> small = List.of(count("a", "person", "kill", 2), count("b", "person", "arrest", 2));
    List<Claim> nouns = List.of(count("a", "officer", "search", 200), count("b", "volunteer", "search", 200));
    List<Claim> oneDoc = List.of(count("a", "ballot", "cast", 5000), count("a", "ballot", "count", 5000));

    assertThat(CountKeyMerger.merge(small)).isEqualTo(small);
    assertThat(CountKeyMerger.merge(nouns)).isEqualTo(nouns);
    assertThat(CountKeyMerger.merge(oneDoc)).isEqualTo(oneDoc);
  }

  @Test
  public void aDocumentGivingBothWithDifferentValuesKeepsThemApart() {
    // "30 were injured and 12 hospitalized" in one report: the 30 hospitalized of another is a slip,
    // not evidence that injured and hospitalized are one count.
    List<Claim> claims = List.of(
        count("a", "person", "injure", 30),
        count("a", "person", "hospitalize", 12),
        count("b", "person", "hospitalize", 30));

    assertThat(CountKeyMerger.merge(claims)).isEqualTo(claims);
  }

  @Test
  public void aRoundedFigureUnderAThirdVerbJoinsTheMergedCount() {
    List<Claim> merged = CountKeyMerger.merge(List.of(
        count("a", "ballot", "set", 412),
        count("b", "ballot", "cover", 412),
        count("c", "ballot", "go", 400d, null, ">400 ballots"),
        // Far from 412: another figure, left alone.
        count("d", "ballot", "reject", 150d, null, ">150 ballots")));

    assertThat(keys(merged)).containsExactly("a ballot.count{event=cover}", "b ballot.count{event=cover}",
        "c ballot.count{event=cover}", "d ballot.count{event=reject}").inOrder();
  }

  @Test
  public void theResultDoesNotDependOnTheOrderOfTheClaims() {
    List<Claim> claims = new ArrayList<>(List.of(
        count("a", "job", "lay off", 5400), count("b", "job", "lose", 5400), count("c", "job", "go", 5400),
        count("d", "job", "cut", 300), count("e", "job", "create", 300), count("e", "job", "cut", 200)));
    Map<String, String> expected = byClaim(CountKeyMerger.merge(claims));
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(claims, random);
      assertThat(byClaim(CountKeyMerger.merge(claims))).isEqualTo(expected);
    }
  }

  private static Map<String, String> byClaim(List<Claim> claims) {
    Map<String, String> out = new TreeMap<>();
    claims.forEach(c -> out.put(c.docId() + " " + c.value().text() + " " + c.sentence(), c.topicKey()));
    return out;
  }
}
