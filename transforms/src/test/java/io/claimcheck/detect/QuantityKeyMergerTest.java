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
public class QuantityKeyMergerTest {

  private static Claim count(String doc, String noun, String event, Double low, Double high, String text) {
    Map<String, String> q = Map.of("event", event);
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key(noun + ".count", q), noun, "count", new TreeMap<>(q),
        ClaimValue.quantity(text, low, high, noun + "s"), Polarity.POSITIVE, text + ".", 0, 10, 0.8);
  }

  private static Claim count(String doc, String noun, String event, double n) {
    return count(doc, noun, event, n, n, (long) n + " " + noun + "s");
  }

  private static Claim figure(String doc, String noun, String attribute, Map<String, String> q, double x, String unit) {
    String text = (x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x)) + " " + unit;
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key(noun + "." + attribute, q), noun, attribute,
        new TreeMap<>(q), ClaimValue.quantity(text, x, x, unit), Polarity.POSITIVE, text + ".", 0, 10, 0.8);
  }

  /** doc -> key, in input order. */
  private static List<String> keys(List<Claim> claims) {
    return claims.stream().map(c -> c.docId() + " " + c.topicKey()).collect(Collectors.toList());
  }

  @Test
  public void oneCountWordedWithTwoVerbsIsOneKeyAndAThirdFigureJoinsIt() {
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
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
  public void anAboutCountSharesTheExactCountsWording() {
    // "about 340 homes were swamped" and "water got into 340 homes": one count of homes.
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        count("a", "home", "swamp", 306d, 374d, "~340 homes"),
        count("b", "home", "swamp", 306d, 374d, "~340 homes"),
        count("c", "home", "get", 340d, 340d, "340 homes")));

    assertThat(keys(merged)).containsExactly("a home.count{event=swamp}", "b home.count{event=swamp}",
        "c home.count{event=swamp}").inOrder();
    // "about 2,000 workers walked out" and "the plant employs 2,000 workers": a round figure.
    List<Claim> round = List.of(count("a", "worker", "walk", 1800d, 2200d, "~2000 workers"),
        count("b", "worker", "walk", 1800d, 2200d, "~2000 workers"), count("c", "worker", "employ", 2000));
    assertThat(QuantityKeyMerger.merge(round)).isEqualTo(round);
  }

  @Test
  public void twoEventsTheLexiconNamesAreTwoFactsAndRangesAreNoEvidence() {
    List<Claim> named = List.of(count("a", "person", "injure", 30), count("b", "person", "hospitalize", 30));
    List<Claim> dozens = List.of(count("a", "person", "gather", 24d, 144d, "dozens people"),
        count("b", "person", "march", 24d, 144d, "dozens people"));
    List<Claim> open = List.of(count("a", "person", "gather", 100d, null, ">100 people"),
        count("b", "person", "march", 100d, null, ">100 people"));

    assertThat(QuantityKeyMerger.merge(named)).isEqualTo(named);
    assertThat(QuantityKeyMerger.merge(dozens)).isEqualTo(dozens);
    assertThat(QuantityKeyMerger.merge(open)).isEqualTo(open);
  }

  @Test
  public void smallCountsOtherNounsAndOneDocumentAreNoEvidence() {
    List<Claim> small = List.of(count("a", "person", "kill", 2), count("b", "person", "arrest", 2));
    List<Claim> nouns = List.of(count("a", "officer", "search", 200), count("b", "volunteer", "search", 200));
    List<Claim> oneDoc = List.of(count("a", "ballot", "cast", 5000), count("a", "ballot", "count", 5000));

    assertThat(QuantityKeyMerger.merge(small)).isEqualTo(small);
    assertThat(QuantityKeyMerger.merge(nouns)).isEqualTo(nouns);
    assertThat(QuantityKeyMerger.merge(oneDoc)).isEqualTo(oneDoc);
  }

  @Test
  public void aDocumentGivingBothWithDifferentValuesKeepsThemApart() {
    // "30 were injured and 12 hospitalized" in one report: the 30 hospitalized of another is a slip,
    // not evidence that injured and hospitalized are one count.
    List<Claim> claims = List.of(
        count("a", "person", "injure", 30),
        count("a", "person", "hospitalize", 12),
        count("b", "person", "hospitalize", 30));

    assertThat(QuantityKeyMerger.merge(claims)).isEqualTo(claims);
  }

  @Test
  public void aRoundedFigureUnderAThirdVerbJoinsTheMergedCount() {
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
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
    Map<String, String> expected = byClaim(QuantityKeyMerger.merge(claims));
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(claims, random);
      assertThat(byClaim(QuantityKeyMerger.merge(claims))).isEqualTo(expected);
    }
  }

  private static Map<String, String> byClaim(List<Claim> claims) {
    Map<String, String> out = new TreeMap<>();
    claims.forEach(c -> out.put(c.docId() + " " + c.value().text() + " " + c.sentence(), c.topicKey()));
    return out;
  }

  @Test
  public void aParticularFigureNamedByTwoNounsIsOneFactAndAnotherValueContradictsIt() {
    // "unemployment rose to 5.3%" / "the jobless rate reached 5.3%" / "the jobless rate, 5.1%": the
    // last now contradicts the others.
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        figure("a", "unemployment", "rate", Map.of(), 5.3, "%"),
        figure("b", "unemployment", "rate", Map.of("according_to", "the statistics office"), 5.3, "%"),
        figure("c", "jobless", "rate", Map.of(), 5.3, "%"),
        figure("d", "unemployment", "rate", Map.of(), 5.3, "%"),
        figure("e", "jobless", "rate", Map.of(), 5.1, "%")));

    assertThat(keys(merged)).containsExactly("a unemployment.rate{}", "b unemployment.rate{}",
        "c unemployment.rate{}", "d unemployment.rate{}", "e unemployment.rate{}").inOrder();
    assertThat(merged.get(2).subject()).isEqualTo("unemployment");
    assertThat(merged.get(1).qualifiers()).containsEntry("according_to", "the statistics office");
  }

  @Test
  public void aRoundFigureOfTwoNounsOrOfTwoPeopleIsNoEvidence() {
    // "a three-year contract" and "a three-year sentence"; two defendants aged 52.
    List<Claim> round = List.of(figure("a", "contract", "duration", Map.of(), 3, "years"),
        figure("b", "sentence", "duration", Map.of(), 3, "years"));
    List<Claim> people = List.of(figure("a", "person", "age", Map.of("person", "ana reyes"), 52, "years"),
        figure("b", "person", "age", Map.of("person", "tomas vidal"), 52, "years"));

    assertThat(QuantityKeyMerger.merge(round)).isEqualTo(round);
    assertThat(QuantityKeyMerger.merge(people)).isEqualTo(people);
  }

  @Test
  public void aRoundFigureOfOneNounMergesItsQualifiers() {
    // "a $50,000 reward" and "a reward of $50,000 for information": one reward, however qualified.
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        figure("a", "reward", "amount", Map.of(), 50000, "USD"),
        figure("b", "reward", "amount", Map.of(), 50000, "USD"),
        figure("c", "reward", "amount", Map.of("per", "tip"), 50000, "USD")));

    assertThat(keys(merged)).containsExactly("a reward.amount{}", "b reward.amount{}", "c reward.amount{}").inOrder();
  }

  @Test
  public void aDocumentGivingTwoFiguresWithDifferentValuesKeepsThemApart() {
    // "inflation 3.4%, core 2.9%" in one report: another's "core inflation 3.4%" is a slip.
    List<Claim> claims = List.of(
        figure("a", "inflation", "rate", Map.of(), 3.4, "%"),
        figure("a", "core", "rate", Map.of(), 2.9, "%"),
        figure("b", "core", "rate", Map.of(), 3.4, "%"));

    assertThat(QuantityKeyMerger.merge(claims)).isEqualTo(claims);
  }

  @Test
  public void smallCountsOfOneThingWordedWithTwoVerbsAreOneFact() {
    // "three helicopters joined the search", "three helicopters flew in teams": one fleet. People
    // still need 10: "2 dead" and "2 arrested" are two facts.
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        count("a", "helicopter", "join", 3), count("b", "helicopter", "fly", 3), count("c", "helicopter", "fly", 4)));
    List<Claim> people = List.of(count("a", "person", "shelter", 3), count("b", "person", "house", 3));

    assertThat(keys(merged)).containsExactly("a helicopter.count{event=fly}", "b helicopter.count{event=fly}",
        "c helicopter.count{event=fly}").inOrder();
    assertThat(QuantityKeyMerger.merge(people)).isEqualTo(people);
  }

  @Test
  public void peopleCountedByAnotherNounAreCountedAsPeople() {
    // "two climbers are still missing" / "leaving two people missing" (other wording: divers).
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        count("a", "person", "miss", 2), count("b", "diver", "miss", 2), count("c", "diver", "miss", 3)));

    assertThat(keys(merged)).containsExactly("a person.count{event=miss}", "b person.count{event=miss}",
        "c person.count{event=miss}").inOrder();
    assertThat(merged.get(1).value().text()).isEqualTo("2 people");
    assertThat(merged.get(1).value().unit()).isEqualTo("people");
    assertThat(merged.get(1).subject()).isEqualTo("person");
  }

  @Test
  public void anotherNounStaysApartWhenAReportGivesBothOrTheEventIsNotAPersonsOrNoneIsGiven() {
    // "4 divers killed and 7 people killed" in one report are two counts; "3 boats sank" is no people.
    List<Claim> both = List.of(count("a", "person", "kill", 7), count("a", "diver", "kill", 4),
        count("b", "diver", "kill", 7));
    List<Claim> things = List.of(count("a", "person", "sink", 3), count("b", "boat", "sink", 3));
    Claim noEvent = new Claim("c", "s", ClaimKind.QUANTITY, "capacity.count{}", "capacity", "count", new TreeMap<>(),
        ClaimValue.quantity("300 people", 300d, 300d, "people"), Polarity.POSITIVE, "x.", 0, 1, 0.8);
    List<Claim> withoutEvent = List.of(count("a", "person", "kill", 7), noEvent);

    assertThat(QuantityKeyMerger.merge(both)).isEqualTo(both);
    assertThat(QuantityKeyMerger.merge(things)).isEqualTo(things);
    assertThat(QuantityKeyMerger.merge(withoutEvent)).isEqualTo(withoutEvent);
  }

  @Test
  public void aLengthSaidToBeLongAndOneNotSaidSoAreOneFamily() {
    // "a 14-mile path" (distance) and "the path was 14 miles long" (length).
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        figure("a", "path", "length", Map.of(), 22.5, "km"), figure("b", "path", "length", Map.of(), 22.5, "km"),
        figure("c", "track", "distance", Map.of(), 22.5, "km")));

    assertThat(keys(merged)).containsExactly("a path.length{}", "b path.length{}", "c path.length{}").inOrder();
    assertThat(merged.get(2).attribute()).isEqualTo("length");
  }

  @Test
  public void aRoundFigureAsWrittenOrOnOtherGoodsIsNoEvidence() {
    // "a 5-mile stretch of highway" and "within 5 miles of town": 8.04672 km, one digit as written.
    Claim stretch = new Claim("a", "s", ClaimKind.QUANTITY, "stretch.length{}", "stretch", "length", new TreeMap<>(),
        new ClaimValue(io.claimcheck.model.ValueKind.QUANTITY, "8.05 km", 8.04672, 8.04672, "km", "mi"),
        Polarity.POSITIVE, "x.", 0, 1, 0.8);
    Claim town = new Claim("b", "s", ClaimKind.QUANTITY, "town.distance{}", "town", "distance", new TreeMap<>(),
        new ClaimValue(io.claimcheck.model.ValueKind.QUANTITY, "8.05 km", 8.04672, 8.04672, "km", "mi"),
        Polarity.POSITIVE, "x.", 0, 1, 0.8);
    // "a 25% tariff on steel" and "a 25% tariff on cars": two facts whatever the value.
    List<Claim> goods = List.of(figure("a", "tariff", "rate", Map.of("product", "steel"), 25, "%"),
        figure("b", "levy", "rate", Map.of("product", "car"), 25, "%"));

    assertThat(QuantityKeyMerger.merge(List.of(stretch, town))).isEqualTo(List.of(stretch, town));
    assertThat(QuantityKeyMerger.merge(goods)).isEqualTo(goods);
  }

  @Test
  public void aFigureGivenAboutAndExactlyIsOneValue() {
    // "will cost about $3.4 billion" and "put the bill at $3.4 billion": the approximator says how
    // the source rounds, not another figure.
    Claim about = new Claim("a", "s", ClaimKind.QUANTITY, "cost.amount{}", "cost", "amount", new TreeMap<>(),
        ClaimValue.quantity("USD ~3400000000", 3.06e9, 3.74e9, "USD"), Polarity.POSITIVE, "x.", 0, 10, 0.8);
    Claim aboutToo = new Claim("b", "s", ClaimKind.QUANTITY, "cost.amount{}", "cost", "amount", new TreeMap<>(),
        ClaimValue.quantity("USD ~3400000000", 3.06e9, 3.74e9, "USD"), Polarity.POSITIVE, "x.", 0, 10, 0.8);
    List<Claim> merged = QuantityKeyMerger.merge(List.of(about, aboutToo,
        figure("c", "bill", "amount", Map.of(), 3.4e9, "USD")));

    assertThat(keys(merged)).containsExactly("a cost.amount{}", "b cost.amount{}", "c cost.amount{}").inOrder();

    // "nearly $3.4 billion" is [0.9N, N]: its written number is still 3.4 billion, not the middle.
    Claim nearly = new Claim("d", "s", ClaimKind.QUANTITY, "outlay.amount{}", "outlay", "amount", new TreeMap<>(),
        ClaimValue.quantity("USD ~3400000000", 3.06e9, 3.4e9, "USD"), Polarity.POSITIVE, "x.", 0, 10, 0.8);
    List<Claim> withNearly = QuantityKeyMerger.merge(List.of(about, aboutToo, nearly));
    assertThat(keys(withNearly)).containsExactly("a cost.amount{}", "b cost.amount{}", "d cost.amount{}").inOrder();
  }

  @Test
  public void aLoneWordingOfAThingCountNearTheAgreedCountJoinsItEvenWhenItDiffers() {
    // "unloaded 364 crates" twice, "inspected 346 crates" once (a slip), "stacked 150 crates" (another fact).
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        count("a", "crate", "unload", 364), count("b", "crate", "unload", 364),
        count("c", "crate", "inspect", 346), count("d", "crate", "stack", 150)));

    assertThat(keys(merged)).containsExactly("a crate.count{event=unload}", "b crate.count{event=unload}",
        "c crate.count{event=unload}", "d crate.count{event=stack}").inOrder();
  }

  @Test
  public void aLoneWordingJoinsNoCountOfPeopleItDisagreesWithNorOneOfTwoNearCounts() {
    // People: "sheltered 360 people" and "housed 390 people" may be two facts.
    List<Claim> people = List.of(count("a", "person", "shelter", 360), count("b", "person", "shelter", 360),
        count("c", "person", "house", 390));
    // Two agreed counts near the lone one: which fact it tells is unknown.
    List<Claim> twoSets = List.of(count("a", "crate", "unload", 364), count("b", "crate", "unload", 364),
        count("a", "crate", "ship", 412), count("b", "crate", "ship", 412), count("c", "crate", "inspect", 388));
    // One document states the count once: no agreed count to join.
    List<Claim> alone = List.of(count("a", "crate", "unload", 360), count("c", "crate", "inspect", 390));
    // Round numbers differ by chance: "scored 68 goals" twice, "conceded 61 goals" once.
    List<Claim> round = List.of(count("a", "goal", "score", 68), count("b", "goal", "score", 68),
        count("c", "goal", "concede", 61));
    // A verb the lexicon names is another fact: "cancelled 1,240 flights" twice, "grounded 1,420".
    List<Claim> named = List.of(count("a", "flight", "cancel", 1240), count("b", "flight", "cancel", 1240),
        count("c", "flight", "ground", 1420));
    // An event that happens to people, which the lexicon names: "questioned 412 protesters" twice,
    // "421 protesters were arrested".
    List<Claim> protesters = List.of(count("a", "protester", "question", 412), count("b", "protester", "question", 412),
        count("c", "protester", "arrest", 421));

    assertThat(QuantityKeyMerger.merge(people)).isEqualTo(people);
    assertThat(keys(QuantityKeyMerger.merge(twoSets))).contains("c crate.count{event=inspect}");
    assertThat(QuantityKeyMerger.merge(alone)).isEqualTo(alone);
    assertThat(QuantityKeyMerger.merge(round)).isEqualTo(round);
    assertThat(QuantityKeyMerger.merge(named)).isEqualTo(named);
    assertThat(QuantityKeyMerger.merge(protesters)).isEqualTo(protesters);
    // "about 1,500 crates" is a round figure, however near: no slip.
    List<Claim> about = List.of(count("a", "crate", "unload", 1240), count("b", "crate", "unload", 1240),
        count("c", "crate", "inspect", 1350d, 1650d, "~1500 crates"));
    assertThat(QuantityKeyMerger.merge(about)).isEqualTo(about);
  }

  @Test
  public void aFigureThatNamesNoGoodsIsOneWithOneThatDoes() {
    // "will invest $2.6 billion in a steel mill" and "the $2.6 billion outlay".
    List<Claim> merged = QuantityKeyMerger.merge(List.of(
        figure("a", "investment", "amount", Map.of("product", "steel"), 2.6e9, "USD"),
        figure("b", "outlay", "amount", Map.of(), 2.6e9, "USD")));
    assertThat(keys(merged)).containsExactly("a investment.amount{product=steel}", "b investment.amount{product=steel}")
        .inOrder();

    // With a figure on other goods as well, the one naming none joins one of them, never both.
    List<Claim> three = QuantityKeyMerger.merge(List.of(
        figure("a", "investment", "amount", Map.of("product", "steel"), 2.6e9, "USD"),
        figure("b", "outlay", "amount", Map.of(), 2.6e9, "USD"),
        figure("c", "investment", "amount", Map.of("product", "car"), 2.6e9, "USD")));
    assertThat(three.get(0).topicKey()).isNotEqualTo(three.get(2).topicKey());
    assertThat(three.get(1).topicKey()).isAnyOf(three.get(0).topicKey(), three.get(2).topicKey());

    // The same when the key naming no goods is the one the others merge into ("capex" sorts first):
    // the merged set then names the goods of the one it took in, and takes no other.
    List<Claim> intoBare = QuantityKeyMerger.merge(List.of(
        figure("a", "capex", "amount", Map.of(), 2.6e9, "USD"),
        figure("b", "investment", "amount", Map.of("product", "steel"), 2.6e9, "USD"),
        figure("c", "investment", "amount", Map.of("product", "car"), 2.6e9, "USD")));
    assertThat(intoBare.get(1).topicKey()).isNotEqualTo(intoBare.get(2).topicKey());
  }

  @Test
  public void aCountOfAnotherNounIsOfPeopleWhenAParticularValueAndItsEventAreShared() {
    // "trials involving 31,400 volunteers" and "trials involving 31,400 people".
    List<Claim> merged = QuantityKeyMerger.merge(List.of(count("a", "volunteer", "involve", 31400),
        count("b", "person", "involve", 31400)));
    assertThat(keys(merged)).containsExactly("a person.count{event=involve}", "b person.count{event=involve}").inOrder();
    assertThat(merged.get(0).value().text()).isEqualTo("31400 people");

    // "involving 40 volunteers" and "involving 40 people": a round number, two groups as likely as one.
    List<Claim> round = List.of(count("a", "volunteer", "involve", 40), count("b", "person", "involve", 40));
    assertThat(QuantityKeyMerger.merge(round)).isEqualTo(round);
  }
}
