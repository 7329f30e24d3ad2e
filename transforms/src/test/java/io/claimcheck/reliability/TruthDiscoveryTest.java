package io.claimcheck.reliability;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.reliability.TruthDiscovery.FactVotes;
import io.claimcheck.reliability.TruthDiscovery.Reading;
import io.claimcheck.reliability.TruthDiscovery.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Truth discovery on hand-made facts: outlets that report several stories, values that agree only
 * when equal. Documents are named {@code outlet/story}, so an outlet is the part before the slash.
 */
@RunWith(JUnit4.class)
public class TruthDiscoveryTest {

  private static final BiPredicate<String, String> EQUAL = String::equals;
  private static final Function<String, String> OUTLET = doc -> doc.substring(0, doc.indexOf('/'));
  private static final ReliabilitySettings DEFAULTS = ReliabilitySettings.defaults();

  /** A fact of {@code story}: outlet → value, each outlet one document. */
  private static FactVotes fact(String story, String... outletValue) {
    Map<String, Set<String>> byDoc = new LinkedHashMap<>();
    for (int i = 0; i < outletValue.length; i += 2) {
      byDoc.put(outletValue[i] + "/" + story, Set.of(outletValue[i + 1]));
    }
    return new FactVotes(story, byDoc, Map.of());
  }

  /** Stories in which "rumor" alone is wrong and the others agree. */
  private static List<FactVotes> rumorWrongIn(int stories) {
    List<FactVotes> facts = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      facts.add(fact("s" + s, "ledger", "12", "courier", "12", "post", "12", "rumor", "21"));
    }
    return facts;
  }

  @Test
  public void aSourceThatDisagreesInManyStoriesWeighsLess() {
    Result result = TruthDiscovery.discover(rumorWrongIn(4), OUTLET, EQUAL, DEFAULTS);

    assertThat(result.tallies().get("rumor")).isEqualTo(new SourceTally(0, 4, 4, 0));
    assertThat(result.tallies().get("ledger")).isEqualTo(new SourceTally(0, 4, 4, 4));
    assertThat(result.weights().of("rumor")).isLessThan(1.0);
    assertThat(result.weights().of("ledger")).isGreaterThan(1.0);
    assertThat(result.weights().of("rumor")).isEqualTo(DEFAULTS.minWeight());
  }

  @Test
  public void weightsBreakATwoAgainstTwoTieTowardTheReliableSources() {
    List<FactVotes> facts = new ArrayList<>(rumorWrongIn(2));
    // "post" is reliable so far and sides with "rumor" here: 2 voices against 2.
    FactVotes tie = fact("s9", "ledger", "5", "courier", "5", "post", "8", "rumor", "8");
    facts.add(tie);

    assertThat(tie.consensus(EQUAL, doc -> 1.0)).isNull();
    Result result = TruthDiscovery.discover(facts, OUTLET, EQUAL, DEFAULTS);
    assertThat(tie.consensus(EQUAL, doc -> result.weights().of(OUTLET.apply(doc)))).isEqualTo("5");
    // Once decided, the tie counts against the side that lost it.
    assertThat(result.tallies().get("post")).isEqualTo(new SourceTally(0, 3, 3, 2));
    assertThat(result.weights().of("post")).isLessThan(result.weights().of("ledger"));
  }

  @Test
  public void aReliableMinorityDoesNotFlipTwiceAsManyVoices() {
    double low = DEFAULTS.minWeight();
    double high = DEFAULTS.maxWeight();
    List<Reading> readings = List.of(
        new Reading("5", Set.of("a", "b"), Set.of("a", "b")),
        new Reading("8", Set.of("c", "d", "e", "f"), Set.of("c", "d", "e", "f")));
    Map<String, Double> weights = Map.of("a", high, "b", high, "c", low, "d", low, "e", low, "f", low);

    assertThat(TruthDiscovery.consensus(readings, weights::get)).isEqualTo("8");
  }

  @Test
  public void aReliablePairCanOutweighThreeUnreliableVoices() {
    // Inside the bound: 2 × 1.5 > 3 × 0.8. Documented in SourceWeights.
    List<Reading> readings = List.of(
        new Reading("5", Set.of("a", "b"), Set.of("a", "b")),
        new Reading("8", Set.of("c", "d", "e"), Set.of("c", "d", "e")));
    Map<String, Double> weights = Map.of("a", 1.5, "b", 1.5, "c", 0.8, "d", 0.8, "e", 0.8);

    assertThat(TruthDiscovery.consensus(readings, weights::get)).isEqualTo("5");
    assertThat(TruthDiscovery.consensus(readings, v -> 1.0)).isEqualTo("8");
  }

  @Test
  public void aLargeMajorityHoldsAgainstTheMostReliableOutlets() {
    List<FactVotes> facts = new ArrayList<>(rumorWrongIn(5));
    // Four outlets with no record outvote two of the most reliable ones.
    FactVotes fact = fact("s9", "ledger", "5", "courier", "5", "w", "8", "x", "8", "y", "8", "z", "8");
    facts.add(fact);
    Result result = TruthDiscovery.discover(facts, OUTLET, EQUAL, DEFAULTS);

    assertThat(result.weights().of("ledger")).isGreaterThan(1.0);
    assertThat(fact.consensus(EQUAL, doc -> result.weights().of(OUTLET.apply(doc)))).isEqualTo("8");
    // Even at the highest weight they could get.
    assertThat(fact.consensus(EQUAL, doc -> doc.startsWith("ledger") || doc.startsWith("courier")
        ? DEFAULTS.maxWeight() : DEFAULTS.minWeight())).isEqualTo("8");
  }

  @Test
  public void copiesAreOneVoice() {
    // Three copies of one wire text against two independent reports.
    Map<String, Set<String>> byDoc = Map.of(
        "wire/a", Set.of("8"), "wire/b", Set.of("8"), "wire/c", Set.of("8"),
        "ledger/s", Set.of("5"), "courier/s", Set.of("5"));
    FactVotes fact = new FactVotes("s", byDoc, Map.of("wire/b", "wire/a", "wire/c", "wire/a"));

    assertThat(fact.consensus(EQUAL, doc -> 1.0)).isEqualTo("5");
    // Each copy still answers for its own outlet.
    assertThat(fact.agreement("5", EQUAL)).containsExactly(
        "courier/s", true, "ledger/s", true, "wire/a", false, "wire/b", false, "wire/c", false);
  }

  @Test
  public void aSourceSeenInOneStoryKeepsWeightOne() {
    // A document id as source: one story, so no track record, whatever it says there.
    Result result = TruthDiscovery.discover(rumorWrongIn(1), OUTLET, EQUAL, DEFAULTS);

    assertThat(result.tallies().get("rumor").stories()).isEqualTo(1);
    assertThat(result.weights().of("rumor")).isEqualTo(1.0);
    assertThat(result.weights().of("ledger")).isEqualTo(1.0);
  }

  @Test
  public void zeroRoundsIsThePlainMajority() {
    Result result = TruthDiscovery.discover(rumorWrongIn(4), OUTLET, EQUAL, DEFAULTS.withRounds(0));

    assertThat(result.weights()).isEqualTo(SourceWeights.NEUTRAL);
    assertThat(result.tallies()).isEmpty();
  }

  @Test
  public void theOrderOfTheFactsDoesNotMatter() {
    List<FactVotes> facts = new ArrayList<>(rumorWrongIn(3));
    facts.add(fact("s9", "ledger", "5", "courier", "5", "post", "8", "rumor", "8"));
    facts.add(fact("s8", "ledger", "1", "post", "1", "rumor", "2"));
    Result expected = TruthDiscovery.discover(facts, OUTLET, EQUAL, DEFAULTS);
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(facts, random);
      assertThat(TruthDiscovery.discover(facts, OUTLET, EQUAL, DEFAULTS)).isEqualTo(expected);
    }
  }

  @Test
  public void withEqualWeightsTheConsensusIsTheMajorityThenTheCompatibleVoices() {
    List<Reading> readings = List.of(
        new Reading(">75", Set.of("a"), Set.of("a", "b")),
        new Reading("80", Set.of("b"), Set.of("a", "b")),
        new Reading("90", Set.of("c"), Set.of("a", "c")));
    // ">75" and "80" tie on voices and on compatible voices: no consensus.
    assertThat(TruthDiscovery.consensus(readings, v -> 1.0)).isNull();
    assertThat(TruthDiscovery.consensus(readings.subList(0, 1), v -> 1.0)).isEqualTo(">75");
  }

  @Test
  public void tiedReadingsCompatibleWithEachOtherAreOneConsensus() {
    // A court date written with and without its weekday by two voices each, and a third date.
    List<Reading> dates = List.of(
        new Reading("--04-02", Set.of("a", "b"), Set.of("a", "b", "c", "d")),
        new Reading("Tuesday, --04-02", Set.of("c", "d"), Set.of("a", "b", "c", "d")),
        new Reading("Wednesday, --04-03", Set.of("e"), Set.of("e")));
    BiPredicate<String, String> sameDay = (x, y) -> !x.startsWith("Wednesday") && !y.startsWith("Wednesday");
    assertThat(TruthDiscovery.consensus(dates, v -> 1.0)).isNull();
    assertThat(TruthDiscovery.consensus(dates, v -> 1.0, sameDay)).isEqualTo("--04-02");
    // ">75" and "80" tie and overlap; "60" agrees with neither: a consensus exists (either reading
    // flags the same voice, "60"), the first in value order.
    List<Reading> counts = List.of(
        new Reading(">75", Set.of("a"), Set.of("a", "b")),
        new Reading("80", Set.of("b"), Set.of("a", "b")),
        new Reading("60", Set.of("c"), Set.of("c")));
    BiPredicate<String, String> overlap = (x, y) -> !x.equals("60") && !y.equals("60");
    assertThat(TruthDiscovery.consensus(counts, v -> 1.0)).isNull();
    assertThat(TruthDiscovery.consensus(counts, v -> 1.0, overlap)).isEqualTo("80");
    // Tied readings that disagree with each other still give none.
    List<Reading> apart = List.of(
        new Reading("80", Set.of("b"), Set.of("b")),
        new Reading("60", Set.of("c"), Set.of("c")));
    assertThat(TruthDiscovery.consensus(apart, v -> 1.0, overlap)).isNull();
  }
}
