package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Stories from verified links, with and without the neighbourhood check, without Beam. */
@RunWith(JUnit4.class)
public class StoryGraphTest {

  private static Map<String, String> stories(double minOverlap, List<LinkedPair> links) {
    StoryGraph graph = new StoryGraph();
    links.forEach(graph::add);
    return graph.stories(minOverlap);
  }

  private static List<LinkedPair> clique(String... ids) {
    List<LinkedPair> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      for (int j = i + 1; j < ids.length; j++) {
        out.add(LinkedPair.of(ids[i], ids[j]));
      }
    }
    return out;
  }

  @Test
  public void everyLinkJoinsWithoutTheCheckAndTheRootIsTheSmallestId() {
    Map<String, String> roots = stories(0, List.of(LinkedPair.of("c", "d"), LinkedPair.of("b", "c"),
        LinkedPair.of("x", "y")));
    assertThat(roots).containsExactly("b", "b", "c", "b", "d", "b", "x", "x", "y", "x");
  }

  @Test
  public void aChanceLinkBetweenTwoStoriesDoesNotJoinThem() {
    // Two reports of a flood and two of a court ruling link among themselves; one flood report
    // names the same judge as a ruling report and links to it by chance.
    List<LinkedPair> links = new ArrayList<>(clique("flood-1", "flood-2", "flood-3", "flood-4"));
    links.addAll(clique("court-1", "court-2", "court-3", "court-4"));
    links.add(LinkedPair.of("flood-2", "court-3"));
    Map<String, String> roots = stories(0.5, links);
    assertThat(roots).containsExactly("flood-1", "flood-1", "flood-2", "flood-1", "flood-3", "flood-1",
        "flood-4", "flood-1", "court-1", "court-1", "court-2", "court-1", "court-3", "court-1",
        "court-4", "court-1");
    assertThat(stories(0, links).values()).containsExactly("court-1", "court-1", "court-1", "court-1",
        "court-1", "court-1", "court-1", "court-1");
  }

  @Test
  public void pairsAndShortChainsOfOneStoryStayJoined() {
    // A story of two documents, and one of three where the first and last are not alike enough.
    List<LinkedPair> links = List.of(LinkedPair.of("p1", "p2"), LinkedPair.of("q1", "q2"),
        LinkedPair.of("q2", "q3"));
    assertThat(stories(0.5, links)).containsExactly("p1", "p1", "p2", "p1", "q1", "q1", "q2", "q1",
        "q3", "q1");
  }

  @Test
  public void overlapIsTheJaccardOfClosedNeighbourhoods() {
    // a-b, a-c, b-c, b-d: N[a] = {a,b,c}, N[b] = {a,b,c,d}: 3 of 4.
    StoryGraph graph = new StoryGraph();
    List.of(LinkedPair.of("a", "b"), LinkedPair.of("a", "c"), LinkedPair.of("b", "c"),
        LinkedPair.of("b", "d")).forEach(graph::add);
    assertThat(graph.stories(0.75)).containsExactly("a", "a", "b", "a", "c", "a");
    // b-d: N[d] = {b,d}: 2 of 4, kept only from 0.5 down.
    assertThat(graph.stories(0.5)).containsKey("d");
    assertThat(graph.stories(0.51)).doesNotContainKey("d");
  }

  @Test
  public void resultDoesNotDependOnOrderOrRepeats() {
    Random random = new Random(5);
    List<LinkedPair> links = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int a = random.nextInt(80);
      int b = random.nextInt(80);
      if (a != b) {
        links.add(LinkedPair.of(String.format("d%02d", a), String.format("d%02d", b)));
      }
    }
    for (double minOverlap : new double[] {0, 0.2, 0.4}) {
      Map<String, String> expected = stories(minOverlap, links);
      for (int t = 0; t < 4; t++) {
        List<LinkedPair> shuffled = new ArrayList<>(links);
        shuffled.addAll(links.subList(0, 50 * t));
        Collections.shuffle(shuffled, random);
        assertThat(stories(minOverlap, shuffled)).isEqualTo(expected);
      }
      assertThat(expected).isNotEmpty();
    }
  }

  @Test
  public void withoutTheCheckStoriesAreTheConnectedComponents() {
    Random random = new Random(9);
    List<LinkedPair> links = new ArrayList<>();
    Components reference = new Components();
    for (int i = 0; i < 200; i++) {
      String a = "n" + random.nextInt(150);
      String b = "n" + random.nextInt(150);
      if (!a.equals(b)) {
        links.add(LinkedPair.of(a, b));
        reference.union(a, b);
      }
    }
    assertThat(stories(0, links)).isEqualTo(new HashMap<>(reference.roots()));
  }
}
