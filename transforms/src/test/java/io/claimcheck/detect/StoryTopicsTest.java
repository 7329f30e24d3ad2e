package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StoryTopicsTest {

  private static Claim attends(String doc, String actor, int start) {
    Map<String, String> q = Map.of("actor", actor);
    return new Claim(doc, "storm", ClaimKind.EVENT, TopicKeys.key("event.visit", q), actor, "visit",
        new TreeMap<>(q), ClaimValue.stated("visits"), Polarity.POSITIVE, actor + " visits.", start, start + 10, 0.8);
  }

  private static Claim gust(String doc, int kmh) {
    Map<String, String> q = Map.of();
    return new Claim(doc, "storm", ClaimKind.QUANTITY, TopicKeys.key("wind.speed", q), "wind", "speed",
        new TreeMap<>(q), ClaimValue.quantity(kmh + " km/h", (double) kmh, (double) kmh, "km/h"), Polarity.POSITIVE,
        "Gusts reached " + kmh + " km/h.", 0, 10, 0.9);
  }

  private static List<String> describe(List<TopicGroup> groups) {
    List<String> out = new ArrayList<>();
    for (TopicGroup g : groups) {
      out.add(g.storyId() + " " + g.topicKey() + " "
          + g.claims().stream().map(c -> c.docId() + "@" + c.start()).toList());
    }
    return out;
  }

  @Test
  public void makesNamesCanonicalThenGroupsByTopicKey() {
    List<TopicGroup> groups = StoryTopics.group("storm", List.of(
        gust("c", 90), attends("b", "karen harris", 5), attends("a", "harris", 0), attends("c", "karen harris", 0),
        gust("a", 130)));

    assertThat(describe(groups)).containsExactly(
        "storm event.visit{actor=karen harris} [a@0, b@5, c@0]",
        "storm wind.speed{} [a@0, c@0]").inOrder();
    assertThat(groups.get(0).claims().get(0).qualifiers()).containsEntry("actor", "karen harris");
  }

  private static Claim seats(String doc, String winner, int n) {
    Map<String, String> q = Map.of("event", "win", "winner", winner);
    return new Claim(doc, "storm", ClaimKind.QUANTITY, TopicKeys.key("seat.count", q), "seat", "count",
        new TreeMap<>(q), ClaimValue.quantity(n + " seats", (double) n, (double) n, "seats"), Polarity.POSITIVE,
        winner + " won " + n + " seats.", 0, 10, 0.8);
  }

  @Test
  public void winnersTakePersonNamesButAreNotNamesThemselves() {
    // A surname the story's person names know becomes the full name; two parties sharing a word
    // stay two parties (were winners pooled as names, "labor" would become "scottish labor").
    List<TopicGroup> groups = StoryTopics.group("storm", List.of(
        attends("a", "karen harris", 0), attends("b", "harris", 0), seats("a", "harris", 12), seats("b", "labor", 412),
        seats("c", "scottish labor", 37)));

    List<String> winners = new ArrayList<>();
    groups.forEach(g -> g.claims().forEach(c -> {
      if (c.qualifiers().containsKey("winner")) {
        winners.add(c.qualifiers().get("winner"));
      }
    }));
    assertThat(winners).containsExactly("karen harris", "labor", "scottish labor");
  }

  @Test
  public void resultDoesNotDependOnInputOrder() {
    List<Claim> claims = new ArrayList<>(List.of(
        attends("a", "harris", 0), attends("a", "harris", 0), attends("b", "karen harris", 3),
        gust("b", 120), gust("a", 130), gust("a", 120)));
    List<TopicGroup> expected = StoryTopics.group("storm", claims);
    for (int seed = 0; seed < 20; seed++) {
      Collections.shuffle(claims, new java.util.Random(seed));
      assertThat(StoryTopics.group("storm", claims)).isEqualTo(expected);
    }
  }

  @Test
  public void aliasesCountEveryMention() {
    // Two spellings of one person: the one the story's claims mention more often wins.
    List<Claim> claims = List.of(attends("a", "dmitry kovalenko", 0), attends("b", "dmitri kovalenko", 0),
        attends("c", "dmitry kovalenko", 0));
    assertThat(StoryTopics.aliases(claims).canonical("dmitri kovalenko")).isEqualTo("dmitry kovalenko");
    assertThat(StoryTopics.aliases(List.of(gust("a", 1))).canonical("harris")).isEqualTo("harris");
  }

  @Test
  public void rejectsClaimsOfAnotherStory() {
    Claim other = attends("a", "harris", 0).withStoryId("flood");
    assertThrows(IllegalArgumentException.class, () -> StoryTopics.group("storm", List.of(other)));
  }
}
