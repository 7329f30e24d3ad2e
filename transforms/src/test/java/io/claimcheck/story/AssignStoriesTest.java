package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class AssignStoriesTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final String STORM_A = "Hurricane Orla struck Port Halvern on Monday, Governor Lena Marsh said. "
      + "Orla flattened homes along the Halvern waterfront and flooded the harbour district. "
      + "Marsh ordered shelters opened across Halvern county.";
  private static final String STORM_B = "Port Halvern counts the damage after Orla. The hurricane flooded the "
      + "harbour district, and Governor Lena Marsh opened shelters in Halvern county for families whose "
      + "homes were flattened.";
  private static final String STORM_C = "In Halvern the storm Orla left flattened homes. Marsh said the shelters "
      + "of Halvern county stay open while the harbour district is pumped dry.";
  private static final String MATCH = "Dunmore Rovers beat Ashgate Athletic on penalties at Meridian Park. "
      + "Goalkeeper Tomas Varga saved two kicks and captain Leon Stride scored the winner for Rovers.";

  private PCollection<Article> input(Article... articles) {
    return p.apply(Create.of(List.of(articles)).withCoder(SerializableCoder.of(Article.class)));
  }

  @Test
  public void singleStoryPutsEveryArticleInOneStory() {
    Article a = Article.of("a", "a.txt", "One.");
    Article b = Article.of("b", "b.txt", "Two.");
    PCollection<Article> out = input(a, b).apply(AssignStories.singleStory());
    PAssert.that(out).containsInAnyOrder(
        a.withStoryId(AssignStories.SINGLE_STORY_ID), b.withStoryId(AssignStories.SINGLE_STORY_ID));
    p.run().waitUntilFinish();
  }

  @Test
  public void byContentClustersReportsOfOneEventAndLeavesOthersAlone() {
    Article a = Article.of("storm-b", "b.txt", STORM_B);
    Article b = Article.of("storm-a", "a.txt", STORM_A);
    Article c = Article.of("storm-c", "c.txt", STORM_C);
    Article d = Article.of("match", "m.txt", MATCH);
    Article e = Article.of("tiny", "t.txt", "Short.");
    PCollection<Article> out = input(a, b, c, d, e).apply(AssignStories.byContent());
    String storm = AssignStories.storyIdOf("storm-a"); // the smallest id of the component
    PAssert.that(out).containsInAnyOrder(
        a.withStoryId(storm), b.withStoryId(storm), c.withStoryId(storm),
        d.withStoryId(AssignStories.storyIdOf("match")), e.withStoryId(AssignStories.storyIdOf("tiny")));
    p.run().waitUntilFinish();
  }

  @Test
  public void theNumberOfShardsDoesNotChangeTheStories() {
    Article a = Article.of("storm-b", "b.txt", STORM_B);
    Article b = Article.of("storm-a", "a.txt", STORM_A);
    Article c = Article.of("storm-c", "c.txt", STORM_C);
    Article d = Article.of("match", "m.txt", MATCH);
    PCollection<Article> in = input(a, b, c, d);
    String storm = AssignStories.storyIdOf("storm-a");
    List<Article> expected = List.of(a.withStoryId(storm), b.withStoryId(storm), c.withStoryId(storm),
        d.withStoryId(AssignStories.storyIdOf("match")));
    PAssert.that(in.apply("OneShard", AssignStories.byContent().withShards(1))).containsInAnyOrder(expected);
    PAssert.that(in.apply("SevenShards", AssignStories.byContent().withShards(7))).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  // Words every document of this little corpus shares, as genre words and boilerplate are shared
  // by much of a large one.
  private static final String COMMON = "Officials reported the ongoing situation and authorities "
      + "confirmed details remain unclear while investigators continue working. ";

  @Test
  public void featuresCommonToMostDocumentsDoNotLinkStories() {
    Article quarry = Article.of("q1", "q1.txt", COMMON + "The Zebulon quarry flooded near Ostrava overnight.");
    Article quarry2 = Article.of("q2", "q2.txt", COMMON + "Water filled the Zebulon quarry outside Ostrava.");
    Article stadium = Article.of("s1", "s1.txt", COMMON + "Marlowe stadium closed after Vireo protests.");
    Article tannery = Article.of("t1", "t1.txt", COMMON + "A tannery fire destroyed the Hollins warehouse.");
    PCollection<Article> in = input(quarry, quarry2, stadium, tannery);
    // In 4 documents, a feature of more than half of them (3 or 4) is common.
    PAssert.that(in.apply("LearnCommon", AssignStories.byContent().withCommonFeatures(CommonFeatures.above(0.5, 1))))
        .containsInAnyOrder(quarry.withStoryId(AssignStories.storyIdOf("q1")),
            quarry2.withStoryId(AssignStories.storyIdOf("q1")),
            stadium.withStoryId(AssignStories.storyIdOf("s1")),
            tannery.withStoryId(AssignStories.storyIdOf("t1")));
    // The default keeps every feature of so small an input: the shared words link all four.
    String all = AssignStories.storyIdOf("q1");
    PAssert.that(in.apply("Default", AssignStories.byContent()))
        .containsInAnyOrder(quarry.withStoryId(all), quarry2.withStoryId(all), stadium.withStoryId(all),
            tannery.withStoryId(all));
    p.run().waitUntilFinish();
  }

  @Test
  public void inALargeInputAChanceLinkDoesNotChainTwoStories() {
    // Three reports of a bridge collapse and three of a sale of granaries; the third bridge report
    // also mentions the seller and the harbour, enough to link it to the first sale report alone
    // (Jaccard 0.29 at a threshold of 0.27; within each story 0.39-0.84, across otherwise < 0.25).
    Article bridge1 = Article.of("bridge-1", "b1.txt", "The Calder river bridge collapsed at dawn in Wrexford. "
        + "Engineer Priya Dunmore blamed corroded cables on the span.");
    Article bridge2 = Article.of("bridge-2", "b2.txt", "Corroded cables brought down the Calder river bridge in "
        + "Wrexford, engineer Priya Dunmore said of the span.");
    Article bridge3 = Article.of("bridge-3", "b3.txt", "Wrexford lost its Calder river bridge when corroded cables "
        + "failed. Priya Dunmore inspected the span. Banker Casimir Velloso toured Brantham harbour.");
    Article grain1 = Article.of("grain-1", "g1.txt", "Solvane Foods will buy Brantham harbour granaries from "
        + "Casimir Velloso, said banker Ottoline Pell. Velloso toured Brantham harbour.");
    Article grain2 = Article.of("grain-2", "g2.txt", "Banker Ottoline Pell confirmed Solvane Foods is buying the "
        + "Brantham harbour granaries owned by Casimir Velloso.");
    Article grain3 = Article.of("grain-3", "g3.txt", "The granaries of Brantham harbour go to Solvane Foods; "
        + "Casimir Velloso sold them, banker Ottoline Pell said.");
    PCollection<Article> in = input(bridge1, bridge2, bridge3, grain1, grain2, grain3);
    // Common features on (so the input counts as large), though none is in more than 90 % of six.
    AssignStories large = AssignStories.byContent().withCommonFeatures(CommonFeatures.above(0.9, 1))
        .withDistinctiveThreshold(0.27);
    String bridge = AssignStories.storyIdOf("bridge-1");
    String grain = AssignStories.storyIdOf("grain-1");
    PAssert.that(in.apply("CheckOverlap", large))
        .containsInAnyOrder(bridge1.withStoryId(bridge), bridge2.withStoryId(bridge), bridge3.withStoryId(bridge),
            grain1.withStoryId(grain), grain2.withStoryId(grain), grain3.withStoryId(grain));
    // Single linkage joins both stories through that one link; so does a small input (six documents
    // with the default common-feature rule), which keeps single linkage whatever withMinOverlap says.
    List<Article> joined = List.of(bridge1.withStoryId(bridge), bridge2.withStoryId(bridge),
        bridge3.withStoryId(bridge), grain1.withStoryId(bridge), grain2.withStoryId(bridge), grain3.withStoryId(bridge));
    PAssert.that(in.apply("SingleLinkage", large.withMinOverlap(0))).containsInAnyOrder(joined);
    PAssert.that(in.apply("SmallInput", AssignStories.byContent().withThreshold(0.27).withMinOverlap(1)))
        .containsInAnyOrder(joined);
    p.run().waitUntilFinish();
  }

  @Test
  public void inALargeInputAShortUpdateJoinsItsStoryAndTwoItemsSharingOneNameDoNot() {
    // Two reports of a scooter recall and a two-sentence update: the update's 23 features are
    // nearly all in each report (containment 0.91 and 0.87) but the reports' many others keep its
    // Jaccard at 0.33, under 0.35. Two one-line items about one mayor share his name (4 features of
    // 8 and 7: Jaccard 0.36) and nothing else.
    Article recall1 = Article.of("recall-1", "r1.txt", "Kestrel Motors recalled 41,000 Vantara scooters on "
        + "Thursday after batteries overheated in Lisbon and Porto. Safety regulator Ines Albuquerque said three "
        + "riders were burned near Coimbra. Kestrel engineer Maren Oyelaran blamed a faulty Quillon cell supplied "
        + "from Setubal. Dealers in Braga and Faro stopped sales, and owners were told to park the scooters "
        + "outdoors until the Quillon cells are replaced. Insurers in Madeira and Evora expect claims, and "
        + "Kestrel shares fell in Frankfurt trading.");
    Article recall2 = Article.of("recall-2", "r2.txt", "Batteries in Vantara scooters overheated in Lisbon, Porto "
        + "and Coimbra, and Kestrel Motors is recalling 41,000 of them. Regulator Ines Albuquerque said riders "
        + "were burned. Engineer Maren Oyelaran of Kestrel traced the fault to Quillon cells made in Setubal; "
        + "dealers in Braga and Faro halted sales and told owners to park outdoors. Analysts at Dornach "
        + "Securities expect the recall to cost Kestrel heavily, and Almada workshops will fit replacement "
        + "batteries.");
    Article update = Article.of("update", "u.txt", "Update: Kestrel Motors recalls Vantara scooters. Regulator "
        + "Ines Albuquerque said riders were burned near Coimbra when Quillon cells overheated.");
    Article library = Article.of("library", "l.txt", "Mayor Tobias Wrenfield opened Harlow library.");
    Article resigned = Article.of("resigned", "s.txt", "Mayor Tobias Wrenfield resigned at Corvale.");
    PCollection<Article> in = input(recall1, recall2, update, library, resigned);
    AssignStories large = AssignStories.byContent().withCommonFeatures(CommonFeatures.above(0.9, 1));
    String recall = AssignStories.storyIdOf("recall-1");
    PAssert.that(in.apply("DefaultRule", large))
        .containsInAnyOrder(recall1.withStoryId(recall), recall2.withStoryId(recall), update.withStoryId(recall),
            library.withStoryId(AssignStories.storyIdOf("library")),
            resigned.withStoryId(AssignStories.storyIdOf("resigned")));
    // On Jaccard alone the update stays out and the two items are one story.
    PAssert.that(in.apply("JaccardAlone", large.withDistinctiveRule(LinkRule.jaccard(0.35))))
        .containsInAnyOrder(recall1.withStoryId(recall), recall2.withStoryId(recall),
            update.withStoryId(AssignStories.storyIdOf("update")),
            library.withStoryId(AssignStories.storyIdOf("library")),
            resigned.withStoryId(AssignStories.storyIdOf("library")));
    // withDistinctiveThreshold changes the Jaccard part only: containment and the minimum stay.
    PAssert.that(in.apply("HigherThreshold", large.withDistinctiveThreshold(0.5)))
        .containsInAnyOrder(recall1.withStoryId(recall), recall2.withStoryId(recall), update.withStoryId(recall),
            library.withStoryId(AssignStories.storyIdOf("library")),
            resigned.withStoryId(AssignStories.storyIdOf("resigned")));
    p.run().waitUntilFinish();
  }

  @Test
  public void anOutletsOwnWordsDoNotLinkItsReportsOfDifferentEvents() {
    // Three items of one outlet about three events, credited in the dateline and the footer (the
    // outlet's name is most of what they share), and a report of one of the events by another
    // outlet, named in the JSONL source.
    String footer = "\nCopyright Valley Courier Media. All rights reserved. Subscribe for daily headlines.";
    Article court = Article.of("court", "c.txt", "ARDMORE (Valley Courier) - Judge Henrietta Sallow jailed "
        + "arsonist Piet Kovacs for burning the Ardmore granary." + footer);
    Article ferry = Article.of("ferry", "f.txt", "PORTLOE (Valley Courier) - The Kittering ferry ran aground "
        + "off Portloe." + footer);
    Article fair = Article.of("fair", "a.txt", "DUNWICH (Valley Courier) - Dunwich opened its Brackley fair "
        + "with Morris dancers." + footer);
    Article court2 = new Article("court-2", "w.jsonl", "Arsonist Piet Kovacs was jailed by Judge Henrietta Sallow "
        + "for burning the Ardmore granary.", "Lakeside Wire", "", "", "", "UTF-8", "");
    PCollection<Article> in = input(court, ferry, fair, court2);
    // Large-input rules (common features on, none in more than 90 % of four), and an outlet's own
    // words: those in more than half of its documents (and more than one).
    AssignStories large = AssignStories.byContent().withCommonFeatures(CommonFeatures.above(0.9, 1));
    String trial = AssignStories.storyIdOf("court");
    PAssert.that(in.apply("OutletFeatures", large.withOutletFeatures(CommonFeatures.above(0.5, 1))))
        .containsInAnyOrder(court.withStoryId(trial), court2.withStoryId(trial),
            ferry.withStoryId(AssignStories.storyIdOf("ferry")), fair.withStoryId(AssignStories.storyIdOf("fair")));
    // With the default (an outlet's own words need more than 50 of its documents) three items are
    // too few to tell: the credit links the ferry and the fair.
    PAssert.that(in.apply("TooFewToTell", large)).satisfies(articles -> {
      Map<String, String> storyOf = new HashMap<>();
      articles.forEach(a -> storyOf.put(a.docId(), a.storyId()));
      assertThat(storyOf.get("ferry")).isEqualTo(storyOf.get("fair"));
      assertThat(storyOf.get("court")).isEqualTo(storyOf.get("court-2"));
      return null;
    });
    p.run().waitUntilFinish();
  }

  // A dominant story's report: the story's words (a dam failure) in every report, in another order,
  // and one witness of its own.
  private static final String[] DAM = {
      "The Korrin dam burst before dawn and floodwater swept through the Ellet valley.",
      "Engineers had warned about cracks in the spillway wall for months.",
      "Rescue crews in boats pulled stranded farmers from rooftops while helicopters dropped blankets, "
          + "bottled water and medicine.",
      "The regional council opened emergency shelters in schools, churches and the sports hall.",
      "Bridges, roads, orchards, vineyards and cattle sheds were destroyed; the railway line remains closed.",
      "Insurers expect claims from thousands of households, and prosecutors opened an inquiry into "
          + "maintenance records."};

  private static Article damReport(String id, int rotation, String witness) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < DAM.length; i++) {
      text.append(DAM[(i + rotation) % DAM.length]).append(' ');
    }
    return Article.of(id, id + ".txt", text.append("Resident ").append(witness).append(" watched the water rise.")
        .toString());
  }

  @Test
  public void aStorySoLargeThatItsWordsAreCommonStaysOneStory() {
    // Four reports of one dam failure among seven documents: with features in more than 40 % of the
    // input common, every word of the story is, and each report keeps only its witness's name (four
    // features: two words, two entities).
    Article a = damReport("dam-a", 0, "Odalys Brixton");
    Article b = damReport("dam-b", 2, "Wenceslas Quarrie");
    Article c = damReport("dam-c", 3, "Philippa Ostrander");
    Article d = damReport("dam-d", 5, "Ignatius Velloway");
    Article match = Article.of("match", "m.txt", MATCH);
    Article concert = Article.of("concert", "c.txt", "The Oriel Quartet played Janacek and Haydn to a full "
        + "house at Saltmarsh Hall, and cellist Ines Ferreira earned three encores.");
    Article budget = Article.of("budget", "b.txt", "Lawmakers in Tarrow passed a leaner budget that trims "
        + "library hours and freezes pothole repairs, treasurer Gunnar Pike said.");
    PCollection<Article> in = input(a, b, c, d, match, concert, budget);
    AssignStories large = AssignStories.byContent().withCommonFeatures(CommonFeatures.above(0.4, 1));
    String dam = AssignStories.storyIdOf("dam-a");
    PAssert.that(in.apply("Dominant", large)).containsInAnyOrder(a.withStoryId(dam), b.withStoryId(dam),
        c.withStoryId(dam), d.withStoryId(dam), match.withStoryId(AssignStories.storyIdOf("match")),
        concert.withStoryId(AssignStories.storyIdOf("concert")), budget.withStoryId(AssignStories.storyIdOf("budget")));
    // Without a minimum of shared features nothing marks a report as left with too few: each keeps
    // its witness alone, and the story falls apart.
    PAssert.that(in.apply("NoMinimum", large.withDistinctiveRule(LinkRule.jaccard(0.35).withContainment(0.8))))
        .satisfies(articles -> {
          Map<String, String> storyOf = new HashMap<>();
          articles.forEach(x -> storyOf.put(x.docId(), x.storyId()));
          assertThat(List.of(storyOf.get("dam-a"), storyOf.get("dam-b"), storyOf.get("dam-c"), storyOf.get("dam-d")))
              .containsNoDuplicates();
          return null;
        });
    p.run().waitUntilFinish();
  }

  @Test
  public void describeStoriesListsSortedDocumentsLabelAndDates() {
    Article a = new Article("b", "b.jsonl:1", STORM_B, "", "", "2025-10-14T09:00:00Z", "", "UTF-8", "story-x");
    Article b = new Article("a", "b.jsonl:2", STORM_A, "", "", "2025-10-13", "", "UTF-8", "story-x");
    Article c = Article.of("m", "m.txt", MATCH).withStoryId("story-y");
    PCollection<Story> out = input(a, b, c).apply(DescribeStories.create());
    PAssert.that(out).containsInAnyOrder(
        new Story("story-x", List.of("a", "b"), "Halvern Lena Marsh", "2025-10-13..2025-10-14"),
        new Story("story-y", List.of("m"), "Rovers Ashgate Athletic", ""));
    p.run().waitUntilFinish();
  }

  @Test
  public void storyIdIsAStableHashOfTheSmallestDocumentId() {
    assertThat(AssignStories.storyIdOf("000_a")).matches("story-[0-9a-f]{10}");
    assertThat(AssignStories.storyIdOf("000_a")).isEqualTo(AssignStories.storyIdOf("000_a"));
    assertThat(AssignStories.storyIdOf("000_a")).isNotEqualTo(AssignStories.storyIdOf("000_b"));
  }
}
