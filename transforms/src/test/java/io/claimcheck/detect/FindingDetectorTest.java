package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.DocumentValues;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Polarity;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.TopicKeys;
import io.claimcheck.normalize.ValueSignatures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Detection on hand-made claims from stories unlike the sample corpus. */
@RunWith(JUnit4.class)
public class FindingDetectorTest {

  private final FindingDetector detector = new FindingDetector(DetectionSettings.defaults());

  private static Claim toll(String doc, double low, Double high, String text, Map<String, String> q) {
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key("person.count", q), "person", "count",
        new TreeMap<>(q), ClaimValue.quantity(text, low, high, "people"), Polarity.POSITIVE,
        doc + " says " + text + " died.", 0, 5, 0.8);
  }

  private static TopicGroup group(List<Claim> claims) {
    return new TopicGroup("s", claims.get(0).topicKey(), claims);
  }

  @Test
  public void flagsTheSourceThatDisagreesWithTheMajority() {
    Map<String, String> q = Map.of("event", "kill");
    List<Finding> findings = detector.detect(group(List.of(
        toll("a", 12, 12d, "12 people", q), toll("b", 12, 12d, "12 people", q),
        toll("c", 12, 12d, "12 people", q), toll("d", 30, 30d, "30 people", q))),
        List.of("a", "b", "c", "d"));
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.type()).isEqualTo(FindingType.CONTRADICTION);
    assertThat(f.consensusValue()).isEqualTo("12 people");
    assertThat(f.flaggedSources()).containsExactly("d");
    assertThat(f.supportingSources()).containsExactly("a", "b", "c").inOrder();
    assertThat(f.values().get(0).value()).isEqualTo("12 people");
    assertThat(f.evidence().get(0).docId()).isEqualTo("d");
    assertThat(f.confidence()).isWithin(0.001).of(0.8 * (0.5 + 0.5 * 0.75));
  }

  @Test
  public void aDocumentsVagueFigureDoesNotVouchForAnotherValueWhenItGivesAPreciseOne() {
    // A headline's "hundreds of cars" next to the body's "about 340 cars": the document states 340.
    // Without the rule "hundreds" (stated by a and d) would be the consensus and nobody flagged.
    Map<String, String> q = Map.of("event", "recall");
    List<Finding> findings = detector.detect(group(List.of(
        toll("a", 200, 999d, "200-999 people", q), toll("a", 306, 374d, "~340 people", q),
        toll("b", 306, 374d, "~340 people", q), toll("c", 387, 473d, "~430 people", q),
        toll("d", 200, 999d, "200-999 people", q))),
        List.of("a", "b", "c", "d"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).consensusValue()).isEqualTo("~340 people");
    assertThat(findings.get(0).flaggedSources()).containsExactly("c");
    // A document whose only figure is vague still agrees with the consensus it contains.
    assertThat(findings.get(0).supportingSources()).containsExactly("a", "b", "d");
  }

  @Test
  public void aVaguerFigureSupportsThePreciseOnesWithinIt() {
    // "more than 7 hours" (a, b), "7 hours" (c), "about 7 hours" (d), "about 12 hours" (e): the
    // vague voices support 7, so 12 is the odd one, though "more than 7" also fits it.
    Map<String, String> q = Map.of();
    List<Finding> findings = detector.detect(group(List.of(
        toll("a", 7, null, ">7 people", q), toll("b", 7, null, ">7 people", q), toll("c", 7, 7d, "7 people", q),
        toll("d", 6.3, 7.7, "~7 people", q), toll("e", 10.8, 13.2, "~12 people", q))),
        List.of("a", "b", "c", "d", "e"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).consensusValue()).isEqualTo("7 people");
    assertThat(findings.get(0).flaggedSources()).containsExactly("e");
  }

  @Test
  public void compatibleBoundsAreNotAContradiction() {
    Map<String, String> q = Map.of("event", "evacuate");
    List<Finding> findings = detector.detect(group(List.of(
        toll("a", 2000, 2000d, "2000 people", q), toll("b", 2000, null, ">2000 people", q))),
        List.of("a", "b"));
    assertThat(findings).isEmpty();
  }

  @Test
  public void aTieHasNoConsensusAndFlagsBothSides() {
    Map<String, String> q = Map.of("event", "injure");
    List<Finding> findings = detector.detect(group(List.of(
        toll("a", 40, 40d, "40 people", q), toll("b", 55, 55d, "55 people", q))), List.of("a", "b"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).consensusValue()).isEmpty();
    assertThat(findings.get(0).flaggedSources()).containsExactly("a", "b");
    assertThat(findings.get(0).confidence()).isWithin(0.001).of(0.4);
  }

  @Test
  public void aDocumentThatWritesTheFactsValueIsNotFlaggedAsOmittingIt() {
    // "About 1,300 firefighters are on the lines" in d, where a, b and c say they were assigned.
    Map<String, String> q = Map.of("event", "assign");
    List<Claim> three = List.of(toll("a", 1300, 1300d, "1300 people", q), toll("b", 1300, 1300d, "1300 people", q),
        toll("c", 1300, 1300d, "1300 people", q));
    Map<String, DocumentValues> values = Map.of(
        "d", new DocumentValues("d", sorted(ValueSignatures.ofMention(ClaimValue.quantity("~1300", 1300d, 1300d, ""), "firefighters"))),
        "e", new DocumentValues("e", sorted(ValueSignatures.ofMention(ClaimValue.quantity("1200", 1200d, 1200d, ""), "firefighters"))));
    FindingDetector counting = new FindingDetector(DetectionSettings.defaults());

    List<Finding> findings = counting.detect(group(three), List.of("a", "b", "c", "d", "e"), Map.of(), Map.of(), values::get);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).flaggedSources()).containsExactly("e"); // 1,200 is another number
    assertThat(counting.omissionsWithheld()).isEqualTo(1);
  }

  @Test
  public void aSmallCountWrittenElsewhereNeedsItsNounToWithholdTheFlag() {
    // Two dead: "two wraps" in one document is no mention of the deaths; "2 people" in another is.
    Map<String, String> q = Map.of("event", "kill");
    List<Claim> three = List.of(toll("a", 2, 2d, "2 people", q), toll("b", 2, 2d, "2 people", q), toll("c", 2, 2d, "2 people", q));
    Map<String, DocumentValues> values = Map.of(
        "d", new DocumentValues("d", sorted(ValueSignatures.ofMention(ClaimValue.quantity("2", 2d, 2d, ""), "wraps"))),
        "e", new DocumentValues("e", sorted(ValueSignatures.ofMention(ClaimValue.quantity("2", 2d, 2d, ""), "people"))));

    List<Finding> findings = detector.detect(group(three), List.of("a", "b", "c", "d", "e"), Map.of(), Map.of(), values::get);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).flaggedSources()).containsExactly("d");
  }

  private static long[] sorted(long[] signatures) {
    long[] copy = signatures.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }

  @Test
  public void omissionNeedsThreeSourcesAndHalfTheStory() {
    Map<String, String> q = Map.of("event", "arrest");
    List<Claim> three = List.of(toll("a", 3, 3d, "3 people", q), toll("b", 3, 3d, "3 people", q), toll("c", 3, 3d, "3 people", q));
    List<Finding> findings = detector.detect(group(three), List.of("a", "b", "c", "d", "e"));
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.type()).isEqualTo(FindingType.OMISSION);
    assertThat(f.flaggedSources()).containsExactly("d", "e").inOrder();
    assertThat(f.supportCount()).isEqualTo(3);
    assertThat(f.storySize()).isEqualTo(5);
    // Three of seven is under half the story: no omission.
    assertThat(detector.detect(group(three), List.of("a", "b", "c", "d", "e", "f", "g"))).isEmpty();
    // Two of three is over half but under three sources: no omission.
    assertThat(detector.detect(group(three.subList(0, 2)), List.of("a", "b", "c"))).isEmpty();
  }

  @Test
  public void rolesAreNeverOmitted() {
    Map<String, String> q = Map.of("person", "maria lopez", "role", "fire chief");
    List<Claim> roles = List.of("a", "b", "c").stream()
        .map(d -> new Claim(d, "s", ClaimKind.ROLE, TopicKeys.key("person.role", q), "maria lopez", "role",
            new TreeMap<>(q), ClaimValue.status("current"), Polarity.POSITIVE, "Fire Chief Maria Lopez said.", 0, 4, 0.9))
        .toList();
    assertThat(detector.detect(group(roles), List.of("a", "b", "c", "d"))).isEmpty();
  }

  @Test
  public void opposedPolarityIsAContradiction() {
    Map<String, String> q = Map.of("holder", "acme corp");
    List<Claim> claims = List.of(
        stance("a", Polarity.NEGATIVE, q), stance("b", Polarity.NEGATIVE, q), stance("c", Polarity.POSITIVE, q));
    List<Finding> findings = detector.detect(group(claims), List.of("a", "b", "c"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).flaggedSources()).containsExactly("c");
    assertThat(findings.get(0).consensusValue()).isEqualTo("against");
  }

  private static Claim stance(String doc, Polarity p, Map<String, String> q) {
    return new Claim(doc, "s", ClaimKind.STANCE, TopicKeys.key("stance.merger", q), "acme corp", "merger",
        new TreeMap<>(q), ClaimValue.stated(p == Polarity.NEGATIVE ? "against" : "for"), p, "Acme on the merger.", 0, 4, 0.75);
  }

  @Test
  public void unsaidSoftQualifierJoinsTheOnlyExplicitOne() {
    Claim explicit = rate("a", 15, Map.of("product", "steel", "target", "canada"));
    Claim unsaid = rate("b", 15, Map.of("product", "steel"));
    Claim other = rate("c", 10, Map.of("product", "steel"));
    List<Finding> findings = detector.detect(group(List.of(explicit, unsaid, other)), List.of("a", "b", "c"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).topicKey()).isEqualTo("levy.rate{product=steel,target=canada}");
    assertThat(findings.get(0).flaggedSources()).containsExactly("c");
  }

  @Test
  public void differentExplicitTargetsAreDifferentFacts() {
    List<Finding> findings = detector.detect(group(List.of(
        rate("a", 15, Map.of("target", "canada")), rate("b", 40, Map.of("target", "brazil")))), List.of("a", "b"));
    assertThat(findings).isEmpty();
  }

  private static Claim margin(String doc, double votes, String winner) {
    Map<String, String> q = new TreeMap<>(Map.of("event", "win"));
    if (winner != null) {
      q.put("winner", winner);
    }
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key("vote.margin", q), "vote", "margin", new TreeMap<>(q),
        ClaimValue.quantity((int) votes + " votes", votes, votes, "votes"), Polarity.POSITIVE,
        "Okafor won by " + (int) votes + " votes.", 0, 5, 0.8);
  }

  @Test
  public void marginsOfTwoWinnersAreTwoFactsAndAnUnnamedWinnerJoinsTheOnlyOne() {
    // Two races in one story: each winner's margin is its own fact.
    List<Finding> twoRaces = detector.detect(group(List.of(
        margin("a", 900, "ada okafor"), margin("b", 900, "ada okafor"), margin("c", 4100, "li wei"))), List.of("a", "b", "c"));
    assertThat(twoRaces.stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList()).isEmpty();

    // One race: a source that leaves the winner unsaid is compared with those that name her.
    List<Finding> oneRace = detector.detect(group(List.of(
        margin("a", 900, "ada okafor"), margin("b", 900, "ada okafor"), margin("c", 1900, null))), List.of("a", "b", "c"));
    assertThat(oneRace).hasSize(1);
    assertThat(oneRace.get(0).flaggedSources()).containsExactly("c");
    assertThat(oneRace.get(0).fact()).isEqualTo("Winning margin in votes of Ada Okafor");
  }

  @Test
  public void factTextSaysTheUnitAndTheWinner() {
    Map<String, String> q = Map.of("per", "share");
    Claim claim = new Claim("a", "s", ClaimKind.QUANTITY, TopicKeys.key("offer.amount", q), "offer", "amount", new TreeMap<>(q),
        ClaimValue.quantity("USD 30", 30d, 30d, "USD"), Polarity.POSITIVE, "It will pay $30 a share.", 0, 5, 0.9);
    assertThat(FactDescriber.describe(claim, q)).isEqualTo("Offer amount per share");

    Map<String, String> won = Map.of("event", "win", "winner", "scottish labor");
    Claim seats = new Claim("a", "s", ClaimKind.QUANTITY, TopicKeys.key("seat.count", won), "seat", "count", new TreeMap<>(won),
        ClaimValue.quantity("37 seats", 37d, 37d, "seats"), Polarity.POSITIVE, "Scottish Labour won 37 seats.", 0, 5, 0.8);
    assertThat(FactDescriber.describe(seats, won)).isEqualTo("Number of seats (win) for Scottish Labor");

    Map<String, String> person = Map.of("person", "pavel orlov");
    Claim arrest = new Claim("a", "s", ClaimKind.EVENT, TopicKeys.key("event.arrest", person), "pavel orlov", "arrest",
        new TreeMap<>(person), ClaimValue.date("Sunday"), Polarity.POSITIVE, "Officers detained Pavel Orlov on Sunday.", 0, 5, 0.75);
    assertThat(FactDescriber.describe(arrest, person)).isEqualTo("Arrest of Pavel Orlov");

    Claim age = new Claim("a", "s", ClaimKind.ROLE, TopicKeys.key("person.age", person), "pavel orlov", "age",
        new TreeMap<>(person), ClaimValue.quantity("41 years", 41d, 41d, "years"), Polarity.POSITIVE,
        "Pavel Orlov, 41, was held.", 0, 5, 0.9);
    assertThat(FactDescriber.describe(age, person)).isEqualTo("Age of Pavel Orlov");
    Map<String, String> mayor = Map.of("person", "pavel orlov", "role", "mayor");
    Claim role = new Claim("a", "s", ClaimKind.ROLE, TopicKeys.key("person.role", mayor), "pavel orlov", "role",
        new TreeMap<>(mayor), ClaimValue.stated("current"), Polarity.POSITIVE, "Mayor Pavel Orlov spoke.", 0, 5, 0.9);
    assertThat(FactDescriber.describe(role, mayor)).isEqualTo("Pavel Orlov as mayor");
  }

  private static Claim tollOn(String doc, double n, String published, String by) {
    Map<String, String> q = new TreeMap<>(Map.of("event", "kill", "published", published));
    if (by != null) {
      q.put("according_to", by);
    }
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key("person.count", q), "person", "count",
        new TreeMap<>(q), ClaimValue.quantity((int) n + " people", n, n, "people"), Polarity.POSITIVE,
        doc + ": " + (int) n + " dead.", 0, 5, 0.8);
  }

  @Test
  public void anEarlierLowerTollIsAnUpdateWithLowerConfidence() {
    List<Finding> findings = detector.detect(group(List.of(
        tollOn("flash", 4, "2024-03-01", null), tollOn("b", 9, "2024-03-02", null),
        tollOn("c", 9, "2024-03-02", null), tollOn("d", 9, "2024-03-03", null))), List.of("flash", "b", "c", "d"));
    Finding f = findings.get(0);
    assertThat(f.flaggedSources()).containsExactly("flash");
    assertThat(f.fact()).contains("published at different times (flagged 2024-03-01, others 2024-03-02 to 2024-03-03)");
    assertThat(f.confidence()).isWithin(0.001).of(Math.round(0.8 * (0.5 + 0.5 * 0.75) * FindingDetector.UPDATE_DISCOUNT * 100) / 100.0);
  }

  @Test
  public void twoAuthoritiesAreOneFactAndAreNamed() {
    // The key ignores who a figure is attributed to: police and hospital disagree on one fact.
    Claim police = tollOn("a", 9, "2024-03-02", "police");
    Claim hospital = tollOn("b", 11, "2024-03-02", "hospital");
    assertThat(police.topicKey()).isEqualTo(hospital.topicKey());
    List<Finding> findings = detector.detect(group(List.of(police, hospital, tollOn("c", 11, "2024-03-02", "hospital"))),
        List.of("a", "b", "c"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).flaggedSources()).containsExactly("a");
    assertThat(findings.get(0).fact()).endsWith(" — attributed to hospital; police");
    assertThat(findings.get(0).topicKey()).isEqualTo("person.count{event=kill}");
  }

  private static Claim price(String doc, String currency, double amount) {
    Map<String, String> q = Map.of();
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key("deal.amount", q), "deal", "amount",
        new TreeMap<>(q), ClaimValue.quantity(currency + " " + (long) amount, amount, amount, currency),
        Polarity.POSITIVE, doc + " on the price.", 0, 5, 0.9);
  }

  @Test
  public void eachCurrencyHasItsOwnConsensus() {
    // Most sources quote pounds; the dollar figures disagree among themselves.
    List<Finding> findings = detector.detect(group(List.of(
        price("a", "GBP", 3e9), price("a", "USD", 3.8e9), price("b", "GBP", 3e9), price("c", "GBP", 3e9),
        price("d", "USD", 3.8e9), price("e", "USD", 3e9))), List.of("a", "b", "c", "d", "e"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).flaggedSources()).containsExactly("e");
    assertThat(findings.get(0).supportingSources()).containsExactly("a", "d");
    assertThat(findings.get(0).evidence().get(0).docId()).isEqualTo("e");
  }

  @Test
  public void amountsInDifferentCurrenciesAloneNeverContradict() {
    assertThat(detector.detect(group(List.of(price("a", "GBP", 3e9), price("b", "USD", 3.8e9), price("c", "EUR", 3.5e9))),
        List.of("a", "b", "c"))).isEmpty();
  }

  @Test
  public void findingIdsAreStable() {
    assertThat(FindingDetector.findingId("s", FindingType.OMISSION, "k{}"))
        .isEqualTo(FindingDetector.findingId("s", FindingType.OMISSION, "k{}"));
    assertThat(FindingDetector.findingId("s", FindingType.OMISSION, "k{}"))
        .isNotEqualTo(FindingDetector.findingId("s", FindingType.CONTRADICTION, "k{}"));
  }

  private static Claim rate(String doc, double pct, Map<String, String> q) {
    return new Claim(doc, "s", ClaimKind.QUANTITY, TopicKeys.key("levy.rate", q), "levy", "rate", new TreeMap<>(q),
        ClaimValue.quantity((int) pct + "%", pct, pct, "%"), Polarity.POSITIVE, "A levy of " + pct + "%.", 0, 4, 0.9);
  }

  @Test
  public void syndicatedCopiesAreOneVoiceWhenChoosingTheConsensus() {
    Map<String, String> q = Map.of("event", "kill");
    TopicGroup g = group(List.of(
        toll("wire-1", 24, 24d, "24 people", q), toll("wire-2", 24, 24d, "24 people", q),
        toll("report-a", 25, 25d, "25 people", q), toll("report-b", 25, 25d, "25 people", q)));
    List<String> docs = List.of("report-a", "report-b", "wire-1", "wire-2");

    // Counted by document it is a 2–2 tie: no consensus.
    assertThat(detector.detect(g, docs).get(0).consensusValue()).isEmpty();

    // wire-2 is a copy of wire-1: one voice against two independent reports.
    List<Finding> findings = detector.detect(g, docs, Map.of("wire-2", "wire-1"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).consensusValue()).isEqualTo("25 people");
    assertThat(findings.get(0).flaggedSources()).containsExactly("wire-1", "wire-2").inOrder();
    assertThat(findings.get(0).supportingSources()).containsExactly("report-a", "report-b").inOrder();
  }

  @Test
  public void copiesDoNotMakeAFactCommonEnoughToBeOmitted() {
    Map<String, String> q = Map.of("event", "evacuate");
    TopicGroup g = group(List.of(
        toll("wire-1", 2000, 2000d, "2000 people", q), toll("wire-2", 2000, 2000d, "2000 people", q),
        toll("wire-3", 2000, 2000d, "2000 people", q)));
    List<String> docs = List.of("other", "wire-1", "wire-2", "wire-3");
    assertThat(detector.detect(g, docs)).hasSize(1); // three documents state it: "other" omits it
    // ... but they are one wire text: one source, below the three an omission needs.
    assertThat(detector.detect(g, docs, Map.of("wire-2", "wire-1", "wire-3", "wire-1"))).isEmpty();
  }

  @Test
  public void sourceWeightsDecideATieAndOnlyTheFlaggingFollows() {
    Map<String, String> q = Map.of("event", "kill");
    TopicGroup g = group(List.of(toll("a", 5, 5d, "5 people", q), toll("b", 5, 5d, "5 people", q),
        toll("c", 8, 8d, "8 people", q), toll("d", 8, 8d, "8 people", q)));
    List<String> docs = List.of("a", "b", "c", "d");
    assertThat(detector.detect(g, docs).get(0).consensusValue()).isEmpty();

    Finding f = detector.detect(g, docs, Map.of(), Map.of("a", 1.3, "b", 1.3, "c", 0.8, "d", 1.3)).get(0);
    assertThat(f.consensusValue()).isEqualTo("5 people");
    assertThat(f.flaggedSources()).containsExactly("c", "d").inOrder();
    // The confidence still counts documents: half of them support the consensus.
    assertThat(f.confidence()).isWithin(0.001).of(0.8 * (0.5 + 0.5 * 0.5));
  }

  @Test
  public void weightsOfOneCopyGroupCountOnce() {
    Map<String, String> q = Map.of("event", "kill");
    // Three copies of a wire text from well-weighted outlets against two plain reports.
    TopicGroup g = group(List.of(toll("w1", 8, 8d, "8 people", q), toll("w2", 8, 8d, "8 people", q),
        toll("w3", 8, 8d, "8 people", q), toll("x", 5, 5d, "5 people", q), toll("y", 5, 5d, "5 people", q)));
    Map<String, String> copyOf = Map.of("w2", "w1", "w3", "w1");
    Map<String, Double> weights = Map.of("w1", 1.5, "w2", 1.5, "w3", 1.5);
    Finding f = detector.detect(g, List.of("w1", "w2", "w3", "x", "y"), copyOf, weights).get(0);
    // One voice of 1.5 against two of 1: the two reports win.
    assertThat(f.consensusValue()).isEqualTo("5 people");
    assertThat(f.flaggedSources()).containsExactly("w1", "w2", "w3").inOrder();
  }

  @Test
  public void agreementsAreOnePerDocumentAndFactWithAConsensus() {
    Map<String, String> q = Map.of("event", "kill");
    TopicGroup g = group(List.of(toll("a", 12, 12d, "12 people", q), toll("b", 10, null, ">10 people", q),
        toll("c", 30, 30d, "30 people", q), toll("d", 12, 12d, "12 people", q)));
    // "12" (2 voices) is the consensus; ">10" is compatible with it, "30" is not.
    assertThat(detector.agreements(g, Map.of(), Map.of())).containsExactly(
        new FindingDetector.Agreement("a", "s", true), new FindingDetector.Agreement("b", "s", true),
        new FindingDetector.Agreement("c", "s", false), new FindingDetector.Agreement("d", "s", true));
    // A tie has no consensus: nothing to judge a source by.
    TopicGroup tie = group(List.of(toll("a", 40, 40d, "40 people", q), toll("b", 55, 55d, "55 people", q)));
    assertThat(detector.agreements(tie, Map.of(), Map.of())).isEmpty();
  }
}
