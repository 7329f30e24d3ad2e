package io.claimcheck.clean;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * One test per cleaning rule, each written in a different outlet's style and subject than the
 * sample corpus, plus one test per sample fixture.
 */
@RunWith(JUnit4.class)
public class ArticleCleanerTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private String clean(String... lines) {
    return cleaner.clean(String.join("\n", lines));
  }

  // ---- whitespace -------------------------------------------------------------------------------

  @Test
  public void normalizesWhitespaceAndLineBreaks() {
    String raw = "  The\u00A0quake   struck\u2009at dawn. \r\n\r\n\tRescuers\u200B dug through rubble.\rPower was cut.  ";
    assertThat(cleaner.clean(raw))
        .isEqualTo("The quake struck at dawn.\nRescuers dug through rubble.\nPower was cut.");
  }

  @Test
  public void hasTextNeedsALetter() {
    assertThat(ArticleCleaner.hasText("Flood waters rose.")).isTrue();
    assertThat(ArticleCleaner.hasText(" 2024 — 12 ")).isFalse();
    assertThat(ArticleCleaner.hasText("")).isFalse();
    assertThat(ArticleCleaner.hasText(null)).isFalse();
  }

  // ---- breadcrumbs ------------------------------------------------------------------------------

  @Test
  public void dropsBreadcrumbs() {
    String out =
        clean(
            "Home » Business » Mergers",
            "News > World > Europe",
            "Science & Environment | Climate | Heatwave",
            "Markets › Deals › Brewer agrees $4bn takeover of rival",
            "Brewer agrees $4bn takeover of rival",
            "The brewer said the deal would close in the third quarter.");
    assertThat(out)
        .isEqualTo(
            "Brewer agrees $4bn takeover of rival\n"
                + "The brewer said the deal would close in the third quarter.");
  }

  @Test
  public void keepsSentencesWithComparisonSigns() {
    String line = "Analysts said margins > 20% were unlikely / in doubt for the merged group.";
    assertThat(clean(line)).isEqualTo(line);
  }

  // ---- navigation -------------------------------------------------------------------------------

  @Test
  public void dropsNavigationLines() {
    String out =
        clean(
            "Contents",
            "Wildfire forces thousands to flee",
            "ADVERTISEMENT",
            "Firefighters battled the blaze through the night.",
            "Related: Drought leaves hillsides primed to burn",
            "READ MORE » Evacuation centres fill up",
            "Share this article",
            "Story continues below advertisement",
            "More than 2,000 homes were evacuated.");
    assertThat(out)
        .isEqualTo(
            "Wildfire forces thousands to flee\n"
                + "Firefighters battled the blaze through the night.\n"
                + "More than 2,000 homes were evacuated.");
  }

  // ---- images -----------------------------------------------------------------------------------

  @Test
  public void dropsImageFileNamesAndSourceLines() {
    String out =
        clean(
            "DSC0042.JPG",
            "The court adjourned until Friday.",
            "harbour_fire-2.webp",
            "Image source: Coast Guard handout",
            "Photo: Maria Lopez",
            "Photo by Ken Adebayo",
            "The jury heard from six witnesses.");
    assertThat(out).isEqualTo("The court adjourned until Friday.\nThe jury heard from six witnesses.");
  }

  // ---- captions ---------------------------------------------------------------------------------

  @Test
  public void dropsPhotoCaptionsWithAgencyCredits() {
    String out =
        clean(
            "Rescue workers search for survivors in Antakya on February 7, 2023. REUTERS/Umit Bektas",
            "A collapsed building in Kahramanmaras. Ozan Kose/AFP via Getty Images",
            "Emergency crews at the scene. OZAN KOSE/EPA-EFE/Shutterstock",
            "Survivors wait for aid near a tent camp. AP Photo/Hussein Malla, File",
            "A woman mourns outside the hospital. (Photo by Burak Kara/Getty Images)",
            "Residents warm themselves by a fire in the city centre, Tuesday, Feb. 7, 2023. AP",
            "The death toll rose to 5,400, officials said.");
    assertThat(out).isEqualTo("The death toll rose to 5,400, officials said.");
  }

  @Test
  public void keepsSentencesThatMentionAnAgency() {
    String[] lines = {
      "Reuters reported on Monday that the bank would cut 3,000 jobs.",
      "The bank declined to comment, the AFP news agency said.",
      "The bank's shares fell 4%, Japanese broadcaster NHK reported on Tuesday.",
      "The bank confirmed the cuts in a statement to the Associated Press (AP)."
    };
    assertThat(clean(lines)).isEqualTo(String.join("\n", lines));
  }

  @Test
  public void keepsReportingTextBeforeATrailingCredit() {
    assertThat(clean("\"We are still counting,\" the governor said. REUTERS/Jane Doe"))
        .isEqualTo("\"We are still counting,\" the governor said.");
  }

  @Test
  public void keepsHeadingsAndDatelines() {
    String[] lines = {
      "Quake Response: Aid, Shelter and Rebuilding",
      "ISTANBUL/ANKARA (Reuters) - Turkey's president said on Tuesday that rebuilding would take a year.",
      "What Happens Next"
    };
    assertThat(clean(lines)).isEqualTo(String.join("\n", lines));
  }

  // ---- end matter -------------------------------------------------------------------------------

  @Test
  public void dropsAuthorBoxAndEverythingAfter() {
    String out =
        clean(
            "The takeover needs approval from regulators in three countries.",
            "About the author",
            "Jane Doe covers deals and markets.",
            "Follow her for more.");
    assertThat(out).isEqualTo("The takeover needs approval from regulators in three countries.");
  }

  @Test
  public void dropsCopyrightLines() {
    String out =
        clean(
            "The trial resumes on Monday.",
            "Copyright © 2025 Example Media Group",
            "© 2024 Example Media",
            "All rights reserved.",
            "(c) Northern Herald Ltd");
    assertThat(out).isEqualTo("The trial resumes on Monday.");
  }

  @Test
  public void keepsSentencesAboutCopyright() {
    String line = "Copyright lawsuits against the studio rose 20% last year, the filing shows.";
    assertThat(clean(line)).isEqualTo(line);
  }

  // ---- repeated headlines -----------------------------------------------------------------------

  @Test
  public void dropsLinesRepeatedEarlier() {
    String out =
        clean(
            "Judge denies bail for former mayor",
            "“Judge denies bail for former mayor”",
            "The former mayor appeared by video link.",
            "The former mayor appeared by video  link.");
    assertThat(out)
        .isEqualTo("Judge denies bail for former mayor\nThe former mayor appeared by video link.");
  }

  @Test
  public void dropsALineOfTheSameQuotedHeadlineRepeated() {
    String out =
        clean(
            "The chipmaker agreed to buy its rival for $12 billion.",
            "\"Chipmaker Buys Rival\" \"Chipmaker Buys Rival\" \"Chipmaker Buys Rival\"");
    assertThat(out).isEqualTo("The chipmaker agreed to buy its rival for $12 billion.");
  }

  // ---- bylines and credits ----------------------------------------------------------------------

  @Test
  public void dropsBylinesAtTheStart() {
    assertThat(clean("By JANE DOE, Associated Press", "Floods cut off two villages."))
        .isEqualTo("Floods cut off two villages.");
    assertThat(clean("By Jane Doe | Staff writer", "Floods cut off two villages."))
        .isEqualTo("Floods cut off two villages.");
    assertThat(clean("By Ana de la Cruz and Tom Reyes", "Floods cut off two villages."))
        .isEqualTo("Floods cut off two villages.");
  }

  @Test
  public void keepsSentencesStartingWithBy() {
    String[] lines = {
      "By Monday, officials said 40 people had died.",
      "By the time rescuers arrived, the bridge had collapsed."
    };
    assertThat(clean(lines)).isEqualTo(String.join("\n", lines));
  }

  @Test
  public void dropsProductionCredits() {
    String out =
        clean(
            "The company will keep its headquarters in Chicago.",
            "(Reporting by Ana Silva in Sao Paulo; Additional reporting by Tom Reyes; Editing by Mark Potter)",
            "Additional reporting by Lina Haddad",
            "Compiled by the business desk",
            "With Herald wires",
            "Jane Doe contributed to this report.");
    assertThat(out).isEqualTo("The company will keep its headquarters in Chicago.");
  }

  @Test
  public void dropsTrailingSiteName() {
    assertThat(clean("Storm damage is estimated at $2 billion.", "example.co.uk"))
        .isEqualTo("Storm damage is estimated at $2 billion.");
    assertThat(clean("Storm damage is estimated at $2 billion.", "WeatherDaily.com"))
        .isEqualTo("Storm damage is estimated at $2 billion.");
  }

  @Test
  public void furnitureOnlyLeavesNoText() {
    String out = clean("Home » News", "Advertisement", "IMG_0001.jpg", "© 2025 Example Media");
    assertThat(ArticleCleaner.hasText(out)).isFalse();
  }

  @Test
  public void survivesHugePathologicalLines() {
    assertThat(cleaner.clean("a.".repeat(50_000))).hasLength(100_000);
    assertThat(cleaner.clean("(".repeat(50_000))).hasLength(50_000);
    assertThat(cleaner.clean("Officials said " + "x/".repeat(50_000))).isNotEmpty();
  }

  // ---- sample fixtures --------------------------------------------------------------------------

  private static String fixture(String name) throws IOException {
    Path dir = Path.of("../fixtures/tariff-talks");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("fixtures/tariff-talks");
    }
    return Files.readString(dir.resolve(name));
  }

  @Test
  public void fixture000KeepsAllParagraphs() throws IOException {
    String out = cleaner.clean(fixture("000_7e7c583acdffcffe.txt"));
    assertThat(out).startsWith("WASHINGTON/TOKYO: Japan is set to begin");
    assertThat(out).contains("Ishiba has, for now, ruled out counter-measures.");
    assertThat(out).endsWith("Akazawa said ahead of his departure.");
    assertThat(out).doesNotContain("\n\n");
    assertThat(out.split("\n")).hasLength(13);
  }

  @Test
  public void fixture001DropsBylineAndReportingCredits() throws IOException {
    String out = cleaner.clean(fixture("001_7e41a2f40bd51f4a.txt"));
    assertThat(out).doesNotContain("By Daniel Leussink");
    assertThat(out).doesNotContain("Reporting by");
    assertThat(out).doesNotContain("Editing by");
    assertThat(out).startsWith("WASHINGTON/TOKYO (Reuters) – Japan is set to begin");
    assertThat(out).contains("Trump said he would personally attend the meeting.");
    assertThat(out).endsWith("the largest overseas deployment globally.");
  }

  @Test
  public void fixture002DropsContentsAndRepeatedHeadline() throws IOException {
    String out = cleaner.clean(fixture("002_6c26a836d8c75205.txt"));
    assertThat(out).doesNotContain("Table of Contents");
    assertThat(out).startsWith("Japan Begins High-Stakes Tariff Talks with US as Trump Attends in Person\n");
    assertThat(out.indexOf("Japan Begins High-Stakes"))
        .isEqualTo(out.lastIndexOf("Japan Begins High-Stakes"));
    assertThat(out).contains("\nTariffs in Focus\n");
    assertThat(out).contains("Japan currently faces 24% tariffs on its exports to the U.S.");
    assertThat(out).endsWith("For now, Japan is balancing firm diplomacy with strategic restraint.");
  }

  @Test
  public void fixture003DropsCaptionsWiresAndSiteName() throws IOException {
    String out = cleaner.clean(fixture("003_0b42688b749d4367.txt"));
    assertThat(out).doesNotContain("Getty Images");
    assertThat(out).doesNotContain("Shutterstock");
    assertThat(out).doesNotContain("speaks to the media");
    assertThat(out).doesNotContain("leaves Argentina");
    assertThat(out).doesNotContain("With Post wires");
    assertThat(out).doesNotContain("AloJapan.com");
    assertThat(out).contains("More than 75 countries have reached out to request talks, too.");
    assertThat(out).contains("Still, Ishiba has, at least for now, ruled out retaliatory tariffs.");
    assertThat(out).endsWith("The sitdown could also address energy projects and the thorny issue of exchange rates.");
  }

  @Test
  public void fixture004DropsBreadcrumbImageDuplicateAndFooter() throws IOException {
    String out = cleaner.clean(fixture("004_6d42f7f9f635dfa1.txt"));
    assertThat(out).doesNotContain("Home »");
    assertThat(out).doesNotContain("img_3994");
    assertThat(out).doesNotContain("File Source");
    assertThat(out).doesNotContain("About The Author");
    assertThat(out).doesNotContain("Copyright");
    assertThat(out).startsWith("Japan stands firm as tariff talks with US set to begin this week\n");
    String gearingUp = "Japan and the United States are gearing up for critical negotiations";
    assertThat(out).contains(gearingUp);
    assertThat(out.indexOf(gearingUp)).isEqualTo(out.lastIndexOf(gearingUp));
    assertThat(out).contains("Japanese broadcaster NHK reported on Tuesday.");
    assertThat(out).endsWith("escalate the economic standoff.");
  }
}
