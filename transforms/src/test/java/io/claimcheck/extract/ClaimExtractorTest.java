package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.DocumentValues;
import io.claimcheck.model.Polarity;
import io.claimcheck.normalize.ValueSignatures;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Claim extraction on invented articles from domains other than the sample corpus (disasters,
 * crime, courts, central banks, elections, sport, companies), one test per rule family.
 */
@RunWith(JUnit4.class)
public class ClaimExtractorTest {

  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(Article.of("doc", "in/doc.txt", text).withStoryId("s"));
  }

  private static List<Claim> withKey(List<Claim> claims, String key) {
    return claims.stream().filter(c -> c.topicKey().equals(key)).toList();
  }

  private static List<Claim> ofKind(List<Claim> claims, ClaimKind kind) {
    return claims.stream().filter(c -> c.kind() == kind).toList();
  }

  private static List<String> values(List<Claim> claims, String key) {
    return withKey(claims, key).stream().map(c -> c.value().text()).toList();
  }

  /** The one claim with {@code key}; fails listing every key when there is not exactly one. */
  private static Claim only(List<Claim> claims, String key) {
    List<Claim> found = withKey(claims, key);
    assertWithMessage("claims with key %s among %s", key, claims.stream().map(Claim::topicKey).toList())
        .that(found)
        .hasSize(1);
    return found.get(0);
  }

  // --- counts -------------------------------------------------------------------------------

  @Test
  public void deathTollWordingsShareOneKey() {
    List<Claim> killed = extract(
        "A powerful earthquake struck the coastal province of Valmera late on Tuesday. "
            + "The quake killed at least 12 people and flattened hundreds of buildings, rescue officials said.");
    List<Claim> dead = extract(
        "At least 12 dead as earthquake rattles Valmera. Rescuers worked through the night in the rubble.");

    assertThat(only(killed, "person.count{event=kill}").value().text()).isEqualTo(">=12 people");
    assertThat(only(dead, "person.count{event=kill}").value().text()).isEqualTo(">=12 people");
    assertThat(only(killed, "person.count{event=kill}").kind()).isEqualTo(ClaimKind.QUANTITY);
  }

  @Test
  public void deathTollRoseToIsAPersonCount() {
    List<Claim> claims = extract(
        "The death toll rose to 12 on Wednesday, the civil defense agency said. Crews kept searching.");

    assertThat(values(claims, "person.count{event=kill}")).containsExactly("12 people");
  }

  @Test
  public void participleKillingCountsPeople() {
    List<Claim> claims = extract(
        "Gunmen opened fire on a crowded market in the port city, killing 7 people, police said.");

    assertThat(values(claims, "person.count{event=kill}")).containsExactly("7 people");
  }

  @Test
  public void injuredAndWoundedShareOneKey() {
    List<Claim> claims = extract(
        "A stage collapsed during the festival on Saturday night. Another 30 people were injured in the crush. "
            + "Field hospitals treated 30 wounded overnight.");

    assertThat(values(claims, "person.count{event=injure}")).containsExactly("30 people", "30 people");
  }

  @Test
  public void aNumberAsTheSubjectOfAPassivePredicateCountsPeople() {
    List<Claim> claims = extract("Nine were killed and another 20 were badly injured when the ferry capsized.");

    assertThat(values(claims, "person.count{event=kill}")).containsExactly("9 people");
    assertThat(values(claims, "person.count{event=injure}")).containsExactly("20 people");
  }

  @Test
  public void theWholeAfterOutOfIsNotACount() {
    List<Claim> claims = extract("The airline will cut 600 jobs, out of a staff of 9,000 employees, by spring.");

    assertThat(claims.stream().map(c -> c.value().text()).toList()).doesNotContain("9000 people");
    assertThat(values(claims, "job.count{event=lay off}")).containsExactly("600 jobs");
  }

  @Test
  public void marchingAndRallyingAreOneProtest() {
    List<Claim> marched = extract("Some 5,000 people marched through the capital on Saturday.");
    List<Claim> rallied = extract("About 5,000 people rallied outside parliament.");

    assertThat(values(marched, "person.count{event=protest}")).containsExactly("~5000 people");
    assertThat(values(rallied, "person.count{event=protest}")).containsExactly("~5000 people");
  }

  @Test
  public void countedNounsKeepTheirIrregularPlural() {
    List<Claim> claims = extract("Two children were hurt after the brawl.");

    assertThat(values(claims, "child.count{event=injure}")).containsExactly("2 children");
  }

  @Test
  public void injuredAndWoundedAfterTheNumberInOneSentence() {
    List<Claim> claims = extract("The tornado left 8 people injured and 40 wounded across the county.");

    assertThat(values(claims, "person.count{event=injure}")).containsExactly("8 people", "40 people").inOrder();
  }

  @Test
  public void woundingOthersCountsInjuredPeople() {
    List<Claim> claims = extract(
        "Gunmen opened fire on a crowded market, killing 7 people and wounding 20 others, police said.");

    assertThat(values(claims, "person.count{event=injure}")).containsExactly("20 people");
  }

  @Test
  public void eachCountKeepsItsOwnPredicate() {
    List<Claim> claims = extract(
        "Flash floods swept through the valley on Sunday. "
            + "The floods killed at least 9 people and left 15 people injured, rescuers said.");

    assertThat(values(claims, "person.count{event=kill}")).containsExactly(">=9 people");
    assertThat(values(claims, "person.count{event=injure}")).containsExactly("15 people");
  }

  @Test
  public void toldToLeaveTheirHomesIsAnEvacuation() {
    List<Claim> ordered = extract("Officials told about 12,000 villagers to leave their homes as the river rose.");
    List<Claim> fled = extract("Some 3,000 families fled their homes overnight as the fire spread.");
    List<Claim> evacuated = extract("About 12,000 people were evacuated from the valley on Sunday.");

    assertThat(values(ordered, "person.count{event=evacuate}")).containsExactly("~12000 people");
    assertThat(values(evacuated, "person.count{event=evacuate}")).containsExactly("~12000 people");
    assertThat(withKey(fled, "family.count{event=evacuate}")).hasSize(1);
  }

  @Test
  public void objectOfAVerbCountsTheNounAfterOf() {
    List<Claim> rescue = extract("Rescue teams pulled 14 of the 20 trapped climbers from the flooded shaft on Friday.");
    List<Claim> vote = extract("The Greens took 9 of the assembly's 40 seats, their best result in a decade.");
    List<Claim> contested = extract("The alliance won 30 of the seats contested on Sunday.");

    assertThat(values(rescue, "climber.count{event=pull}")).containsExactly("14 climbers");
    assertThat(values(vote, "seat.count{event=take}")).containsExactly("9 seats");
    assertThat(values(contested, "seat.count{event=win}")).containsExactly("30 seats");
  }

  @Test
  public void whatEachSideWonIsItsOwnFact() {
    List<Claim> claims = extract("The Social Democrats won 45 seats, and the Greens won 10 of the 120 seats in the chamber.");

    assertThat(withKey(claims, "seat.count{event=win}").stream().map(c -> c.qualifiers().get("winner") + " " + c.value().text()).toList())
        .containsExactly("social democrats 45 seats", "greens 10 seats");
    // A date or a leader's name before the party is not part of it.
    assertThat(only(extract("On Thursday Labour won 412 seats."), "seat.count{event=win}").qualifiers())
        .containsEntry("winner", "labor");
    assertThat(only(extract("Under Keir Starmer, Labour won 412 seats."), "seat.count{event=win}").qualifiers())
        .containsEntry("winner", "labor");
  }

  @Test
  public void partOfAWholeAsSubjectIsNotACount() {
    // Subset counts ("four of the miners were hurt") describe some of those already counted.
    List<Claim> claims = extract("Four of the climbers were taken to hospital with broken bones, doctors said.");
    List<Claim> reported = extract("Officials said 12 of the protesters were treated for smoke inhalation.");
    List<Claim> whole = extract("Police detained 12 of 40 protesters after the march.");
    List<Claim> wholeInWords = extract("Police detained twelve of 40 protesters after the march.");

    assertThat(claims.stream().filter(c -> c.topicKey().startsWith("climber.")).toList()).isEmpty();
    assertThat(reported.stream().filter(c -> c.topicKey().startsWith("protester.")).toList()).isEmpty();
    // The whole ("of 40") is not a second count of those detained.
    assertThat(whole.stream().filter(c -> c.topicKey().endsWith("{event=arrest}")).map(c -> c.value().text()).toList())
        .containsExactly("12 protesters");
    assertThat(wholeInWords.stream().filter(c -> c.topicKey().endsWith("{event=arrest}")).map(c -> c.value().text()).toList())
        .containsExactly("12 protesters");
  }

  @Test
  public void winningMarginIsNotACount() {
    List<Claim> claims = extract("Governor Ana Rivera edged out Tomas Castillo by 212 votes in the recount.");
    List<Claim> sport = extract("The Harbour Tigers won the final by a margin of 4 points on Saturday night.");
    List<Claim> passive = extract("Senator Ruth Alvarez was defeated by 1,150 votes after two terms.");

    Claim margin = only(claims, "vote.margin{event=win}");
    assertThat(margin.value().text()).isEqualTo("212 votes");
    assertThat(margin.qualifiers()).containsEntry("winner", "ana rivera");
    assertThat(claims.stream().filter(c -> c.topicKey().startsWith("vote.count")).toList()).isEmpty();
    assertThat(values(sport, "point.margin{event=win}")).containsExactly("4 points");
    Claim goals = only(extract("Northfield beat Harlow Town by three goals in the cup."), "goal.margin{event=win}");
    assertThat(goals.value().text()).isEqualTo("3 goals");
    assertThat(goals.qualifiers()).containsEntry("winner", "northfield");
    // Races in a roundup stay apart: a party or team names its own margin.
    List<Claim> roundup = extract("Labour won Hartlepool by 6,940 votes, while the Liberal Democrats won Bath by 3,012 votes.");
    assertThat(withKey(roundup, "vote.margin{event=win}").stream().map(c -> c.qualifiers().get("winner")).toList())
        .containsExactly("labor", "liberal democrats"); // folded spelling
    // The person before a passive "defeated" lost: the winner is left unsaid.
    assertThat(only(passive, "vote.margin{event=win}").qualifiers().getOrDefault("winner", "")).isEmpty();
  }

  @Test
  public void byBeforeACountWithAnotherVerbIsNoMargin() {
    List<Claim> claims = extract("The convoy was attacked by 30 gunmen near the border crossing.");
    List<Claim> agent = extract("The garrison was defeated by 3,000 rebel fighters in the night.");
    List<Claim> tally = extract("The amendment was defeated by 312 votes to 290 in the lower house.");
    List<Claim> forecast = extract("The economy beat forecasts by 40,000 jobs in October.");

    for (List<Claim> c : List.of(claims, agent, tally, forecast)) {
      assertThat(c.stream().filter(x -> x.topicKey().contains(".margin")).toList()).isEmpty();
    }
    // A tally's first figure is not a count of votes either.
    assertThat(tally.stream().filter(x -> x.topicKey().startsWith("vote.")).toList()).isEmpty();
  }

  // --- measures -----------------------------------------------------------------------------

  @Test
  public void amountPerUnitKeepsItsUnit() {
    List<Claim> fuel = extract("Diesel now costs $4.10 a gallon at most stations in the state.");
    List<Claim> wage = extract("Under the deal, warehouse staff will earn €22 per hour from January.");
    List<Claim> plant = extract("The new smelter will generate $40 million annually in revenue.");

    assertThat(values(fuel, "price.amount{per=gallon}")).containsExactly("USD 4.1");
    assertThat(values(wage, "earn.amount{per=hour}")).containsExactly("EUR 22");
    assertThat(values(plant, "revenue.amount{per=year}")).containsExactly("USD 40000000");
  }

  @Test
  public void aUnitsOwnNameIsNotPerAndOnlyTimeUnitsMeetTimeWords() {
    List<Claim> buyback = extract("The insurer announced a $2 billion share buyback on Tuesday.");
    List<Claim> earnings = extract("The miner earned $1.25 a share before one-off items in the quarter.");
    List<Claim> quarter = extract("Quarterly revenue rose to $4.8 billion from $4.1 billion a quarter earlier.");

    assertThat(buyback.stream().filter(c -> c.qualifiers().containsKey("per")).toList()).isEmpty();
    assertThat(quarter.stream().filter(c -> c.qualifiers().containsKey("per")).toList()).isEmpty();
    assertThat(earnings.stream().filter(c -> "share".equals(c.qualifiers().get("per"))).map(c -> c.value().text()).toList())
        .containsExactly("USD 1.25");
  }

  @Test
  public void payingOfferingAndBiddingAPricePerUnitAreOneOffer() {
    List<Claim> pay = extract("Holmwood will pay $3.10 per Tessadine share, the retailer said.");
    List<Claim> each = extract("Holmwood is paying $3.10 in cash for each Tessadine share.");
    List<Claim> bid = extract("A rival group is bidding $3.40 a share for the chain.");
    List<Claim> wage = extract("Under the contract, cleaners are paid $16 an hour.");

    assertThat(values(pay, "offer.amount{per=share}")).containsExactly("USD 3.1");
    assertThat(values(each, "offer.amount{per=share}")).containsExactly("USD 3.1");
    assertThat(values(bid, "offer.amount{per=share}")).containsExactly("USD 3.4");
    // Passive: what the cleaners are paid is theirs, not an offer.
    assertThat(wage.stream().filter(c -> c.topicKey().startsWith("offer.")).toList()).isEmpty();
    // "is to pay" is active.
    assertThat(values(extract("Holmwood is to pay $3.10 a share."), "offer.amount{per=share}")).containsExactly("USD 3.1");
  }

  @Test
  public void otherAmountsPerShareAreNotTheOffer() {
    List<Claim> dividend = extract("Tessadine will pay $0.12 a share in dividends this year.");
    List<Claim> stake = extract("Holmwood, which paid $2.05 a share for its first stake, now owns 18%.");
    List<Claim> carbon = extract("The levy sets a $65 per tonne carbon price from 2027.");

    assertThat(values(dividend, "dividend.amount{per=share}")).containsExactly("USD 0.12");
    assertThat(stake.stream().filter(c -> c.topicKey().startsWith("offer.")).toList()).isEmpty();
    assertThat(carbon.stream().filter(c -> c.qualifiers().containsKey("per")).map(c -> c.qualifiers().get("per")).toList())
        .containsExactly("tonne");
  }

  @Test
  public void howAnAmountPerUnitIsPaidIsASoftQualifier() {
    Claim cash = only(extract("Holmwood will pay $3.10 a share in cash."), "offer.amount{per=share}");
    Claim mixed = only(extract("Holmwood will pay $4.50 in cash and stock for each Tessadine share."),
        "offer.amount{per=share}");

    assertThat(cash.qualifiers()).containsEntry("paid_in", "cash");
    assertThat(mixed.qualifiers()).containsEntry("paid_in", "cash and stock");
  }

  @Test
  public void savingsWordingsShareOneKey() {
    List<Claim> noun = extract("The utility expects cost savings of $12 million a year from the merger.");
    List<Claim> verb = extract("The utility expects the merger to save it $12 million annually.");

    assertThat(values(noun, "saving.amount{per=year}")).containsExactly("USD 12000000");
    assertThat(values(verb, "saving.amount{per=year}")).containsExactly("USD 12000000");
  }

  @Test
  public void theNounAnAmountIsOfNamesItBeforeTheVerb() {
    List<Claim> bounty = extract("The family offered a $10,000 bounty for information about the attack.");
    List<Claim> verb = extract("The insurer offered $10,000 to each family.");

    assertThat(values(bounty, "reward.amount{}")).containsExactly("USD 10000");
    assertThat(values(verb, "offer.amount{}")).containsExactly("USD 10000");
  }

  @Test
  public void aConceptWordInsideANameIsNotTheConcept() {
    List<Claim> claims = extract("Thieves made off with about $40,000 worth of watches from the Lakeside Fine Arts Gallery.");
    // A generic head ("the figure") looks for a concept in its sentence: not in a name.
    List<Claim> generic = extract("The figure reached $3 million, according to the Lakeside Fine Arts Gallery.");

    assertThat(values(claims, "theft.amount{}")).containsExactly("USD ~40000");
    assertThat(withKey(generic, "fine.amount{}")).isEmpty();
  }

  @Test
  public void theLevelAChangeReachedIsOfWhatChanged() {
    List<Claim> claims = extract("Shares of Norvik Air fell 8% to €4.10 in Oslo, and bookings rose 3% to 2.1 million.");

    assertThat(values(claims, "share.rate{}")).containsExactly("8%");
    assertThat(values(claims, "share.amount{}")).containsExactly("EUR 4.1");
    // A change given in words, then the level after a comma.
    List<Claim> words = extract("The council lifted the parking levy by a quarter, to 12 percent.");
    assertThat(values(words, "tariff.rate{}")).containsExactly("12%");
  }

  @Test
  public void aDurationBeforeAgoIsAPointInTime() {
    List<Claim> claims = extract("The bridge was closed to trucks nine years ago after inspectors found cracks.");

    assertThat(claims.stream().filter(c -> c.attribute().equals("duration")).toList()).isEmpty();
  }

  @Test
  public void howLongSomethingStaysClosedAndHowFastItMoved() {
    List<Claim> closed = extract("The airport will stay shut for three days while crews clear the runway.");
    List<Claim> speed = extract("Police said the bus was going at about 90 mph when it left the road.");

    assertThat(values(closed, "closure.duration{}")).containsExactly("3 days");
    assertThat(withKey(speed, "travel.speed{}")).hasSize(1);
  }

  @Test
  public void aYearEarlierIsNotARate() {
    List<Claim> claims = extract("Sales reached $11 million a year earlier, the brewer's filing showed.");

    assertThat(values(claims, "revenue.amount{}")).containsExactly("USD 11000000");
    assertThat(claims.stream().filter(c -> c.qualifiers().containsKey("per")).toList()).isEmpty();
  }

  @Test
  public void genericRateBorrowsOnlyAnEarlierRate() {
    List<Claim> afterDuration = extract(
        "The truce held for 30 days. The central bank then kept its key rate at 3.25%.");
    List<Claim> afterRate = extract(
        "The government set a levy of 12% on imported steel. Next year a 15% rate applies.");

    assertThat(afterDuration.stream().filter(c -> c.topicKey().startsWith("ceasefire.rate")).toList()).isEmpty();
    assertThat(afterRate.stream().filter(c -> c.topicKey().startsWith("tariff.rate")).map(c -> c.value().text()).toList())
        .containsExactly("12%", "15%");
  }

  @Test
  public void percentageWithConceptWordBeforeTheNumber() {
    List<Claim> bank = extract(
        "The central bank raised its benchmark rate to 5.25% on Thursday, its third increase this year.");
    List<Claim> vote = extract("Voter turnout reached 64% in Sunday's runoff, the election commission said.");

    Claim rate = only(bank, "interest rate.rate{}");
    assertThat(rate.value().text()).isEqualTo("5.25%");
    assertThat(rate.value().low()).isEqualTo(5.25);
    assertThat(values(vote, "turnout.rate{}")).containsExactly("64%");
  }

  @Test
  public void genericRateHeadBorrowsConceptFromSentence() {
    List<Claim> claims = extract(
        "Unemployment in the region climbed to a 7.4% rate in March, the statistics office said.");

    assertThat(values(claims, "unemployment.rate{}")).containsExactly("7.4%");
    assertThat(withKey(claims, "rate.rate{}")).isEmpty();
  }

  @Test
  public void durationWordingsShareOneKey() {
    List<Claim> claims = extract(
        "The striker was suspended for 30 days after the brawl. "
            + "The league also handed his teammate a 30-day suspension.");

    assertThat(values(claims, "pause.duration{}")).containsExactly("30 days", "30 days");
  }

  @Test
  public void moneyAmountWithScaleWord() {
    List<Claim> claims = extract(
        "The chemical maker agreed to pay a $2.5 million fine to settle the pollution case.");

    Claim fine = only(claims, "fine.amount{}");
    assertThat(fine.value().text()).isEqualTo("USD 2500000");
    assertThat(fine.value().unit()).isEqualTo("USD");
  }

  @Test
  public void payVerbIsNotASalary() {
    List<Claim> claims = extract("The buyer will pay €40 million for the stadium, a filing showed.");

    assertThat(withKey(claims, "salary.amount{}")).isEmpty();
  }

  @Test
  public void productQualifierIsHardAndTargetIsSoft() {
    List<Claim> claims = extract("The European Commission proposed a 10% duty on steel from Turkey on Monday.");

    Claim duty = only(claims, "tariff.rate{product=steel}");
    assertThat(duty.value().text()).isEqualTo("10%");
    assertThat(duty.qualifiers()).containsEntry("product", "steel");
    assertThat(duty.qualifiers()).containsEntry("target", "turkey");
  }

  // --- roles --------------------------------------------------------------------------------

  @Test
  public void roleBeforeName() {
    List<Claim> claims = extract("Fire Chief Maria Lopez said the blaze was contained by dawn.");

    Claim role = only(claims, "person.role{person=maria lopez,role=fire chief}");
    assertThat(role.value().text()).isEqualTo("current");
    assertThat(role.kind()).isEqualTo(ClaimKind.ROLE);
  }

  @Test
  public void appositiveRoleWithFormer() {
    List<Claim> claims = extract(
        "Tom Reyes, a former police captain, told reporters the suspect had fled on foot.");

    assertThat(values(claims, "person.role{person=tom reyes,role=police captain}")).containsExactly("former");
  }

  @Test
  public void appositiveRoleWithExPrefix() {
    List<Claim> claims = extract("Dana Whitfield, an ex-captain, said the club had lost its way.");

    assertThat(values(claims, "person.role{person=dana whitfield,role=captain}")).containsExactly("former");
  }

  @Test
  public void capitalizedFormerInTitleMarksPastRole() {
    List<Claim> claims = extract("Former Police Chief Harold Grimes testified on Thursday.");

    assertThat(values(claims, "person.role{person=harold grimes,role=police chief}")).containsExactly("former");
  }

  // --- events -------------------------------------------------------------------------------

  @Test
  public void personEventWithDate() {
    List<Claim> claims = extract("Governor Ellen Marsh will attend the funeral on Friday, her office said.");

    Claim attend = only(claims, "event.attend{actor=ellen marsh}");
    assertThat(attend.value().text()).isEqualTo("Friday");
    assertThat(attend.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(values(claims, "event.funeral{}")).containsExactly("Friday");
  }

  @Test
  public void negatedPersonEvent() {
    List<Claim> claims = extract("Senator Raj Patel will not attend the ceremony, his spokesman said.");

    Claim attend = only(claims, "event.attend{actor=raj patel}");
    assertThat(attend.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(attend.value().text()).isEqualTo("attends");
  }

  @Test
  public void surnameThatIsAlsoABlockedWord() {
    List<Claim> claims = extract("Governor Ellen Park will attend the funeral on Friday, her office said.");

    assertThat(values(claims, "event.attend{actor=ellen park}")).containsExactly("Friday");
  }

  @Test
  public void incidentsGatheringsAndSearchesAreDatedEvents() {
    List<Claim> blast = extract("The blast on Tuesday gutted the warehouse and shattered windows two streets away.");
    List<Claim> rally = extract("Union leaders called a rally for Saturday, June 6, outside the parliament.");
    List<Claim> ended = extract("The manhunt was called off on Friday after the suspect surrendered.");
    List<Claim> began = extract("The manhunt began on Tuesday night.");

    assertThat(values(blast, "event.explosion{}")).containsExactly("Tuesday");
    assertThat(values(rally, "event.march{}")).containsExactly("Saturday, --06-06");
    // An end is another fact than the day it began.
    assertThat(values(ended, "event.search{phase=end}")).containsExactly("Friday");
    assertThat(values(began, "event.search{}")).containsExactly("Tuesday");
  }

  @Test
  public void anEventNounTakesOnlyADateOfItsOwn() {
    // Dates of other verbs, or after an incident named as a landmark or as a modifier.
    for (String sentence : List.of(
        "The prime minister visited the site of the bombing on Wednesday.",
        "Hundreds of mourners gathered on Sunday at the scene of the stabbing.",
        "The raid was condemned on Monday by the opposition.",
        "The collapse suspect will be questioned on Friday.",
        "The striker suffered a heart attack on Saturday.",
        "Riot police used water cannon on Saturday.")) {
      List<Claim> claims = extract(sentence);
      assertWithMessage(sentence).that(ofKind(claims, ClaimKind.EVENT)).isEmpty();
    }
    // Timing verbs between keep the date; a resumption is not an end; one date per mention.
    assertThat(values(extract("Negotiations are set to resume Wednesday, according to the union."), "event.talks{}"))
        .containsExactly("Wednesday");
    assertThat(values(extract("The inquest was adjourned until Thursday."), "event.inquest{}")).containsExactly("Thursday");
    assertThat(values(extract("The coach announced his resignation on Monday, effective June 30."), "event.resignation{}"))
        .containsExactly("Monday");
    assertThat(values(extract("Tuesday's derailment blocked the line for days."), "event.derailment{}"))
        .containsExactly("Tuesday");
    // "earlier" before "the raid" says when it was said, not that the raid is an earlier one.
    assertThat(values(extract("Police said earlier the raid began on Sunday."), "event.raid{}")).containsExactly("Sunday");
  }

  @Test
  public void lastingUntilADateIsTheEndAndDueInCourtIsAHearing() {
    assertThat(values(extract("The ceasefire remains in force until Friday, June 12."), "event.ceasefire{phase=end}"))
        .containsExactly("Friday, --06-12");
    assertThat(values(extract("The nurses' strike will run until Sunday."), "event.strike{phase=end}")).containsExactly("Sunday");
    assertThat(values(extract("The driver is due in Halton Crown Court on Monday."), "event.hearing{}")).containsExactly("Monday");
    assertThat(values(extract("She will make her first appearance in Kesby District Court on May 4."), "event.hearing{}"))
        .containsExactly("--05-04");
  }

  @Test
  public void anOrdinalBeforeTheEventNounIsAnotherEvent() {
    List<Claim> claims = extract(
        "The bill cleared its first reading on Monday, and a second reading is set for June 4.");

    assertThat(values(claims, "event.reading{ordinal=first}")).containsExactly("Monday");
    assertThat(values(claims, "event.reading{ordinal=second}")).containsExactly("--06-04");
  }

  @Test
  public void aCourtAppearanceIsAHearingAndASecondRallyIsTheNextRally() {
    List<Claim> court = extract("The two brothers will appear at Dunmore Crown Court on Tuesday, May 5.");
    List<Claim> judge = extract("The driver appeared before a judge on Monday and was released on bail.");
    List<Claim> festival = extract("The band will appear at the harvest festival on Saturday.");
    List<Claim> rally = extract("Organizers called a second rally for Sunday, May 10.");

    assertThat(values(court, "event.hearing{}")).containsExactly("Tuesday, --05-05");
    assertThat(values(judge, "event.hearing{}")).containsExactly("Monday");
    assertThat(withKey(festival, "event.hearing{}")).isEmpty();
    // Only events of a numbered series keep their ordinal: "a second rally" is the next rally.
    assertThat(values(rally, "event.march{}")).containsExactly("Sunday, --05-10");
  }

  @Test
  public void aNounBeforeAPriceWordNamesWhatTheAmountIsOf() {
    List<Claim> claims = extract("Fuel costs rose to $2.71 billion, while labour costs were $900 million.");

    assertThat(values(claims, "fuel.amount{}")).containsExactly("USD 2710000000");
    assertThat(values(claims, "labor.amount{}")).containsExactly("USD 900000000"); // spelling.txt
    assertThat(withKey(claims, "price.amount{}")).isEmpty();
  }

  @Test
  public void menWomenAndSuspectsArePeopleCounted() {
    List<Claim> men = extract("Customs officers arrested five men at the port on Tuesday.");
    List<Claim> people = extract("Five people were arrested at the port on Tuesday.");
    List<Claim> suspects = extract("Three suspects were arrested abroad.");

    assertThat(values(men, "person.count{event=arrest}")).containsExactly("5 people");
    assertThat(values(people, "person.count{event=arrest}")).containsExactly("5 people");
    assertThat(values(suspects, "person.count{event=arrest}")).containsExactly("3 people");
  }

  @Test
  public void peopleAccusedOfAKillingAreCountedAsAccusedNotAsDead() {
    List<Claim> claims = extract("Two teenagers accused of killing a shopkeeper in Leeds were refused bail on Friday.");

    assertThat(withKey(claims, "person.count{event=kill}")).isEmpty();
    // As a subject with a verb of its own the accused are a reference (perhaps two of three
    // charged): nothing is counted; alone, as in a headline, they are counted as accused.
    assertThat(ofKind(claims, ClaimKind.QUANTITY)).isEmpty();
    assertThat(withKey(extract("Two women charged with fraud at the charity will stand trial in June."),
        "person.count{event=charge}")).isEmpty();
    assertThat(values(extract("Three charged over the killing of a Leeds shopkeeper"), "person.count{event=charge}"))
        .containsExactly("3 people");
    // They were refused bail: the refusal is not a stance of theirs (nor of "Leeds").
    assertThat(ofKind(claims, ClaimKind.STANCE)).isEmpty();
  }

  @Test
  public void earlierOccurrencesMonthsAndOtherClausesDateNoEvent() {
    // Background: an earlier riot of the same kind.
    assertThat(ofKind(extract("A previous riot on May 2 left the square in ruins."), ClaimKind.EVENT)).isEmpty();
    // "March" the month is no march.
    assertThat(withKey(extract("Officials said in March that 40 people had been hurt."), "event.march{}")).isEmpty();
    // Monday is the court date, not the day of the robbery the noun phrase names.
    List<Claim> court = extract("Two men held after a robbery at a petrol station appeared before magistrates on Monday.");
    assertThat(withKey(court, "event.robbery{}")).isEmpty();
    // A date in a year before the article's dates an earlier event.
    Article refinery = new Article("doc", "in/doc.txt", "An explosion at the refinery on June 3, 2019, killed four workers.",
        "", "", "2026-02-10", "", "", "s");
    assertThat(withKey(EXTRACTOR.extract(refinery), "event.explosion{}")).isEmpty();
  }

  @Test
  public void everyNumberAndDateWrittenIsAMentionedValue() {
    // "1,300 firefighters are on the lines" gives no count claim, but the document writes 1,300.
    ClaimExtractor.Extraction extraction = EXTRACTOR.extractWithValues(Article.of("doc", "in/doc.txt",
        "Some 1,300 firefighters were on the lines by Thursday, March 12.").withStoryId("s"));
    long[] mentioned = extraction.mentionedValues();

    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.quantity("1300 people", 1300d, 1300d, "people")))).isTrue();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.date("Thursday")))).isTrue();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.date("2026-03-12")))).isTrue();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.quantity("1200 people", 1200d, 1200d, "people")))).isFalse();
    // A small count needs its noun, as a claim names it: "three men" writes "3 people".
    long[] men = EXTRACTOR.extractWithValues(Article.of("doc", "in/doc.txt", "Witnesses saw three men leave.")
        .withStoryId("s")).mentionedValues();
    assertThat(contains(men, ValueSignatures.of(ClaimValue.quantity("3 people", 3d, 3d, "people")))).isTrue();
  }

  @Test
  public void aDateOfAnotherEventOrADatelineIsNoMentionedValue() {
    // A story's day recurs: "Saturday" dates the election here, so it says nothing of when the
    // loser conceded, which this article leaves out.
    long[] mentioned = EXTRACTOR.extractWithValues(Article.of("doc", "in/doc.txt",
        "Saturday, June 4\n\nMayor Ruth Hale won the election on Saturday with 62% of the vote.").withStoryId("s"))
        .mentionedValues();

    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.date("Saturday")))).isFalse();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.date("--06-04")))).isFalse();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.quantity("62%", 62d, 62d, "%")))).isTrue();
  }

  private static boolean contains(long[] sortedValues, long[] wanted) {
    return new DocumentValues("doc", sortedValues).mentionsAny(wanted);
  }

  @Test
  public void datedEventNoun() {
    List<Claim> trial = extract("The trial begins on Monday in the county courthouse.");
    List<Claim> hearing = extract("The hearing is scheduled for Tuesday, the court clerk said.");

    Claim t = only(trial, "event.trial{}");
    assertThat(t.value().text()).isEqualTo("Monday");
    assertThat(t.kind()).isEqualTo(ClaimKind.EVENT);
    assertThat(values(hearing, "event.hearing{}")).containsExactly("Tuesday");
  }

  @Test
  public void eventsDoneToANamedPersonAreKeyedByThatPerson() {
    List<Claim> claims = extract(
        "Customs officers detained Pavel Orlov, 41, at the airport on Sunday. "
            + "Former mayor Ana Ruiz was indicted on Thursday and charged with bribery. "
            + "Orlov has not been charged, his lawyer said.");

    assertThat(values(claims, "event.arrest{person=pavel orlov}")).containsExactly("Sunday");
    assertThat(values(claims, "event.indictment{person=ana ruiz}")).containsExactly("Thursday");
    // "... on Thursday and charged": the date before the second verb is the first one's.
    assertThat(values(claims, "event.charge{person=ana ruiz}")).containsExactly("charge");
    assertThat(only(claims, "event.charge{person=pavel orlov}").polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  public void aProperNounAsTheSubjectOfAnArrestIsAName() {
    // No title, role or speech verb made "Odile Brandt" a person; the story's name pool will.
    List<Claim> claims = extract("A court jailed Odile Brandt for fraud. Brandt was taken into custody in the courtroom.");

    assertThat(withKey(claims, "event.arrest{person=brandt}")).hasSize(1);
  }

  @Test
  public void aPassiveThatNamesNoOneIsNoEvent() {
    List<Claim> claims = extract("Inspector Lena Voss said a second man was arrested on Monday. Voss resisted arrest as a young woman.");

    assertThat(ofKind(claims, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  public void aNamedVictimsKillingIsAnEvent() {
    List<Claim> claims = extract("The shopkeeper, Ravi Menon, 58, was stabbed to death on Tuesday night.");

    assertThat(values(claims, "event.killing{person=ravi menon}")).containsExactly("Tuesday");
  }

  @Test
  public void touringAndTravellingToAPlaceAreVisits() {
    List<Claim> toured = extract("Health Minister Ines Baptista toured the flooded district on Friday.");
    List<Claim> travel = extract("Health Minister Ines Baptista will travel to the flooded district on Friday.");
    List<Claim> moving = extract("Health Minister Ines Baptista said the ambulance was travelling at 90 km/h.");

    assertThat(values(toured, "event.visit{actor=ines baptista}")).containsExactly("Friday");
    assertThat(values(travel, "event.visit{actor=ines baptista}")).containsExactly("Friday");
    assertThat(ofKind(moving, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  public void courtDatesAndClosingDatesAreDatedEvents() {
    List<Claim> court = extract("The two teenagers are due back in court on May 2.");
    List<Claim> closing = extract("The mill will close on March 31, the owners said.");
    List<Claim> price = extract("The bid is 30% above the closing price on Friday; shares rose 2% to close at $12 on Monday.");

    assertThat(values(court, "event.hearing{}")).containsExactly("--05-02");
    assertThat(values(closing, "event.shutdown{}")).containsExactly("--03-31");
    assertThat(ofKind(price, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  public void dateOfTheStatementDoesNotDateTheEvent() {
    List<Claim> claims = extract(
        "Defense lawyers filed new motions ahead of the trial, saying on Monday that the evidence had been tainted.");

    assertThat(withKey(claims, "event.trial{}")).isEmpty();
    assertThat(ofKind(claims, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  public void firstPersonQuoteIsAttributedToPreviousSpeaker() {
    List<Claim> claims = extract(
        "\"We owe the families our presence,\" Senator Ana Duarte said at a briefing. "
            + "\"I will attend the memorial on Sunday.\"");

    assertThat(values(claims, "event.attend{actor=ana duarte}")).containsExactly("Sunday");
  }

  // --- stances ------------------------------------------------------------------------------

  @Test
  public void companyRulesOutLayoffs() {
    List<Claim> claims = extract("Brightwater Foods ruled out layoffs on Tuesday despite falling sales.");

    Claim stance = only(claims, "stance.layoff{holder=brightwater foods}");
    assertThat(stance.value().text()).isEqualTo("against");
  }

  @Test
  public void aCommitmentInReportedSpeechIsAStanceAForecastIsNot() {
    List<Claim> airline = extract("Qantor Air said it would appeal the ruling to the supreme court.");
    List<Claim> union = extract("Transit union leader Rosa Diaz said the union will accept binding arbitration.");
    List<Claim> forecast = extract("Forecaster Liam Byrne said the storm would weaken before it reached the coast.");

    assertThat(values(airline, "stance.appeal{holder=qantor air}")).containsExactly("for");
    assertThat(values(union, "stance.arbitration{holder=rosa diaz}")).containsExactly("for");
    assertThat(ofKind(forecast, ClaimKind.STANCE)).isEmpty();
    // The pronoun must be the speaker.
    assertThat(ofKind(extract("Mayor Jo Park said it would rain on Friday."), ClaimKind.STANCE)).isEmpty();
  }

  @Test
  public void gerundsAndBeingAgainstAreStances() {
    // A process with a noun of its own is the concept, as in "supports the evacuation of".
    assertThat(values(extract("Health Minister Lena Voss said she supports evacuating the ward."),
        "stance.evacuation{holder=lena voss}")).containsExactly("for");
    // Otherwise the gerund's object, as in "ruled out paying the ransom".
    assertThat(values(extract("Councillor Omar Reyes said he was against paying the ransom."),
        "stance.ransom{holder=omar reyes}")).containsExactly("against");
    assertThat(values(extract("Councillor Omar Reyes said he favoured paying the ransom."),
        "stance.ransom{holder=omar reyes}")).containsExactly("for");
    // A noun not formed by a suffix comes from nominalizations.txt: demolishing is demolition.
    assertThat(values(extract("Councillor Omar Reyes said he was against demolishing the stadium."),
        "stance.demolition{holder=omar reyes}")).containsExactly("against");
  }

  @Test
  public void aVerbAndItsObjectAreOneStanceInEveryWording() {
    // After a modal, after "calls to", after "refused to" and as a gerund, with the particle on
    // either side of the object: all on the object, one fact.
    String key = "stance.fence{holder=ida marsh}";
    assertThat(values(extract("Mayor Ida Marsh said she would put up the fence."), key)).containsExactly("for");
    assertThat(values(extract("Mayor Ida Marsh rejected calls to put up the fence."), key)).containsExactly("against");
    assertThat(values(extract("Mayor Ida Marsh refused to put up the fence."), key)).containsExactly("against");
    assertThat(values(extract("Mayor Ida Marsh ruled out putting the fence up."), key)).containsExactly("against");
    assertThat(values(extract("Mayor Ida Marsh ruled out putting up the fence."), key)).containsExactly("against");
    // A verb that removes its object is the concept: scrapping the tariffs is against them.
    assertThat(values(extract("Trade minister Jo Reed said she would scrap the tariffs."), "stance.scrap{holder=jo reed}"))
        .containsExactly("for");
    assertThat(withKey(extract("Trade minister Jo Reed said she would scrap the tariffs."), "stance.tariff{holder=jo reed}"))
        .isEmpty();
    // A verb with a noun of its own stays the concept; one that turns its object around too.
    assertThat(values(extract("Mayor Ida Marsh said she would close the market."), "stance.closure{holder=ida marsh}"))
        .containsExactly("for");
    assertThat(values(extract("Mayor Ida Marsh said she would cut parking fees."), "stance.cut{holder=ida marsh}"))
        .containsExactly("for");
  }

  @Test
  public void aGerundTaggedAsANounAndPlansForSomethingAreOnTheirObject() {
    // "building" is tagged a noun before its object; the stance is on what would be built.
    assertThat(values(extract("Governor Ana Ruiz said she supports building a third runway at the airport."),
        "stance.runway{holder=ana ruiz}")).containsExactly("for");
    assertThat(values(extract("Governor Ana Ruiz backs a third runway at the airport."),
        "stance.runway{holder=ana ruiz}")).containsExactly("for");
    // A plan or a scheme for something is a stance on it.
    assertThat(values(extract("Governor Ana Ruiz has long opposed plans for a third runway at the airport."),
        "stance.runway{holder=ana ruiz}")).containsExactly("against");
    // "rejected calls for": one stance, on what the calls ask for.
    assertThat(values(extract("Governor Ana Ruiz rejected calls for an inquiry."), "stance.inquiry{holder=ana ruiz}"))
        .containsExactly("against");
    // "a rescue operation for the time being": a time is no object.
    assertThat(values(extract("Minister Lee Brand ruled out a rescue operation for the time being."),
        "stance.rescue{holder=lee brand}")).containsExactly("against");
    // "intends to play at …": the verb is the object when a preposition follows it.
    assertThat(values(extract("Striker Ola Berg intends to play at the Nordic Cup next month."),
        "stance.play{holder=ola berg}")).containsExactly("for");
    // "adding that she will …" reports speech as "said that she will …" does.
    assertThat(values(extract("Coach Lee Brand spoke to reporters, adding that she will play the final next month."),
        "stance.play{holder=lee brand}")).containsExactly("for");
    // Not for whom: "a programme for young offenders" is on the programme; not a time after a noun.
    assertThat(values(extract("Governor Ana Ruiz backed a programme for young offenders."), "stance.program{holder=ana ruiz}"))
        .containsExactly("for");
    assertThat(values(extract("Governor Ana Ruiz opposed spending this year on the wall."), "stance.spending{holder=ana ruiz}"))
        .containsExactly("against");
    // Not a gerund: "the building" with its determiner stays the building.
    assertThat(values(extract("Governor Ana Ruiz opposes the building."), "stance.building{holder=ana ruiz}"))
        .containsExactly("against");
  }

  @Test
  public void countsPastAnAsideAndCountsThatAreObjects() {
    // A counted subject, an aside between commas, then its verb.
    assertThat(values(extract("Some 40 buses, from city coaches to school minibuses, queued at the depot."),
        "bus.count{event=wait}")).containsExactly("~40 buses");
    assertThat(values(extract("A convoy of 12 trucks, their lights flashing, crossed the border at dawn."),
        "truck.count{event=cross}")).containsExactly("12 trucks");
    assertThat(values(extract("About 80 medics, including nurses, paramedics and surgeons, have been sent to the border."),
        "medic.count{event=send}")).containsExactly("~80 medics");
    assertThat(values(extract("Four miners were hurt, and one, a 19-year-old apprentice, has died."),
        "person.count{event=kill}")).containsExactly("1 people");
    // Not across another number, nor after a count that is a verb's object.
    assertThat(values(extract("Police detained 12 protesters, two of them minors, outside the court."),
        "protester.count{event=arrest}")).containsExactly("12 protesters");
    // A count that is an object keeps its own verb, not a coordinated one.
    assertThat(values(extract("The studio released more than 40 albums and won three awards."),
        "album.count{event=release}")).containsExactly(">40 albums");
    // Irregular pasts: "built".
    assertThat(values(extract("The charity built 14 wells across the district."), "well.count{event=build}"))
        .containsExactly("14 wells");
    // The predicate nearest the number, not the subject before it.
    assertThat(values(extract("The flood damaged 300 homes."), "home.count{event=damage}")).containsExactly("300 homes");
    // A lexicon word after a determiner is the subject noun, not the count's predicate.
    assertThat(values(extract("The flood forced 300 families from their homes."), "family.count{event=flood}")).isEmpty();
    // A participle describing the counted noun is not its verb; nor is a verb after "and" in a
    // coordinated object.
    assertThat(values(extract("Twelve people living in the block were evacuated."), "person.count{event=evacuate}"))
        .containsExactly("12 people");
    assertThat(values(extract("Six people trapped in the rubble were rescued."), "person.count{event=rescue}"))
        .containsExactly("6 people");
    assertThat(values(extract("The storm left 300 homes and businesses damaged."), "home.count{event=damage}"))
        .containsExactly("300 homes");
    // The main clause is no aside: "The bank, with 300 branches, said ...".
    assertThat(values(extract("The bank, with 300 branches, said on Tuesday, following a review, that it would close some."),
        "branch.count{event=follow}")).isEmpty();
    // "lined up" and "backed up" are no queue.
    assertThat(values(extract("At least 12 candidates have lined up to replace the chairman."),
        "candidate.count{event=wait}")).isEmpty();
    assertThat(values(extract("About 80 homes in the valley are under water."), "home.count{event=flood}"))
        .containsExactly("~80 homes");
    assertThat(values(extract("Nine tugs towed the tanker clear."), "tugboat.count{event=tow}")).containsExactly("9 tugboats");
  }

  @Test
  public void aChangeByAPercentageIsOfTheVerbsObject() {
    assertThat(values(extract("The vaccine cut the risk of infection, hospital stays or death by 40% in the study."),
        "risk.rate{}")).containsExactly("40%");
    assertThat(values(extract("The airline cut the number of routes by 15%."), "route.rate{}")).containsExactly("15%");
    // A scope word before another noun is not the measure's: "world trade" is no scope.
    assertThat(values(extract("Analysts said the strike was costing global markets about $2 billion a day."),
        "cost.amount{per=day}")).containsExactly("USD ~2000000000");
    assertThat(values(extract("He announced a blanket 25% levy on steel."), "tariff.rate{product=steel,scope=universal}"))
        .containsExactly("25%");
  }

  @Test
  public void subjectsOfFiguresAcrossAClauseOrAModifier() {
    // A noun the tagger calls an adjective, before a verb or a relative clause.
    assertThat(values(extract("It was a debate that lasted 3 hours and 10 minutes."), "debate.duration{}"))
        .containsExactly("190 minutes");
    // The noun before "on" or "for" is the subject; "a record" says how high, not what.
    assertThat(values(extract("Demand on the gas network had reached a record 410 gigawatts at noon."),
        "demand.power{}")).containsExactly("410000 mw");
    assertThat(values(extract("The average wait for a passport had risen to 9.5 weeks."), "wait.duration{}"))
        .containsExactly("9.5 weeks");
    // A speed's own noun says nothing: the verb of moving does.
    assertThat(values(extract("The car was travelling at speeds of up to 90 mph."), "travel.speed{}"))
        .containsExactly("<=145 km/h");
    // A change by a percentage in another clause is that clause's subject's.
    assertThat(values(extract("The airline cut fares in March, and bookings jumped by 12%."), "booking.rate{}"))
        .containsExactly("12%");
    assertThat(values(extract("The government raised fuel duty after emissions fell by 6%."), "emission.rate{}"))
        .containsExactly("6%");
    assertThat(values(extract("The scheme cut the number of hospital admissions by 30%."), "admission.rate{}"))
        .containsExactly("30%");
    // After "to" a word is a verb whatever its tag: "enough to heat 12,000 homes".
    assertThat(values(extract("The plant produces enough to heat 12,000 homes."), "home.count{event=heat}"))
        .containsExactly("12000 homes");
    // The subject's own verb comes before a lexicon predicate further on.
    assertThat(values(extract("About 300 volunteers searched the woods near the closed road."),
        "volunteer.count{event=search}")).containsExactly("~300 volunteers");
    assertThat(values(extract("Four bridges in the county remain closed."), "bridge.count{event=close}"))
        .containsExactly("4 bridges");
    // An adverb the tagger makes of an adjective before the noun; a time after the number is no noun.
    assertThat(values(extract("Six nearby shops were destroyed in the blaze."), "shop.count{event=destroy}"))
        .containsExactly("6 shops");
    assertThat(values(extract("The floods killed 9 overnight."), "person.count{event=kill}")).containsExactly("9 people");
    // A whole, or a count after "the", still states a count when its own participle closes it.
    assertThat(values(extract("The motion passed with 212 votes out of 340 ballots returned."),
        "ballot.count{event=return}")).containsExactly("340 ballots");
    assertThat(values(extract("Of the 96 samples tested, 11 were positive."), "sample.count{event=test}"))
        .containsExactly("96 samples");
    assertThat(values(extract("The 12 climbers reached the summit."), "climber.count{event=reach}")).isEmpty();
    // A verb leading to another with "to" is not the subject's last word: "reached out to request".
    assertThat(values(extract("More than 40 towns have reached out to request emergency aid."),
        "town.count{event=request}")).containsExactly(">40 towns");
  }

  @Test
  public void peopleKnownByAnAgeOrAWhoAndStancesOnAChallenge() {
    // "X, the 58-year-old who chairs ...": a person, whose age it is.
    List<Claim> union = extract("Reporter Ida Moss spoke to miners. Teodor Vasko, the 61-year-old who leads the union, "
        + "said he has ruled out a legal challenge.");
    assertThat(values(union, "person.age{person=teodor vasko}")).containsExactly("61 years");
    assertThat(values(union, "stance.challenge{holder=teodor vasko}")).containsExactly("against");
    // A place described by an age is no person; a person named like an institution still is one.
    assertThat(ofKind(extract("The Kestrel Dam, a 60-year-old structure, failed on Sunday."), ClaimKind.ROLE)).isEmpty();
    assertThat(values(extract("Marta Church, 38, said she would appeal the ruling."), "person.age{person=marta church}"))
        .containsExactly("38 years");
    assertThat(values(extract("Councillor Teodor Vasko said he plans to challenge the ruling in court."),
        "stance.challenge{holder=teodor vasko}")).containsExactly("for");
    // A surname alone before ", who" is the full name given before.
    List<Claim> match = extract("Mira Solberg beat world No. 2 Teodora Vasko 6-3, 6-4. "
        + "Vasko, who needed treatment on her knee, said she would still play in Rome.");
    assertThat(values(match, "stance.play{holder=teodora vasko}")).containsExactly("for");
  }

  @Test
  public void declaringAnEmergencyAndPronounsAfterATranscriptsSpeakerLabel() {
    // One stance however worded: "would declare a state of emergency", "ruled out declaring" one.
    assertThat(values(extract("Premier Joan Ash said she would declare a state of emergency after the floods."),
        "stance.declaration{holder=joan ash}")).containsExactly("for");
    assertThat(values(extract("Premier Joan Ash ruled out declaring a state of emergency."),
        "stance.declaration{holder=joan ash}")).containsExactly("against");
    // "SMITH: X did ... She ruled out ...": she is X, not the reporter whose label opens the line.
    List<Claim> transcript = extract("Reporter Lena Holt is in the town. HOLT: Health Minister Ivo Rask visited the ward. "
        + "He ruled out closing the hospital.");
    assertThat(values(transcript, "stance.closure{holder=ivo rask}")).containsExactly("against");
  }

  @Test
  public void takenToANamedHospitalIsAHospitalization() {
    assertThat(values(extract("Eleven miners were taken to St. Bride's Infirmary with burns."),
        "person.count{event=hospitalize}")).containsExactly("11 people");
    assertThat(values(extract("Four hikers were airlifted to Glen Moray Medical Centre."),
        "hiker.count{event=hospitalize}")).containsExactly("4 hikers");
    // Not a park, and a title before an institution's word is no person.
    assertThat(values(extract("Twelve people were taken to Riverside Park."), "person.count{event=hospitalize}")).isEmpty();
    assertThat(ofKind(extract("Staff at Port Ellery General Hospital said all were stable."), ClaimKind.ROLE)).isEmpty();
  }

  @Test
  public void aDateAfterAPlaceNameStillDatesItsEvent() {
    assertThat(values(extract("The memorial service will be held at St. Brendan's Cathedral in Port Ellery on Thursday."),
        "event.ceremony{}")).containsExactly("Thursday");
  }

  @Test
  public void institutionsAndChannelsAreNoPersons() {
    // "of the X Institute, who ...": the scientist holds the stance, not the institute.
    assertThat(values(extract("Dr. Mara Lind of the Halvard Cancer Institute, who led no part of the work, supports approval."),
        "stance.approval{holder=mara lind}")).containsExactly("for");
    // "told Q8 News she ...": she is the scientist, not the channel.
    assertThat(values(extract("Dr. Mara Lind, a chemist, told K9 Radio she opposes approval of the pesticide."),
        "stance.approval{holder=mara lind}")).containsExactly("against");
  }

  @Test
  public void commitmentsAfterAStatementAndAdjectivesBeforeTheObject() {
    assertThat(values(extract("Striker Ola Berg said in a statement that he would appeal."), "stance.appeal{holder=ola berg}"))
        .containsExactly("for");
    assertThat(values(extract("Striker Ola Berg has decided not to appeal."), "stance.appeal{holder=ola berg}"))
        .containsExactly("against");
    assertThat(values(extract("Governor Rae Lund ruled out compulsory fuel-saving measures."), "stance.measure{holder=rae lund}"))
        .containsExactly("against");
  }

  @Test
  public void powerCutsAreOneCountHoweverWorded() {
    assertThat(values(extract("The storm left about 12,000 homes without electricity."), "home.count{event=lose power}"))
        .containsExactly("~12000 homes");
    assertThat(values(extract("Some 12,000 homes lost power overnight."), "home.count{event=lose power}"))
        .containsExactly("~12000 homes");
    assertThat(values(extract("The utility cut power to 12,000 homes."), "home.count{event=lose power}"))
        .containsExactly("12000 homes");
    // British spellings of counted nouns are one key: centres are centers.
    assertThat(values(extract("The council opened 40 warming centres."), "center.count{event=open}")).containsExactly("40 centers");
  }

  @Test
  public void someoneElsesFutureOrAConditionIsNoCommitment() {
    assertThat(ofKind(extract("Economist Jane Ode said the bank would cut rates in June."), ClaimKind.STANCE)).isEmpty();
    assertThat(ofKind(extract("Coach Jan Berg said Ruiz would miss the final."), ClaimKind.STANCE)).isEmpty();
    assertThat(ofKind(extract("Senator Ida Holm said she would resign if the bill failed."), ClaimKind.STANCE)).isEmpty();
    assertThat(values(extract("Senator Ida Holm rejected calls to resign."), "stance.resignation{holder=ida holm}"))
        .containsExactly("against");
    assertThat(values(extract("Chief executive Ann Lee rejected the offer on Monday."), "stance.offer{holder=ann lee}"))
        .containsExactly("against");
  }

  @Test
  public void aStanceOnAVerbAndOnItsNounAreOneAndCallsForXAreOnX() {
    List<Claim> verb = extract("Finance Minister Ana Silva pledged to negotiate with the unions.");
    List<Claim> noun = extract("Finance Minister Ana Silva ruled out negotiation with the unions.");
    List<Claim> demands = extract("Election chief Tomas Berg turned down demands for a recount on Friday.");

    assertThat(values(verb, "stance.negotiation{holder=ana silva}")).containsExactly("for");
    assertThat(values(noun, "stance.negotiation{holder=ana silva}")).containsExactly("against");
    assertThat(values(demands, "stance.recount{holder=tomas berg}")).containsExactly("against");
    // Six letters or fewer: a noun as it stands.
    assertThat(StanceExtractor.nominalized("debate")).isEqualTo("debate");
    assertThat(StanceExtractor.nominalized("privatize")).isEqualTo("privatization");
  }

  @Test
  public void votesAndDefencesAreStances() {
    List<Claim> claims = extract(
        "Councillor Ama Owusu voted against the levy. Mayor Jon Berg defended the levy on Monday.");

    assertThat(values(claims, "stance.tariff{holder=ama owusu}")).containsExactly("against");
    assertThat(values(claims, "stance.tariff{holder=jon berg}")).containsExactly("for");
  }

  @Test
  public void aPluralTaggedAsAVerbAfterAModifierIsTheObject() {
    List<Claim> claims = extract("Governor Alma Reyes did not rule out further closures if infections keep rising.");

    assertThat(values(claims, "stance.closure{holder=alma reyes}")).containsExactly("for");
  }

  @Test
  public void doesNotPlanToIsAgainst() {
    List<Claim> claims = extract(
        "Chief executive Mark Ellison said the grocery chain does not plan to raise prices this winter.");

    Claim stance = only(claims, "stance.price{holder=mark ellison}");
    assertThat(stance.value().text()).isEqualTo("against");
    assertThat(stance.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(stance.kind()).isEqualTo(ClaimKind.STANCE);
  }

  @Test
  public void parentheticalBeforeStanceAndPronounInNextSentence() {
    List<Claim> claims = extract(
        "Mayor Luis Ortega has, for now, ruled out tax increases. He rejected new fees on restaurants.");

    assertThat(values(claims, "stance.tax{holder=luis ortega}")).containsExactly("against");
    assertThat(values(claims, "stance.fee{holder=luis ortega}")).containsExactly("against");
  }

  @Test
  public void pronounHolderWithAdverb() {
    List<Claim> claims = extract(
        "Mayor Luis Ortega ruled out a tax increase. He also rejected new fees on restaurants.");

    assertThat(values(claims, "stance.fee{holder=luis ortega}")).containsExactly("against");
  }

  @Test
  public void sentenceFinalObjectNoun() {
    List<Claim> claims = extract("Mayor Luis Ortega has, for now, ruled out a curfew.");

    assertThat(values(claims, "stance.curfew{holder=luis ortega}")).containsExactly("against");
  }

  @Test
  public void surnameResolvesToFullName() {
    List<Claim> claims = extract(
        "Chancellor Anna Weber unveiled the budget in parliament. Weber ruled out new borrowing.");

    Claim stance = only(claims, "stance.borrow{holder=anna weber}");
    assertThat(stance.value().text()).isEqualTo("against");
    assertThat(claims.stream().map(Claim::topicKey).toList()).doesNotContain("stance.borrow{holder=weber}");
  }

  @Test
  public void reportedStanceWithPronoun() {
    List<Claim> claims = extract(
        "Chancellor Anna Weber unveiled the budget in parliament. Weber said she opposed new borrowing.");

    assertThat(values(claims, "stance.borrow{holder=anna weber}")).containsExactly("against");
  }

  // --- what is not a claim ------------------------------------------------------------------

  @Test
  public void yearsAndDatesAreNotQuantities() {
    List<Claim> claims = extract("The dam, built in 1998, failed on March 3, 2024, and again in 2019.");

    assertThat(ofKind(claims, ClaimKind.QUANTITY)).isEmpty();
  }

  @Test
  public void definiteNumberIsAReferenceNotACount() {
    List<Claim> claims = extract("The two companies announced the merger on Monday.");
    List<Claim> all = extract("All four were charged with arson and will appear in court on Friday.");

    assertThat(ofKind(claims, ClaimKind.QUANTITY)).isEmpty();
    assertThat(ofKind(all, ClaimKind.QUANTITY)).isEmpty();
  }

  @Test
  public void supportAsANounIsNotAStance() {
    List<Claim> claims = extract(
        "The plan has broad support among lawmakers. Military support costs rose sharply.");

    assertThat(ofKind(claims, ClaimKind.STANCE)).isEmpty();
  }

  // --- attribution, ages, publication dates --------------------------------------------------

  @Test
  public void figuresKeepWhoTheyAreAttributedTo() {
    List<Claim> claims = extract("The blast killed 9 people, police said. "
        + "According to the regional hospital, 11 people were killed.");

    List<Claim> tolls = withKey(claims, "person.count{event=kill}");
    assertThat(tolls.stream().map(c -> c.qualifiers().get("according_to")).toList())
        .containsExactly("police", "regional hospital").inOrder();
  }

  @Test
  public void aSpeakerIsTheSubjectOfTheSpeechVerbNotTheClauseBeforeIt() {
    // A verb's object, a relative clause or the listener is no speaker; "have said" and an
    // inverted "said the coast guard." are.
    List<Claim> claims = extract("The ferry company's director, 61, apologised to families and said 14 people were missing. "
        + "Trustee Ana Vell, who voted against the plan, said the council was \"failing 2,000 tenants.\" "
        + "Harbour officials have said 300 boats were damaged. "
        + "The storm destroyed 12 homes, said the coast guard. "
        + "The mayor told reporters 40 homes were flooded. "
        + "Ana Vell, a trustee, said 30 homes were lost.");

    assertThat(claims.stream().filter(c -> c.sentence().contains("missing")).map(c -> c.qualifiers().get("according_to")))
        .containsExactly((String) null);
    assertThat(claims.stream().filter(c -> c.sentence().contains("tenants")).map(c -> c.qualifiers().get("according_to")))
        .doesNotContain("council was");
    assertThat(values(claims, "boat.count{event=damage}")).isNotEmpty();
    assertThat(claims.stream().filter(c -> c.sentence().contains("damaged")).map(c -> c.qualifiers().get("according_to")))
        .containsExactly("harbour officials");
    assertThat(claims.stream().filter(c -> c.sentence().contains("coast guard")).map(c -> c.qualifiers().get("according_to")))
        .containsExactly("coast guard");
    assertThat(claims.stream().filter(c -> c.sentence().contains("reporters")).map(c -> c.qualifiers().get("according_to")))
        .containsExactly("mayor");
    assertThat(claims.stream().filter(c -> c.sentence().contains("trustee")).map(c -> c.qualifiers().get("according_to")))
        .doesNotContain("homes were lost");
  }

  @Test
  public void anAgeBeforeANameMarksAPerson() {
    List<Claim> claims = extract("The pilot, 52-year-old Tomas Reiter of Linz, was unhurt.");

    assertThat(values(claims, "person.age{person=tomas reiter}")).containsExactly("52 years");
  }

  @Test
  public void aNameBeforeCommaWhoIsAPerson() {
    List<Claim> claims = extract("The motion failed when Priya Nandakumar, who chairs the committee, voted against the levy.");
    // After a preposition the name is a place and "who" is the person before it.
    List<Claim> place = extract("Among the no votes was Councillor Ivo Brandt, the member for Lower Marsh, who voted against the levy.");

    assertThat(values(claims, "stance.tariff{holder=priya nandakumar}")).containsExactly("against");
    assertThat(values(place, "stance.tariff{holder=ivo brandt}")).containsExactly("against");
  }

  @Test
  public void ageAfterANameIsAnAgeNotACount() {
    List<Claim> claims = extract("Prosecutors said Daniel Kovac, 41, shot two guards before fleeing.");

    assertThat(values(claims, "person.age{person=daniel kovac}")).containsExactly("41 years");
    assertThat(claims.stream().map(Claim::topicKey).filter(k -> k.contains(".count")).toList()).isEmpty();
  }

  @Test
  public void relativeDatesResolveAgainstThePublicationDate() {
    Article article = new Article("d", "d.jsonl:1", "The memorial service will be held tomorrow in the town square.",
        "", "", "2024-05-09T08:00:00Z", "", "UTF-8", "s");
    List<Claim> claims = new ClaimExtractor().extract(article);

    Claim service = claims.stream().filter(c -> c.topicKey().equals("event.ceremony{}")).findFirst().orElseThrow();
    assertThat(service.value().text()).isEqualTo("2024-05-10");
    assertThat(service.qualifiers()).containsEntry("published", "2024-05-09");
  }

  // --- second round: an adversarial review and a second batch of blind stories -------------

  @Test
  public void anEventOfSomeoneElseNamesNoOne() {
    List<Claim> relative = extract("The brother of Councillor Ivo Brandt was arrested on Friday.");
    List<Claim> possessor = extract("Officers detained Lena Voss's driver on Sunday.");

    assertThat(withKey(relative, "event.arrest{person=ivo brandt}")).isEmpty();
    assertThat(withKey(possessor, "event.arrest{person=lena voss}")).isEmpty();
  }

  @Test
  public void theAppositiveNameIsTheSubject() {
    List<Claim> claims = extract("An aide to Senator Ada Park, Tom Reyes, was charged on Monday.");

    assertThat(values(claims, "event.charge{person=tom reyes}")).containsExactly("Monday");
    assertThat(withKey(claims, "event.charge{person=ada park}")).isEmpty();
  }

  @Test
  public void eachEventKeepsItsOwnDateAndClearedMeansOfACharge() {
    List<Claim> claims = extract(
        "Suspect Omar Haddad was arrested in Spain and extradited to France on Monday. "
            + "Nurse Kim Lee was cleared of all charges on Friday. Runway 2 was cleared of debris on Friday.");

    assertThat(values(claims, "event.arrest{person=omar haddad}")).containsExactly("arrest");
    assertThat(values(claims, "event.extradition{person=omar haddad}")).containsExactly("Monday");
    assertThat(values(claims, "event.acquittal{person=kim lee}")).containsExactly("Friday");
    assertThat(claims.stream().filter(c -> c.topicKey().startsWith("event.acquittal")).count()).isEqualTo(1);
  }

  @Test
  public void allBeforeACountedNounStillCounts() {
    List<Claim> claims = extract("All 12 climbers were rescued on Sunday after four days underground.");

    assertThat(values(claims, "climber.count{event=rescue}")).containsExactly("12 climbers");
  }

  @Test
  public void aBareNumberWithAPredicateOfThingsCountsNoPeople() {
    List<Claim> claims = extract("Of the 20 flights, 12 were cancelled. Another 12 were cut from the squad.");

    assertThat(claims.stream().filter(c -> c.topicKey().startsWith("person.count")).toList()).isEmpty();
    assertThat(claims.stream().filter(c -> c.topicKey().startsWith("job.count")).toList()).isEmpty();
  }

  @Test
  public void aLevelAfterAChangeInPointsIsOfWhatChanged() {
    List<Claim> turnout = extract("Turnout rose 5 points to 67% in the northern districts.");
    List<Claim> amounts = extract("Profit rose $20 million to $340 million. Exports fell to $2.1 billion from $2.4 billion.");

    assertThat(values(turnout, "turnout.rate{}")).containsExactly("67%");
    assertThat(values(amounts, "profit.amount{}")).containsExactly("USD 340000000");
    assertThat(values(amounts, "export.amount{}")).containsExactly("USD 2100000000");
  }

  @Test
  public void timeNounsPartitivesAndAppositivesDoNotHeadAMeasure() {
    List<Claim> time = extract("The club paid $5 million last week for the striker.");
    List<Claim> part = extract("The majority of stocks fell 2% on Tuesday.");
    List<Claim> worth = extract("The deal, worth $2 billion, was signed in Oslo.");

    assertThat(time.stream().filter(c -> c.topicKey().startsWith("week.")).toList()).isEmpty();
    assertThat(values(part, "share.rate{}")).containsExactly("2%"); // concepts.txt: stocks are shares
    assertThat(values(worth, "deal.amount{}")).containsExactly("USD 2000000000");
  }

  @Test
  public void firesAndFloodsHaveTheirAreaAndContainment() {
    List<Claim> claims = extract("The blaze has scorched more than 5,000 hectares and was 40% contained on Tuesday.");

    assertThat(withKey(claims, "fire.area{}")).hasSize(1);
    assertThat(values(claims, "containment.rate{}")).containsExactly("40%");
  }

  @Test
  public void aStanceReceivedIsNotHeldAndAgreeingIsOne() {
    List<Claim> passive = extract("Mayor Jon Berg was criticized for the delay by residents.");
    List<Claim> agreed = extract("Prime Minister Ana Costa agreed to an independent review on Monday.");

    assertThat(ofKind(passive, ClaimKind.STANCE)).isEmpty();
    assertThat(values(agreed, "stance.review{holder=ana costa}")).containsExactly("for");
    // Agreeing to do something reports what is done, not a stance.
    assertThat(ofKind(extract("Chief Executive Ola Berg said it had agreed to buy Norvik for $2 billion."), ClaimKind.STANCE)).isEmpty();
  }

  @Test
  public void honorificsMarkPersonsAndOldBuildingsAreNone() {
    List<Claim> doctor = extract("Dr. Ruth Okoye has ruled out a second lockdown.");
    List<Claim> mister = extract("Mr Tanaka, 61, said he would appeal.");
    List<Claim> hotel = extract("The 120-year-old Grand Hotel will close in March.");

    assertThat(values(doctor, "stance.lockdown{holder=ruth okoye}")).containsExactly("against");
    assertThat(values(mister, "person.age{person=tanaka}")).containsExactly("61 years");
    assertThat(claims(hotel, "person.age")).isEmpty();
  }

  @Test
  public void emergenciesDataBreachesAndPrices() {
    List<Claim> emergency = extract("Governor Rosa Lind declared a state of emergency for the county on Sunday.");
    List<Claim> copied = extract("Hackers copied 3 million records. The firm said hackers exposed 3 million records.");
    List<Claim> cpi = extract("CPI rose 4.1% in May, the statistics office said.");
    List<Claim> poll = extract("A poll published on Wednesday showed the mayor trailing.");

    assertThat(values(emergency, "event.emergency{}")).containsExactly("Sunday");
    assertThat(values(copied, "record.count{event=steal}")).containsExactly("3000000 records", "3000000 records");
    assertThat(values(cpi, "inflation.rate{}")).containsExactly("4.1%");
    assertThat(ofKind(poll, ClaimKind.EVENT)).isEmpty();
  }

  // --- third round: a third batch of blind stories ----------------------------------------

  @Test
  public void workersAreCountedAsPeopleByWhatHappenedToThem() {
    List<Claim> claims = extract(
        "A blast at the mine killed four workers. Nine have been hospitalized and two were still unaccounted for on Friday.");

    assertThat(values(claims, "person.count{event=kill}")).containsExactly("4 people");
    assertThat(values(claims, "person.count{event=hospitalize}")).containsExactly("9 people");
    assertThat(values(claims, "person.count{event=miss}")).containsExactly("2 people");
    assertThat(claims(claims, "person.count{event=employ}")).isEmpty();
  }

  @Test
  public void courtEventsDueLaterOrNamedByAPossessive() {
    List<Claim> due = extract("Councillor Rhea Tamm was indicted on Monday. She is due to be arraigned on April 2.");
    List<Claim> his = extract("Police charged Pavel Kask, 33, on Monday. His arraignment is set for Friday, April 3.");

    assertThat(values(due, "event.arraignment{person=rhea tamm}")).containsExactly("--04-02");
    assertThat(values(his, "event.arraignment{person=pavel kask}")).containsExactly("Friday, --04-03");
  }

  @Test
  public void theObjectOfAnArrestIsANameByItsCapitals() {
    List<Claim> claims = extract("Border guards arrested Ilse Marek on Sunday near the crossing.");
    List<Claim> modifier = extract("Border guards arrested New Haven residents on Sunday.");

    assertThat(values(claims, "event.arrest{person=ilse marek}")).containsExactly("Sunday");
    assertThat(ofKind(modifier, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  public void compoundObjectsOfAStanceAndAmountsInANoun() {
    List<Claim> stance = extract("Governor Lise Arnt has ruled out binding arbitration. Her lawyer, Tom Vik, ruled out a plea deal.");
    List<Claim> bribes = extract("Prosecutors said the official took $75,000 in kickbacks.");
    List<Claim> recall = extract("The carmaker announced a recall of 40,000 vehicles on Tuesday.");

    assertThat(values(stance, "stance.arbitration{holder=lise arnt}")).containsExactly("against");
    assertThat(values(stance, "stance.deal{holder=tom vik}")).containsExactly("against");
    assertThat(values(bribes, "bribe.amount{}")).containsExactly("USD 75000");
    assertThat(values(recall, "event.recall{}")).containsExactly("Tuesday");
  }

  private static List<Claim> claims(List<Claim> claims, String prefix) {
    return claims.stream().filter(c -> c.topicKey().startsWith(prefix)).toList();
  }

  // --- sixteenth session: the read misses of batch 7, in other wordings ---------------------

  @Test
  public void aParticipleBeforeTheNounSaysWhatHappened() {
    // "74 confirmed cases" and "cases have been confirmed" are one key, whatever verb reports them.
    assertThat(values(extract("The ministry reported 120 confirmed cholera cases on Monday."), "case.count{event=confirm}"))
        .containsExactly("120 cases");
    assertThat(values(extract("Officials said 120 cholera cases have now been confirmed."), "case.count{event=confirm}"))
        .containsExactly("120 cases");
    assertThat(values(extract("Helicopters reached 12 stranded climbers near the summit."), "climber.count{event=strand}"))
        .containsExactly("12 climbers");
    // A participle that describes says nothing of what happened: the verb does.
    assertThat(values(extract("Three armed men stormed the bank."), "person.count{event=storm}")).containsExactly("3 people");
    // Patients are people: "nine patients were hospitalized" and "nine people were" agree.
    assertThat(values(extract("Twelve patients were evacuated from the ward."), "person.count{event=evacuate}"))
        .containsExactly("12 people");
  }

  @Test
  public void aNameOrAnAsideBetweenCountAndPredicateIsSkipped() {
    assertThat(values(extract("Two plants in the Rhine Valley Industrial Park remain closed."), "plant.count{event=close}"))
        .containsExactly("2 plants");
    assertThat(values(extract("Four hospitals — St Anne's, Marlow General and the Royal — were evacuated overnight."),
        "hospital.count{event=evacuate}")).containsExactly("4 hospitals");
  }

  @Test
  public void aLeadIsAMarginOfItsOwnKind() {
    assertThat(values(extract("Early returns showed Senator Ida Holm leading her challenger by 300 votes."),
        "vote.margin{event=lead}")).containsExactly("300 votes");
    assertThat(values(extract("The Harriers held a 12-point lead at halftime."), "point.margin{event=lead}"))
        .containsExactly("12 points");
    assertThat(values(extract("Mayor Tom Ekwall won a 4,200-vote victory."), "vote.margin{event=win}"))
        .containsExactly("4200 votes");
    // A change of the lead is no margin; a compound that is no margin counts nothing.
    assertThat(extract("Her lead narrowed by 300 votes overnight.").stream()
        .filter(c -> c.topicKey().startsWith("vote.margin")).toList()).isEmpty();
    assertThat(ofKind(extract("The council approved a 10-point plan."), ClaimKind.QUANTITY)).isEmpty();
  }

  @Test
  public void aShareOfANamedOrOwnedWholeAndAnAmountOfAQualifiedSubject() {
    assertThat(values(extract("About 60 percent of the region's households have electricity."), "household.rate{}"))
        .containsExactly("~60%");
    assertThat(values(extract("Only 40% of Kessington voters turned out."), "voter.rate{}")).containsExactly("40%");
    assertThat(values(extract("Depositors in the bank lost $3 million."), "depositor.amount{}")).containsExactly("USD 3000000");
  }

  @Test
  public void aVerbAndItsIrregularNounAreOneStance() {
    assertThat(values(extract("Foreign Minister Ana Ruiz ruled out expelling the diplomats."),
        "stance.expulsion{holder=ana ruiz}")).containsExactly("against");
    assertThat(values(extract("Foreign Minister Ana Ruiz backed the expulsion of the diplomats."),
        "stance.expulsion{holder=ana ruiz}")).containsExactly("for");
    // The stance on "the plan to X" or "her decision to X" is on X.
    assertThat(values(extract("Mayor Jon Reyes opposed the plan to demolish the pier."), "stance.demolition{holder=jon reyes}"))
        .containsExactly("against");
    assertThat(ofKind(extract("Mayor Jon Reyes opposed the plan to demolish the pier."), ClaimKind.STANCE)).hasSize(1);
    assertThat(values(extract("Senator Ann Cole has resisted calls for her resignation."),
        "stance.resignation{holder=ann cole}")).containsExactly("against");
    // "to close" and "would not close" read as verbs whatever their tags.
    assertThat(values(extract("Schools chief Rita Moss said she would not close the schools."),
        "stance.closure{holder=rita moss}")).containsExactly("against");
    assertThat(values(extract("Schools chief Rita Moss said there are no plans to close other schools."),
        "stance.closure{holder=rita moss}")).containsExactly("against");
    assertThat(values(extract("Mayor Ana Ruiz on Friday rejected calls for a curfew."), "stance.curfew{holder=ana ruiz}"))
        .containsExactly("against");
  }

  @Test
  public void aRefusedActIsAStanceNotAnEvent() {
    List<Claim> claims = extract("Coach Ivo Marsh has refused to resign.");
    assertThat(values(claims, "stance.resignation{holder=ivo marsh}")).containsExactly("against");
    assertThat(claims.stream().filter(c -> c.kind() == ClaimKind.EVENT).toList()).isEmpty();
  }

  @Test
  public void aRecountAndADateNamedAsADeadline() {
    assertThat(values(extract("Officials will begin a recount of the ballots on Tuesday."), "event.recount{}"))
        .containsExactly("Tuesday");
    assertThat(values(extract("Bids must be submitted by Friday, March 6, the deadline set by the council."),
        "event.deadline{}")).containsExactly("Friday, --03-06");
  }

  @Test
  public void aRoleBeforeACommaKeepsItsFormerMarker() {
    assertThat(values(extract("Its former finance director, Ana Ruiz, testified on Monday."),
        "person.role{person=ana ruiz,role=finance director}")).containsExactly("former");
  }

  @Test
  public void theNYearOldWithNoNounIsTheArticlesProtagonist() {
    List<Claim> claims = extract("Surgeon Mara Quint was cleared on Monday. Mara Quint had denied the charge. "
        + "Her colleague Ben Ode testified. The panel found the 41-year-old not liable.");
    assertThat(values(claims, "person.age{person=mara quint}")).containsExactly("41 years");
    // A noun of its own names someone else.
    List<Claim> victim = extract("Surgeon Mara Quint was cleared on Monday. Mara Quint had denied the charge. "
        + "The 19-year-old patient was not in court.");
    assertThat(values(victim, "person.age{person=mara quint}")).isEmpty();
  }

  @Test
  public void aPartOfAWholeWritesItsCount() {
    // "three of the ship's refrigerated containers" writes 3 containers, though no claim counts them.
    long[] mentioned = EXTRACTOR.extractWithValues(Article.of("doc", "in/doc.txt",
        "Inside three of the ship's refrigerated containers, officers found the drugs.").withStoryId("s")).mentionedValues();
    assertThat(contains(mentioned, ValueSignatures.of(ClaimValue.quantity("3 containers", 3d, 3d, "containers")))).isTrue();
  }

  // --- sixteenth session: the read misses of batch 8, in other wordings ---------------------

  @Test
  public void casualtiesHoweverWorded() {
    assertThat(values(extract("Four sailors lost their lives in the storm."), "sailor.count{event=kill}")).containsExactly("4 sailors");
    assertThat(values(extract("Five passengers were killed."), "person.count{event=kill}")).containsExactly("5 people");
    assertThat(values(extract("The divers found the wreck 60 metres below the surface."), "depth.distance{}"))
        .containsExactly("60 m");
  }

  @Test
  public void jobsLostAndSearchesJoined() {
    assertThat(values(extract("The closure means the loss of 800 jobs."), "job.count{event=lay off}")).containsExactly("800 jobs");
    assertThat(values(extract("About 800 jobs will be lost."), "job.count{event=lay off}")).containsExactly("~800 jobs");
    assertThat(values(extract("Some 150 volunteers joined the search on Sunday."), "volunteer.count{event=search}"))
        .containsExactly("~150 volunteers");
    assertThat(values(extract("More than 300 soldiers are involved in the manhunt."), "person.count{event=search}"))
        .containsExactly(">300 people"); // counted-nouns.txt: soldiers are people
    // Before the number, a search names whom it is for.
    assertThat(values(extract("Rescue teams were searching for 12 people still unaccounted for."), "person.count{event=miss}"))
        .containsExactly("12 people");
    assertThat(values(extract("The bank will close 30 of its 200 branches."), "branch.count{event=close}"))
        .containsExactly("30 branches");
    assertThat(values(extract("The airline owes lenders about $2 billion."), "debt.amount{}")).containsExactly("USD ~2000000000");
  }

  @Test
  public void salesInquiriesAndInspectionsAreDated() {
    assertThat(values(extract("Clearance sales begin on Saturday, May 2."), "event.closing sale{}"))
        .containsExactly("Saturday, --05-02");
    assertThat(values(extract("The inquiry is due to report by June 30."), "event.inquiry{phase=end}")).containsExactly("--06-30");
    assertThat(values(extract("The minister ordered an inquiry, which is expected to report by June 30."),
        "event.inquiry{phase=end}")).containsExactly("--06-30");
    // "last" is the latest inspection, not an earlier one.
    assertThat(values(extract("The bridge was last inspected on May 4."), "event.inspection{}")).containsExactly("--05-04");
  }

  @Test
  public void capturedAfterAnAppositiveWithAnAge() {
    assertThat(values(extract("A second suspect, 22-year-old Tom Reed, was captured on Friday."), "event.arrest{person=tom reed}"))
        .containsExactly("Friday");
  }

  @Test
  public void wardensFormedCoalitionsAndDissolutions() {
    assertThat(values(extract("Warden Ada Cole ruled out suspending the officers."), "stance.pause{holder=ada cole}"))
        .containsExactly("against");
    assertThat(values(extract("Opposition leader Ana Ruiz said she would not form a coalition with the Greens."),
        "stance.coalition{holder=ana ruiz}")).containsExactly("against");
    assertThat(values(extract("President Ana Ruiz said she would dissolve parliament."), "stance.dissolution{holder=ana ruiz}"))
        .containsExactly("for");
  }

  @Test
  public void whatTheParticipleAndStanceRulesLeaveAlone() {
    // A participle after a number that opens its clause is the clause's verb, unless a verb follows
    // its noun.
    assertThat(ofKind(extract("Thirty received treatment at the scene."), ClaimKind.QUANTITY)).isEmpty();
    assertThat(values(extract("More than 300 stranded passengers were flown home."), "person.count{event=strand}"))
        .containsExactly(">300 people");
    // Words that only look like participles, and negated states, name no event.
    assertThat(values(extract("The referee showed 12 red cards during the season."), "card.count{event=show}"))
        .containsExactly("12 cards");
    assertThat(values(extract("Officials deported 120 undocumented migrants."), "migrant.count{event=deport}"))
        .containsExactly("120 migrants");
    // A dash with spaces opens an aside; only a hyphen glued to the number makes a compound.
    assertThat(values(extract("Police arrested 23 - most of them teenagers - after the match."), "person.count{event=arrest}"))
        .containsExactly("23 people");
    // A stance noun after a determiner is still a stance unless "to" follows.
    assertThat(values(extract("Senator Ann Cole reiterated her support for the bill."), "stance.bill{holder=ann cole}"))
        .containsExactly("for");
    // Refusing to give details is no position.
    assertThat(ofKind(extract("Spokesman Tom Reed would not give details."), ClaimKind.STANCE)).isEmpty();
    // A date the event no longer has.
    assertThat(withKey(extract("The hearing, originally scheduled for March 3, was moved to April 10."), "event.hearing{}"))
        .isEmpty();
  }

  @Test
  public void theNYearOldWithANounOfItsOwnIsSomeoneElse() {
    List<Claim> claims = extract("Trucker Dale Brook was charged. Dale Brook denied wrongdoing. "
        + "The 19-year-old woman in the other car died.");
    assertThat(values(claims, "person.age{person=dale brook}")).isEmpty();
  }

  @Test
  public void aCapacityHoweverWritten() {
    assertThat(values(extract("The arena, with a seating capacity of 18,500, opened in 2004."), "capacity.count{}"))
        .containsExactly("18500 people");
    assertThat(values(extract("Fans packed the 18,500-capacity arena."), "capacity.count{}")).containsExactly("18500 people");
    assertThat(values(extract("The hall, which holds 900, was full by noon."), "capacity.count{}")).containsExactly("900 people");
    assertThat(values(extract("The vessel was licensed to carry 300 but had a capacity of 320 passengers."), "capacity.count{}"))
        .containsExactly("320 people");
    // A form of hold before a noun or "of" is another fact.
    assertThat(withKey(extract("The gunman held 12 hostages for six hours."), "capacity.count{}")).isEmpty();
    assertThat(withKey(extract("The Civic Union holds 42 of the assembly's 80 seats."), "capacity.count{}")).isEmpty();
  }

  // --- batch 9 (dam failure, airline strike, mayor recall), tested in other wordings ---------------

  @Test
  public void whatSomethingCostsIsACostNotThePriceOfAGood() {
    // "costing the airline 14 million euros a day"; the indirect object does not name the amount.
    assertThat(values(extract("Officials said the port closure was costing the city $2.5 million a week."),
        "cost.amount{per=week}")).containsExactly("USD 2500000");
    assertThat(values(extract("Repairing the levee will cost $48 million, engineers said."), "cost.amount{}"))
        .containsExactly("USD 48000000");
  }

  @Test
  public void aCommitmentWithALightVerbIsOnItsNoun() {
    // "she would order binding arbitration", as "ruled out ordering binding arbitration".
    Claim curfew = only(extract("Police Chief Dana Whitlock said she would order a curfew in the old town."),
        "stance.curfew{holder=dana whitlock}");
    assertThat(curfew.value().text()).isEqualTo("for");
  }

  @Test
  public void aProcessHeadsItsCompound() {
    // "an independent safety review" is a review, as "a review of the dam's safety".
    assertThat(withKey(extract("Senator Lydia Marsh has called for a financial audit of the agency."),
        "stance.review{holder=lydia marsh}")).hasSize(1);
  }

  @Test
  public void aStructureThatGivesWayAndATakingOfOfficeAreDated() {
    assertThat(values(extract("The levee gave way on Tuesday, flooding the lower town."), "event.collapse{}"))
        .containsExactly("Tuesday");
    assertThat(values(extract("The storm drain burst on Friday night."), "event.collapse{}")).containsExactly("Friday");
    assertThat(values(extract("The new governor will be sworn in on Jan. 20 in the capital."), "event.swearing-in{}"))
        .hasSize(1);
    // A government that collapses is no structure: the day belongs to the vote that brought it down.
    assertThat(values(extract("The coalition collapsed on Monday when it lost a confidence vote."), "event.collapse{}"))
        .isEmpty();
  }

  @Test
  public void theAgeOfATitledOrNamedPersonWithoutTheName() {
    // "The 58-year-old mayor told supporters": the one person the article gives that title.
    List<Claim> senator = extract("Senator Rhea Calloway lost her seat on Tuesday. "
        + "The 61-year-old senator said she would not run again. Calloway thanked her staff.");
    assertThat(values(senator, "person.age{person=rhea calloway}")).containsExactly("61 years");
    // "recalled Mayor Vantassel, making the 59-year-old the first ...": the protagonist named before.
    List<Claim> coach = extract("The club sacked coach Ivo Brandt on Sunday, making the 47-year-old the third coach "
        + "to leave this season. Brandt had led the team since 2021. Brandt declined to comment.");
    assertThat(values(coach, "person.age{person=ivo brandt}")).containsExactly("47 years");
    // Two people with the title: no one in particular.
    List<Claim> two = extract("Judge Ana Ruiz and Judge Paul Stone heard the case. The 55-year-old judge said little. "
        + "Ruiz left first.");
    assertThat(two.stream().filter(c -> c.attribute().equals("age")).toList()).isEmpty();
  }

  // --- batch 10 (tornado, water contamination, CEO resignation, avalanche), other wordings ------

  @Test
  public void othersAreOfTheCountBefore() {
    // "61 homes were destroyed and about 240 others damaged".
    List<Claim> cars = extract("Nine cars were burned and 30 others were damaged overnight, police said.");
    assertThat(values(cars, "car.count{event=damage}")).containsExactly("30 cars");
    // Without a count before, others are people: "40 others were treated at the scene".
    assertThat(values(extract("Officials said 40 others were treated at the scene."), "person.count{event=treat}"))
        .containsExactly("40 people");
  }

  @Test
  public void aRequestIsOnWhatIsRequested() {
    // "would request federal disaster aid": the aid, whatever the tagger calls it.
    assertThat(withKey(extract("Mayor Tomas Lind said he would request emergency assistance from the state."),
        "stance.aid{holder=tomas lind}")).hasSize(1);
  }

  @Test
  public void sharesHoweverNamed() {
    // "Shares of X fell 18%", "the stock dropped 18 percent", "the share price dropped 18 per cent".
    assertThat(values(extract("Brightwell stock slid 6.5 percent in early trading."), "share.rate{}"))
        .containsExactly("6.5%");
    assertThat(values(extract("The bank's share price jumped 11 per cent on Friday."), "share.rate{}"))
        .containsExactly("11%");
    assertThat(values(extract("The board offered $12.40 a share in cash."), "offer.amount{per=share}"))
        .containsExactly("USD 12.4");
  }

  @Test
  public void suingTenuresBurialsAndAvalanches() {
    // "would sue Clearbrook" / "ruled out suing" / "intends to file a lawsuit": one stance.
    List<Claim> sue = extract("Governor Ada Brisk said she would sue the contractor over the delays.");
    assertThat(only(sue, "stance.lawsuit{holder=ada brisk}").value().text()).isEqualTo("for");
    List<Claim> suing = extract("Governor Ada Brisk ruled out suing the contractor.");
    assertThat(only(suing, "stance.lawsuit{holder=ada brisk}").value().text()).isEqualTo("against");
    // "nine years at the helm", "six years in office": a tenure.
    assertThat(values(extract("She steps down after 14 years in charge of the orchestra."), "tenure.duration{}"))
        .containsExactly("14 years");
    assertThat(values(extract("The miners were buried for nearly three hours."), "burial.duration{}")).hasSize(1);
    // "The avalanche struck/NOUN on Monday": a past form of a timing verb is the verb, whatever its tag.
    assertThat(values(extract("The avalanche struck on Monday, rescuers said."), "event.avalanche{}"))
        .containsExactly("Monday");
    assertThat(values(extract("The explosion struck early on Friday."), "event.explosion{}")).containsExactly("Friday");
  }

  // --- batch 11 (art heist, vaccine approval, ship hijacking, bus crash), other wordings --------

  @Test
  public void aGerundOfAVerbThatIsItsOwnNounIsTheStance() {
    // "ruled out banning night buses" is on a ban, as "ruled out a ban" (not on the buses).
    assertThat(withKey(extract("Health Minister Ilse Varga ruled out banning energy drinks for teenagers."),
        "stance.ban{holder=ilse varga}")).hasSize(1);
    assertThat(withKey(extract("Senator Joel Amis ruled out capping rents in the capital."),
        "stance.cap{holder=joel amis}")).hasSize(1);
  }

  @Test
  public void efficacyRolloutsHijackingsAndPeopleOnDuty() {
    assertThat(values(extract("The new drug was 64% effective in reducing relapses, the company said."),
        "efficacy.rate{}")).containsExactly("64%");
    assertThat(values(extract("The vaccination rollout will begin on April 6 in care homes."), "event.rollout{}"))
        .hasSize(1);
    assertThat(values(extract("Gunmen hijacked the ferry on Thursday off the northern coast."), "event.hijacking{}"))
        .containsExactly("Thursday");
    assertThat(values(extract("Only three nurses were on duty when the fire broke out."), "nurse.count{event=duty}"))
        .containsExactly("3 nurses");
  }

  @Test
  public void anAmountPerUnitOfAGoodNamedByItsUnitIsAPrice() {
    // "at €18.40 a dose" is the price of a dose; a cost per day is no price.
    assertThat(values(extract("The ministry bought the test kits at $7.90 a kit."), "price.amount{per=kit}")).hasSize(1);
    assertThat(values(extract("The outage is costing the utility $1.2 million a day."), "cost.amount{per=day}")).hasSize(1);
    // A cost per household or per patient is shared out, not a price (per-head-units.txt).
    assertThat(withKey(extract("The new levy will cost $300 per household, the council said."), "price.amount{per=household}"))
        .isEmpty();
  }

  // --- batch 12 (border clash, satellite launch, food poisoning, housing plan), other wordings ---

  @Test
  public void aLengthSaysWhichExtentItIs() {
    // "the dam is 42 metres high", "the 42-metre-high dam", "an orbit 550 km above Earth".
    assertThat(values(extract("The tower stands 310 metres tall, the developer said."), "tower.height{}")).hasSize(1);
    assertThat(values(extract("The new runway is 3.2 km long."), "runway.length{}")).hasSize(1);
    assertThat(values(extract("The balloon drifted at 12 km above sea level."), "balloon.altitude{}")).hasSize(1);
    // A depth named as the depth stays one: "about 6 miles deep" as "a depth of 10 km".
    assertThat(values(extract("The quake was shallow, about 8 km deep."), "depth.distance{}")).hasSize(1);
  }

  @Test
  public void troopsOwnersTalksAndDismissals() {
    assertThat(values(extract("The army is sending 2,000 more troops to the region."), "person.count{event=send}"))
        .hasSize(1);
    List<Claim> owner = extract("Bakery owner Lise Aronsen, 47, closed the shop on Friday.");
    assertThat(values(owner, "person.age{person=lise aronsen}")).containsExactly("47 years");
    List<Claim> talks = extract("Foreign Minister Pavel Orsic dismissed talks with the rebels.");
    assertThat(only(talks, "stance.talks{holder=pavel orsic}").value().text()).isEqualTo("against");
    // A light verb's noun after an adjective is the noun itself.
    assertThat(withKey(extract("Councillor Amy Reed called for a nationwide strike next month."),
        "stance.strike{holder=amy reed}")).hasSize(1);
    assertThat(withKey(extract("Councillor Amy Reed called for a citywide referendum on the plan."),
        "stance.referendum{holder=amy reed}")).hasSize(1);
  }

  @Test
  public void whatTheReviewOfTheseRulesFoundStaysApart() {
    // A promise to make a decision is no position; talk of a merger is no talks.
    assertThat(ofKind(extract("Mayor Lena Cho said she would make a decision next week."), ClaimKind.STANCE)).isEmpty();
    assertThat(withKey(extract("Chief Executive Omar Hale dismissed talk of a merger."), "stance.talks{holder=omar hale}"))
        .isEmpty();
    // An effective tax rate is no efficacy.
    assertThat(withKey(extract("The company paid an effective tax rate of 21% last year."), "efficacy.rate{}")).isEmpty();
    // Someone else named before in the sentence, not its object: the age is not theirs.
    List<Claim> coach = extract("Coach Dana Ellis, who has managed the club since 2019, said the 19-year-old would "
        + "start on Sunday. Ellis praised the team. Ellis left.");
    assertThat(coach.stream().filter(c -> c.attribute().equals("age")).toList()).isEmpty();
  }

  // --- batch 13 (refinery fire, sanctions package, marathon record, teacher strike), other wordings ---

  @Test
  public void aFireIsAnIncidentDatedByItsOwnVerb() {
    assertThat(values(extract("The blaze started shortly after midnight on Sunday in a storage shed."), "event.fire{}"))
        .containsExactly("Sunday");
    assertThat(values(extract("Saturday's fire gutted the warehouse."), "event.fire{}")).containsExactly("Saturday");
    // Putting a fire out, or condemning an attack, on a day dates that, not the incident.
    assertThat(withKey(extract("Firefighters put out the fire on Thursday."), "event.fire{}")).isEmpty();
    assertThat(withKey(extract("Crews finally extinguished the blaze on Wednesday."), "event.fire{}")).isEmpty();
    assertThat(withKey(extract("World leaders condemned the bombing on Monday."), "event.bombing{}")).isEmpty();
    // Gunfire and criticism are no fire.
    assertThat(withKey(extract("Soldiers opened fire on Friday near the checkpoint."), "event.fire{}")).isEmpty();
    assertThat(withKey(extract("The coach came under fire on Monday after the defeat."), "event.fire{}")).isEmpty();
  }

  @Test
  public void aPresentVerbTaggedAsAPluralNounStillCounts() {
    // "The refinery processes about 185,000 barrels": the verb after a singular subject.
    assertThat(values(extract("The mine, the largest in the province, employs about 1,200 people."),
        "person.count{event=employ}")).hasSize(1);
    assertThat(values(extract("The port handles about 900 ships a year."), "ship.count{event=handle}")).hasSize(1);
  }

  @Test
  public void aCountCoordinatedWithAnotherSharesItsVerb() {
    List<Claim> claims = extract("The storm damaged 300 houses and 45 schools across the district.");
    assertThat(values(claims, "home.count{event=damage}")).containsExactly("300 homes");
    assertThat(values(claims, "school.count{event=damage}")).containsExactly("45 schools");
    // Two numbers of one range are no coordinated counts.
    assertThat(withKey(extract("Temperatures reached between 30 and 35 degrees."), "degree.count{event=reach}"))
        .hasSize(1);
  }

  @Test
  public void aValueWorthSomethingIsTheNounBeforeIt() {
    assertThat(values(extract("Jewels worth an estimated $3 million were taken from the vault."), "jewel.amount{}"))
        .hasSize(1);
  }

  @Test
  public void aNameShortenedToItsSurnameIsThePersonNamedInFull() {
    // "Selina Marovic broke the record ... Marovic, 27, took ...": the full name, not the surname.
    List<Claim> claims = extract("Tomas Brandvold won the ski jumping title on Saturday. "
        + "Brandvold, 24, jumped 141 metres in the final round.");
    assertThat(values(claims, "person.age{person=tomas brandvold}")).containsExactly("24 years");
    assertThat(withKey(claims, "person.age{person=brandvold}")).isEmpty();
    // A descriptor before the name is not part of it: "Top-seeded Tomas Brandvold".
    assertThat(values(extract("Top-seeded Tomas Brandvold won on Saturday. Brandvold, 24, jumped 141 metres."),
        "person.age{person=tomas brandvold}")).containsExactly("24 years");
    // "The 24-year-old won the Holmen Cup": the name after a verb is its object, not the one aged.
    List<Claim> object = extract("Tomas Brandvold has won the title. The 24-year-old beat Holmen Aalto in the final. "
        + "Brandvold wept. Brandvold thanked his coach.");
    assertThat(withKey(object, "person.age{person=holmen aalto}")).isEmpty();
    // A clause after a comma is no role: "wins in Lakeby, but coach rules out the final".
    List<Claim> headline = extract("Brandvold wins in Lakeby, but coach rules out the final. Tomas Brandvold won.");
    assertThat(headline.stream().filter(c -> c.topicKey().startsWith("person.role{person=lakeby")).toList()).isEmpty();
  }

  @Test
  public void stancesOfCompaniesCompoundsAndRelativeClauses() {
    // A company named at the start of a sentence, written as a name elsewhere in the article.
    List<Claim> company = extract("The flood reached Orlen Brewing's warehouses on Monday. "
        + "Orlen said it would compensate customers for spoiled orders.");
    assertThat(only(company, "stance.compensation{holder=orlen}").value().text()).isEqualTo("for");
    // Not a word capitalized only because it opens the sentence.
    assertThat(ofKind(extract("Officials said it would compensate nobody. Two Officials Quit."), ClaimKind.STANCE))
        .isEmpty();
    // The head of a compound is its last noun; a change keeps the noun changed.
    assertThat(withKey(extract("Senator Ada Voss opposed a wildlife corridor."), "stance.corridor{holder=ada voss}"))
        .hasSize(1);
    assertThat(withKey(extract("Senator Ada Voss opposed fare increases."), "stance.fare{holder=ada voss}")).hasSize(1);
    // The subject of the verb after a relative clause, not the person named inside it.
    List<Claim> relative = extract("Coach Rita Olsen, who has trained Mia Lund since 2020, ruled out a comeback.");
    assertThat(withKey(relative, "stance.comeback{holder=rita olsen}")).hasSize(1);
    // "told Radio X he will ...", and "back to work" is no support.
    List<Claim> told = extract("Transport Minister Ivo Marek told reporters he will privatize the railway. "
        + "He wants drivers back to work.");
    assertThat(withKey(told, "stance.privatization{holder=ivo marek}")).hasSize(1);
    assertThat(withKey(told, "stance.work{holder=ivo marek}")).isEmpty();
  }

  @Test
  public void whatAnAmountIsInOrOf() {
    assertThat(values(extract("The court ordered the firm to pay $1.2 million in damages."), "damage.amount{}")).hasSize(1);
    assertThat(values(extract("The fund lost €300 million of its investments."), "investment.amount{}")).hasSize(1);
    // A place or a time after "in" is not what the amount is.
    assertThat(withKey(extract("The chain made $40 million in the first quarter."), "quarter.amount{}")).isEmpty();
  }

  @Test
  public void aCountsVerbComesAfterAPhraseOfPlace() {
    // "14,000 teachers in the province of X walked off the job"; irregular pasts are lemmatized.
    assertThat(values(extract("Some 2,000 nurses across the northern region went on strike on Monday."),
        "nurse.count{event=go}")).hasSize(1);
    assertThat(values(extract("About 800 dockers at the port of Halden began a walkout."), "docker.count{event=begin}"))
        .hasSize(1);
  }

  @Test
  public void anOrganizationSpeakingThroughARelativeClause() {
    List<Claim> claims = extract("Regulators fined Corvex Mining on Monday. "
        + "Corvex, which has said it will appeal the fine, declined to comment.");
    assertThat(only(claims, "stance.appeal{holder=corvex}").value().text()).isEqualTo("for");
    // A verb of the event itself is no other verb: "the tanker that gunmen hijacked on Sunday".
    assertThat(values(extract("It is the tanker that gunmen hijacked on Sunday off the coast."), "event.hijacking{}"))
        .containsExactly("Sunday");
  }

  // --- batch 14 (plane emergency, lottery jackpot, power blackout, wage deal), other wordings ---

  @Test
  public void aSentenceOpeningWithAnEarlierYearIsBackground() {
    // "In 2019 an ice storm left about 90,000 customers without power": another event's figures.
    assertThat(ofKind(extract("In 2014, a mudslide buried 40 homes in the same valley. This year's slide was worse, "
        + "the 2025 report says."), ClaimKind.QUANTITY)).isEmpty();
    // Last year's results in this year's report are the story's: no later year is written.
    assertThat(values(extract("In 2024, the airline carried 48 million passengers."), "person.count{event=carry}"))
        .hasSize(1);
    // A plan for a year ahead is the story's.
    assertThat(values(extract("In 2031, the tunnel will carry 90,000 vehicles a day."), "vehicle.count{event=carry}"))
        .hasSize(1);
  }

  @Test
  public void theTimeGivenOrTakenToDoSomethingIsThatThings() {
    assertThat(values(extract("Tenants have 60 days from the notice to appeal the eviction."), "appeal.duration{}"))
        .containsExactly("60 days");
    assertThat(values(extract("The airline has 30 days to comply with the ruling."), "compliance.duration{}"))
        .containsExactly("30 days");
    assertThat(values(extract("It took crews nearly six hours to bring the flooding under control."), "control.duration{}"))
        .hasSize(1);
    assertThat(values(extract("The evacuation took about 40 minutes."), "evacuation.duration{}")).hasSize(1);
  }

  @Test
  public void whatTheReviewOfBatchFourteensRulesFound() {
    // A time to do something only after have/take/give: "paused for 90 days to allow talks" is the pause's.
    assertThat(withKey(extract("The government paused the tariffs for 90 days to allow talks."), "allow.duration{}"))
        .isEmpty();
    assertThat(withKey(extract("With two weeks to go, the race is open."), "go.duration{}")).isEmpty();
    // "in advance", "in total" say how, not what.
    assertThat(withKey(extract("The club paid $5 million in advance."), "advance.amount{}")).isEmpty();
    // Weights in pounds stay weights outside a sentence about money.
    assertThat(withKey(extract("The company has recalled 2.3 million pounds, inspectors said."), "company.amount{}"))
        .isEmpty();
    // A crash survived on Sunday is dated Sunday; "the recommended dose" is no stance.
    assertThat(values(extract("He survived the crash on Sunday."), "event.crash{}")).containsExactly("Sunday");
    assertThat(ofKind(extract("Dr. Jane Smith said the recommended dose is 5 mg."), ClaimKind.STANCE)).isEmpty();
    // A given name with a hyphen stays a name; an outsider does not speak for a company.
    assertThat(values(extract("Heung-min Vasko, 32, scored twice on Sunday."), "person.age{person=heung-min vasko}"))
        .hasSize(1);
    assertThat(ofKind(extract("Police Chief Tom Hale said the operator would face charges."), ClaimKind.STANCE)).isEmpty();
    // A share is the subject's head, past a place: "exports to China accounted for 25%".
    assertThat(values(extract("Exports to Norway accounted for 25% of total exports."), "export.rate{}")).hasSize(1);
    // A plane that came down with people on board did not fall ill.
    assertThat(withKey(extract("The plane came down with 132 people on board."), "person.count{event=sicken}")).isEmpty();
  }

  @Test
  public void aHyphenatedModifierATimeAndANounOfCancellingLeaveTheCount() {
    assertThat(values(extract("Officials reported five flood-related deaths on Sunday."), "person.count{event=kill}"))
        .containsExactly("5 people");
    assertThat(values(extract("The ferry strike left about 2,000 passengers stranded overnight in Dover."),
        "person.count{event=strand}")).containsExactly("~2000 people");
    assertThat(values(extract("About 2,000 passengers spent the night stranded in Dover."), "person.count{event=strand}"))
        .containsExactly("~2000 people");
    assertThat(values(extract("A blizzard closed the pass, stranding about 2,000 passengers overnight."),
        "person.count{event=strand}")).containsExactly("~2000 people");
    assertThat(values(extract("The strike led to the cancellation of 230 trains on Friday."), "train.count{event=cancel}"))
        .containsExactly("230 trains");
  }

  @Test
  public void aDurationForWhichSomethingWasDoneIsThatThings() {
    // A ban however worded; not the one banned, not what they were banned from.
    for (String sentence : List.of("The sprinter was banned for four years.",
        "The sprinter was banned from competing for four years.", "He received a four-year ban.",
        "The tribunal disqualified him from racing for four years.", "She was handed a four-year racing ban.")) {
      assertThat(values(extract(sentence), "ban.duration{}")).containsExactly("4 years");
    }
    // A verb without a noun of its own names nothing.
    assertThat(withKey(extract("She worked for 20 years."), "work.duration{}")).isEmpty();
    // Not a gerund before a time or before the next clause's subject.
    assertThat(withKey(extract("After a six-hour meeting yesterday, ministers agreed."), "yesterday.duration{}")).isEmpty();
  }

  @Test
  public void aVoteIsDatedByItsVerb() {
    assertThat(values(extract("Union members voted 412-88 on Friday to accept the offer."), "event.vote{}"))
        .containsExactly("Friday");
    // Not a vote in a relative clause about a person, nor an award.
    assertThat(withKey(extract("Senator Ana Ruiz, who voted against the bill in committee on Monday, spoke."), "event.vote{}"))
        .isEmpty();
    assertThat(withKey(extract("Kane was voted player of the year on Sunday."), "event.vote{}")).isEmpty();
    assertThat(values(extract("The offer was accepted in a 412-88 vote on Friday."), "event.vote{}"))
        .containsExactly("Friday");
  }

  @Test
  public void withinADistanceOfAPlaceIsARadius() {
    assertThat(values(extract("Residents within five miles of the refinery were told to stay indoors."), "radius.distance{}"))
        .hasSize(1);
    assertThat(values(extract("Residents inside a five-mile radius of the refinery were told to stay indoors."),
        "radius.distance{}")).hasSize(1);
    assertThat(withKey(extract("The flames came within 500 metres of homes."), "radius.distance{}")).isEmpty();
    // Moved out of their homes is evacuated.
    assertThat(values(extract("About 900 people were moved out of homes by the river."), "person.count{event=evacuate}"))
        .containsExactly("~900 people");
  }

  @Test
  public void aGerundTheTaggerCallsAConjunctionAndAWhoseClause() {
    // "raising" tagged SCONJ after the stance verb is still the gerund.
    assertThat(values(extract("Senator Mia Kort opposed raising the retirement age."), "stance.age{holder=mia kort}"))
        .containsExactly("against");
    // A stance inside "whose ..." is not the name's.
    assertThat(ofKind(extract("Mia Kort, whose party draws support from factory towns, spoke on Monday."), ClaimKind.STANCE))
        .isEmpty();
  }

  @Test
  public void theOneToldIsNotWhomThePronounMeans() {
    assertThat(values(extract("Governor Ana Ruiz told Radio Kestrel she opposes the pipeline."),
        "stance.pipeline{holder=ana ruiz}")).containsExactly("against");
    // Unless the one told is someone the story is about.
    assertThat(values(extract("Maria Lopez, 31, was convicted. Judge Peter Hale told Maria Lopez she opposes the plan."),
        "stance.plan{holder=maria lopez}")).containsExactly("against");
    // An interviewer is one told, and "that" may stand between.
    assertThat(values(extract("Governor Ana Ruiz told reporter Lena Moss that she opposes the pipeline."),
        "stance.pipeline{holder=ana ruiz}")).containsExactly("against");
    // Reopening a site and its reopening are one stance.
    assertThat(values(extract("Governor Ana Ruiz opposes reopening the mine."), "stance.reopen{holder=ana ruiz}"))
        .containsExactly("against");
    assertThat(values(extract("Governor Ana Ruiz ruled out any reopening of the mine."), "stance.reopen{holder=ana ruiz}"))
        .containsExactly("against");
  }

  @Test
  public void whatSomethingIsValuedAtIsItsValuation() {
    for (String sentence : List.of("The deal valued the brewer at about $7 billion.",
        "Analysts valued Orvel at about $7 billion.", "The deal gave the brewer a valuation of about $7 billion.")) {
      assertThat(values(extract(sentence), "valuation.amount{}")).containsExactly("USD ~7000000000");
    }
    assertThat(withKey(extract("The stolen paintings were valued at $3 million."), "valuation.amount{}")).isEmpty();
    assertThat(withKey(extract("Jewels valued by insurers at £25 million were stolen."), "valuation.amount{}")).isEmpty();
    assertThat(values(extract("Orvel was valued at about $7 billion."), "valuation.amount{}")).containsExactly("USD ~7000000000");
  }

  @Test
  public void aNameSetOffAfterANounOfKinIsAPerson() {
    assertThat(values(extract("The boy's father, Tomas Reiter, criticised the verdict as too lenient."),
        "stance.verdict{holder=tomas reiter}")).containsExactly("against");
    // Another given name with the known surname is another person: the boy's age is not his father's.
    List<Claim> family = extract("The boy's father, Tomas Reiter, 44, spoke outside court. "
        + "The driver hit 12-year-old pedestrian Lukas Reiter on Kiln Road.");
    assertThat(values(family, "person.age{person=tomas reiter}")).containsExactly("44 years");
    // A surname two named people share is the one named last.
    List<Claim> shared = extract("The victim, student Lukas Reiter, was 12. His father, Tomas Reiter, 44, sat in court. "
        + "Lukas had been cycling home. Outside court, Mr Reiter criticised the verdict as too lenient.");
    assertThat(values(shared, "stance.verdict{holder=tomas reiter}")).containsExactly("against");
    // A bare surname is not resolved by recency: it is often the story's main person.
    List<Claim> bare = extract("Lukas Reiter, 19, was sentenced on Friday. His father, Tomas Reiter, 44, sat in court. "
        + "Reiter rejected the verdict.");
    assertThat(withKey(bare, "stance.verdict{holder=tomas reiter}")).isEmpty();
    // A name given after the known surname at a sentence's start is that person.
    List<Claim> opener = extract("Senator Ana Ruiz, 58, spoke. Although Ruiz opposed the pension reform, she voted for it.");
    assertThat(values(opener, "stance.reform{holder=ana ruiz}")).isNotEmpty();
    // Not a place set off after a noun.
    assertThat(ofKind(extract("In the capital, Port Marran, crowds opposed the plan."), ClaimKind.STANCE)).isEmpty();
  }

  @Test
  public void anAmountIsNamedByWhatItIsFor() {
    // "for" a noun, "to" a verb with a noun of its own, a fund by its purpose: one fact however worded.
    assertThat(values(extract("The insurer set aside $12 million to compensate flood victims."), "compensation.amount{}"))
        .containsExactly("USD 12000000");
    assertThat(values(extract("The insurer has put aside 12 million dollars for compensation."), "compensation.amount{}"))
        .containsExactly("USD 12000000");
    assertThat(values(extract("The airline set up a $12 million compensation fund."), "compensation.amount{}"))
        .containsExactly("USD 12000000");
    assertThat(values(extract("The council has earmarked £3 million for repairs to the sea wall."), "repair.amount{}"))
        .containsExactly("GBP 3000000");
    assertThat(values(extract("The storm caused $2 billion repair costs."), "repair.amount{}")).containsExactly("USD 2000000000");
    // Not a name or a time after "for", not a verb without a noun of its own after "to".
    assertThat(withKey(extract("Orvel Group paid $2 billion for Rival Corp."), "rival.amount{}")).isEmpty();
    assertThat(withKey(extract("The fund lost $3 million for the year."), "year.amount{}")).isEmpty();
    assertThat(withKey(extract("The share sale raised $900 million for the company."), "company.amount{}")).isEmpty();
    assertThat(withKey(extract("The appeal raised $2 million for flood victims."), "person.amount{}")).isEmpty();
    assertThat(withKey(extract("The appeal raised $2 million for flood victims."), "victim.amount{}")).isEmpty();
    assertThat(values(extract("The council has earmarked £3 million for the repairs."), "repair.amount{}"))
        .containsExactly("GBP 3000000");
    assertThat(withKey(extract("The club raised $5 million to paint the stands."), "paint.amount{}")).isEmpty();
  }

  @Test
  public void anAmountBeforeTaxesIsNotTheTax() {
    assertThat(values(extract("Each winner gets a one-off payment of $2.4 million before taxes."), "payment.amount{}"))
        .hasSize(1);
    assertThat(withKey(extract("Each winner gets a one-off payment of $2.4 million before taxes."), "tax.amount{}")).isEmpty();
  }

  @Test
  public void anExecutiveSpeaksForTheCompany() {
    List<Claim> claims = extract("Chief executive Mara Quist said the airline would refund every ticket.");
    assertThat(withKey(claims, "stance.refund{holder=mara quist}")).hasSize(1);
    // A bank's chief executive speaks for the bank; "pledged to refund every customer" and "ruled
    // out refunds" are one stance (a verb that is its own noun, lexicon/nominalizations.txt).
    String key = "stance.refund{holder=ines talbot}";
    assertThat(values(extract("Chief executive Ines Talbot said the bank would refund any depositor who lost savings."), key))
        .containsExactly("for");
    assertThat(values(extract("Chief executive Ines Talbot pledged to refund every depositor."), key)).containsExactly("for");
    assertThat(values(extract("Chief executive Ines Talbot ruled out refunds."), key)).containsExactly("against");
    assertThat(values(extract("Chief executive Ines Talbot met depositors. She said the bank will refund every one of them."),
        key)).containsExactly("for");
    // Naming the company, its executive speaks for it; an analyst does not.
    assertThat(values(extract("Chief executive Ines Talbot said Orvel would not pay a dividend."),
        "stance.dividend{holder=ines talbot}")).containsExactly("against");
    assertThat(values(extract("Chief executive Ines Talbot said Mayor Jo Park would not resign."),
        "stance.resignation{holder=jo park}")).containsExactly("against");
    assertThat(values(extract("Club spokesman Tom Hale said Marcus Webb would not appeal the ban."),
        "stance.appeal{holder=marcus webb}")).containsExactly("against");
    assertThat(values(extract("Analyst Jo Reed said Orvel would not pay a dividend."),
        "stance.dividend{holder=orvel}")).containsExactly("against");
    // Not for a government or a union another speaker talks about.
    assertThat(ofKind(extract("Union leader Ada Brun said the government would legislate."), ClaimKind.STANCE)).isEmpty();
    // A gerund the tagger makes an adjective is still the verb's noun.
    assertThat(withKey(extract("Chief executive Mara Quist ruled out compensating passengers."),
        "stance.compensation{holder=mara quist}")).hasSize(1);
  }

  @Test
  public void moreWordingsOfBatchFourteen() {
    // A relative clause about the event gives its date; "set/NOUN to start" is the verb.
    assertThat(values(extract("The two-day summit that was due to open on Thursday, May 7, has been postponed."),
        "event.summit{}")).hasSize(1);
    assertThat(values(extract("Drivers called a 48-hour walkout set to start on Friday."), "event.strike{}"))
        .containsExactly("Friday");
    // A plural possessive inside a name: "of Harbor Pilots' Association members".
    assertThat(values(extract("Nearly 60 percent of Harbor Pilots' Association members backed the plan."),
        "member.rate{}")).hasSize(1);
    // A refusal to change something is on the thing: "would not raise taxes".
    assertThat(withKey(extract("Mayor Ines Calder said she would not raise bus fares."),
        "stance.fare{holder=ines calder}")).hasSize(1);
    // A cut keeps its name: on the thing it would be the opposite stance.
    assertThat(withKey(extract("Mayor Ines Calder said she would cut bus fares."),
        "stance.fare{holder=ines calder}")).isEmpty();
    assertThat(withKey(extract("Councillor Lee Rowan had recommended the merger to members."),
        "stance.deal{holder=lee rowan}")).hasSize(1);
    // What something costs someone is its cost.
    assertThat(values(extract("The new stadium will cost local taxpayers about $800 million."), "cost.amount{}"))
        .hasSize(1);
  }

  // --- batch 15 (football transfer, volcano eruption, housing market report, cruise ship outbreak), other wordings ---

  @Test
  public void whatAFigureQualifiesOrWhoseShareItIs() {
    // "That deal included a £75 million release clause": the clause's amount, not the deal's.
    assertThat(values(extract("The contract included a $12 million buyout clause."), "clause.amount{}")).hasSize(1);
    // "a 30-year fixed mortgage": the mortgage's term.
    assertThat(values(extract("The fee on a 10-year fixed bond was 2.1%."), "bond.duration{}")).containsExactly("10 years");
    // "First-time buyers made up 29 percent of sales": the buyers' share, not a rate of sales.
    assertThat(values(extract("Part-time workers accounted for 18% of new hires last year."), "worker.rate{}"))
        .containsExactly("18%");
    // A candidate's share of the vote stays a vote share.
    assertThat(withKey(extract("Rural voters accounted for 38% of the vote."), "voter.rate{}")).isEmpty();
    // Millions of pounds are money, unless they are pounds of something.
    assertThat(values(extract("The club paid a fee of 40 million pounds for the winger."), "fee.amount{}"))
        .containsExactly("GBP 40000000");
    assertThat(extract("The plant recalled 1.5 million pounds of chicken.").stream()
        .filter(c -> c.attribute().equals("mass")).toList()).hasSize(1);
    // Falling ill, however worded.
    assertThat(values(extract("Food poisoning sickened 48 guests at the wedding."), "guest.count{event=sicken}")).hasSize(1);
    assertThat(values(extract("At least 48 guests fell ill after the wedding dinner."), "guest.count{event=sicken}"))
        .hasSize(1);
    // "scored" is "score", as "stored" is "store".
    assertThat(values(extract("The striker has scored 14 goals this season."), "goal.count{event=score}")).hasSize(1);
  }

  // --- batch 18 (drought rationing, wildlife trafficking, factory investment, referendum), other wordings ---

  @Test
  public void stanceVerbsTheTaggerMisreads() {
    // "said she would seek tougher/PART penalties/VERB": a comparative and a plural the tagger misreads.
    assertThat(values(extract("Justice Minister Arvid Holm, who toured the prison on Monday, said he would seek tougher "
        + "sentences for arson."), "stance.sentence{holder=arvid holm}")).containsExactly("for");
    // "Ndoro backs/NOUN tougher penalties": a present form right after a name.
    assertThat(values(extract("Housing Minister Petra Volk backs stricter rules for landlords, her office said on Tuesday, "
        + "and is expected to publish a bill."), "stance.rule{holder=petra volk}")).containsExactly("for");
    // "wants tougher penalties".
    assertThat(values(extract("Mayor Ines Corrado wants a public inquiry into the fire."),
        "stance.inquiry{holder=ines corrado}")).containsExactly("for");
    // "said he would back/ADV a second referendum": after a modal, a verb whatever its tag.
    assertThat(values(extract("Governor Teodor Vasch campaigned for the bond. But Vasch said he would back a "
        + "second ballot on the bond next year."), "stance.ballot{holder=teodor vasch}")).containsExactly("for");
    // "wanted on fraud charges" is no wish; "she wanted an immediate ceasefire" is one.
    assertThat(ofKind(extract("Marek Kowalski, wanted on fraud charges in Poland, was arrested in Madrid."),
        ClaimKind.STANCE)).isEmpty();
    assertThat(values(extract("In Talsk, Trade Minister Irina Velde said she wanted an early deal."),
        "stance.deal{holder=irina velde}")).containsExactly("for");
    assertThat(ofKind(extract("Fire chief Dana Holt would not comment on the lawsuit."), ClaimKind.STANCE)).isEmpty();
    // Backing away from a plan is no support for it.
    assertThat(values(extract("Transport Minister Odile Brankov backed away from the toll plan."),
        "stance.plan{holder=odile brankov}")).doesNotContain("for");
    // "He would not say how the shipment passed checks": no comment is no stance.
    assertThat(ofKind(extract("Port director Halvard Ems was asked about the delay. He would not say how the cargo "
        + "had cleared customs."), ClaimKind.STANCE)).isEmpty();
  }

  @Test
  public void countsAndFiguresOfBatch18() {
    // "83 rhino horns/VERB": more than one of a singular noun is no count; the plural after it is.
    assertThat(values(extract("Inspectors seized 18 tonnes of fish and 64 shark fins hidden in a freezer."),
        "fin.count{event=hide}")).containsExactly("64 fins");
    // Not a verb with its object ("The 12 member panel recommends changes"), nor after one.
    assertThat(extract("The 12 member panel recommends changes to the law.").stream().map(Claim::topicKey).toList())
        .doesNotContain("recommend.count{}");
    assertThat(extract("Police recovered 12 hunting rifles from the farm.").stream()
        .map(Claim::topicKey).toList()).contains("rifle.count{event=recover}");
    // "Rainfall across the catchment has been 40 percent below average": the noun before the place.
    assertThat(values(extract("Snowfall over the northern hills has been 35 percent above average this winter."),
        "snowfall.rate{}")).containsExactly("35%");
    assertThat(values(extract("Prices across the region rose 4% in May."), "price.rate{}")).containsExactly("4%");
    // A point in a place keeps figures apart: "prices at the pump", "prices at supermarkets".
    assertThat(withKey(extract("Prices at the pump rose 4% in May."), "price.rate{}")).isEmpty();
    // Rain and rainfall are one concept.
    assertThat(values(extract("Rain over the northern hills has fallen 30 percent short of the average."),
        "rainfall.rate{}")).containsExactly("30%");
    // Liters and litres are one unit word.
    assertThat(extract("Each household may use 250 liters a day.").stream().map(Claim::topicKey).toList())
        .contains("liter.count{event=use}");
    assertThat(extract("Each household may use 250 litres a day.").stream().map(Claim::topicKey).toList())
        .contains("liter.count{event=use}");
  }

  @Test
  public void aDateOpeningTheSentenceStartsWhatItsClauseTells() {
    // "Starting Tuesday, June 3, the city's water utility will ration supplies".
    assertThat(values(extract("Starting Monday, the national rollout of the booster will cover all teachers."),
        "event.rollout{}")).containsExactly("Monday");
    assertThat(values(extract("From Friday, the talks move to Geneva."), "event.talks{}")).containsExactly("Friday");
    // "Power rationing would begin on Thursday": rationing starts on a date.
    assertThat(values(extract("The grid operator said power rationing would begin on Thursday in three provinces."),
        "event.rationing{}")).containsExactly("Thursday");
    // Not a date that only opens the sentence: "On Friday, officials said the talks had collapsed".
    assertThat(withKey(extract("On Friday, officials said the talks had collapsed."), "event.talks{}")).isEmpty();
    // Nor an event after another verb of the clause, nor an incident.
    assertThat(withKey(extract("From Monday, the inquiry will hear evidence about the explosion."), "event.explosion{}"))
        .isEmpty();
    assertThat(withKey(extract("From Monday, the union will prepare for the strike."), "event.strike{}")).isEmpty();
  }

  @Test
  public void whoHoldsAStanceTheSentenceNamesNoOneFor() {
    // "The 58-year-old engineer, who joined ..., has ruled out a desalination plant": the person named before.
    // (The person whose role the description names: "Prime Minister Andrik Brenzik".)
    assertThat(values(extract("Mayor Harriet Quell spent the winter on the question. Her deputy, Ivo Brandt, "
            + "stayed in the city. The 61-year-old mayor, who took office in 2015, has ruled out a "
            + "second terminal."), "stance.terminal{holder=harriet quell}")).containsExactly("against");
    // The one person given that age elsewhere, not the first person of the sentence before.
    List<Claim> charged = extract("Detective Inspector Lena Berg said officers had charged Tomas Vale, 34. "
        + "The 34-year-old denied the charges.");
    assertThat(values(charged, "stance.charge{holder=tomas vale}")).containsExactly("against");
    assertThat(withKey(charged, "stance.charge{holder=lena berg}")).isEmpty();
    // A description that fits no person names none: "The 150-year-old brewer rejected the offer".
    assertThat(ofKind(extract("Halvor chief executive Anton Krey offered $2 billion for the brewer. "
        + "The 150-year-old brewer rejected the offer."), ClaimKind.STANCE)).isEmpty();
    // "Voters in Rovenia have rejected the amendment": not the place's stance.
    assertThat(ofKind(extract("Residents across Pellmark have rejected the merger of the two councils."),
        ClaimKind.STANCE)).isEmpty();
    assertThat(ofKind(extract("Shareholders of Corvane Mills rejected the takeover offer."), ClaimKind.STANCE)).isEmpty();
    // A name with "of" in it is one name: "The Government of Ireland rejected the proposal".
    assertThat(values(extract("The Ministry of Defence rejected the proposal."),
        "stance.proposal{holder=ministry of defense}")).containsExactly("against");
    assertThat(values(extract("The Central Bank of Ireland opposed the merger."),
        "stance.deal{holder=central bank of ireland}")).containsExactly("against");
    // A people noun opening the sentence: "People in Rovenia have rejected the amendment".
    assertThat(ofKind(extract("People in Pellmark have rejected the merger of the two councils."), ClaimKind.STANCE))
        .isEmpty();
  }

  @Test
  public void aHeadThatTurnsTheConceptAroundIsTheObject() {
    // "opposed the tax cut" is against the cut, not against the tax.
    List<Claim> cut = extract("The Central Bank of Ireland opposed the tax cut.");
    assertThat(values(cut, "stance.cut{holder=central bank of ireland}")).containsExactly("against");
    assertThat(withKey(cut, "stance.tax{holder=central bank of ireland}")).isEmpty();
    assertThat(values(extract("Senator Aurel Kassim backed a tariff exemption for farmers."),
        "stance.exemption{holder=aurel kassim}")).containsExactly("for");
    // Inside a compound too: "a fuel duty freeze" (a freeze is a pause, concepts.txt).
    assertThat(values(extract("Governor Teodor Vasch ruled out a fuel duty freeze."),
        "stance.pause{holder=teodor vasch}")).containsExactly("against");
    // Not other heads: "rejected the tariff plan" stays on the tariff.
    assertThat(values(extract("Mayor Ines Corrado rejected the tariff plan."), "stance.tariff{holder=ines corrado}"))
        .containsExactly("against");
  }
}

