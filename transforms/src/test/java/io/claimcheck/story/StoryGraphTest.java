package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
    // Four reports of a flood and four of a court ruling link among themselves; one flood report
    // names the same judge as a ruling report and links to it by chance: of either end's
    // neighbourhood (5 documents) only the two ends are shared, 2 of 5.
    List<LinkedPair> links = new ArrayList<>(clique("flood-1", "flood-2", "flood-3", "flood-4"));
    links.addAll(clique("court-1", "court-2", "court-3", "court-4"));
    links.add(LinkedPair.of("flood-2", "court-3"));
    StoryGraph graph = new StoryGraph();
    links.forEach(graph::add);
    assertThat(graph.stories(AssignStories.DEFAULT_MIN_OVERLAP)).containsExactly("flood-1", "flood-1",
        "flood-2", "flood-1", "flood-3", "flood-1", "flood-4", "flood-1", "court-1", "court-1", "court-2",
        "court-1", "court-3", "court-1", "court-4", "court-1");
    assertThat(graph.linksWithoutSupport()).isEqualTo(1);
    assertThat(graph.stories(0).values()).containsExactly("court-1", "court-1", "court-1", "court-1",
        "court-1", "court-1", "court-1", "court-1");
  }

  @Test
  public void aDocumentThatLinksIntoOneStoryOnlyJoinsItWhateverItsSize() {
    // A quake story of eight reports; a late report links to one of them, a second to two: their
    // neighbourhoods lie wholly in the story's.
    List<LinkedPair> links = new ArrayList<>(clique("quake-1", "quake-2", "quake-3", "quake-4", "quake-5",
        "quake-6", "quake-7", "quake-8"));
    links.add(LinkedPair.of("quake-1", "quake-late-a"));
    links.add(LinkedPair.of("quake-2", "quake-late-b"));
    links.add(LinkedPair.of("quake-3", "quake-late-b"));
    Map<String, String> roots = stories(AssignStories.DEFAULT_MIN_OVERLAP, links);
    assertThat(roots).hasSize(10);
    assertThat(Set.copyOf(roots.values())).containsExactly("quake-1");
  }

  @Test
  public void pairsAndShortChainsOfOneStoryStayJoined() {
    // A story of two documents, and one of three where the first and last are not alike enough.
    List<LinkedPair> links = List.of(LinkedPair.of("p1", "p2"), LinkedPair.of("q1", "q2"),
        LinkedPair.of("q2", "q3"));
    assertThat(stories(AssignStories.DEFAULT_MIN_OVERLAP, links)).containsExactly("p1", "p1", "p2", "p1",
        "q1", "q1", "q2", "q1", "q3", "q1");
  }

  @Test
  public void aChainOfFourPartsInTheMiddle() {
    // The cost of the check: a–b–c–d where only neighbours link looks, at b–c, like a chance link
    // between two stories of two (2 of 3 shared), and is cut there.
    List<LinkedPair> links = List.of(LinkedPair.of("a", "b"), LinkedPair.of("b", "c"), LinkedPair.of("c", "d"));
    assertThat(stories(AssignStories.DEFAULT_MIN_OVERLAP, links)).containsExactly("a", "a", "b", "a", "c", "c",
        "d", "c");
  }

  @Test
  public void overlapIsTheShareOfTheSmallerNeighbourhoodInTheOther() {
    // Clique a, b, c; c-d, d-e. At c-d: N[c] = {a,b,c,d}, N[d] = {c,d,e}: 2 of 3 shared.
    StoryGraph graph = new StoryGraph();
    List.of(LinkedPair.of("a", "b"), LinkedPair.of("a", "c"), LinkedPair.of("b", "c"),
        LinkedPair.of("c", "d"), LinkedPair.of("d", "e")).forEach(graph::add);
    assertThat(graph.stories(0.67)).containsExactly("a", "a", "b", "a", "c", "a", "d", "d", "e", "d");
    assertThat(graph.linksWithoutSupport()).isEqualTo(1);
    assertThat(graph.linkCount()).isEqualTo(5);
    assertThat(Set.copyOf(graph.stories(0.66).values())).containsExactly("a");
  }

  @Test
  public void overlapOfAReportWithAHubIsCountedAsBetweenPeers() {
    // Nodes 0 and 1 linked; random other neighbours from 2..399, up to 300 for the hub (the lookup
    // path) or a handful for both (the merge path): always |N[0] ∩ N[1]| / min(|N[0]|, |N[1]|).
    Random random = new Random(3);
    for (int round = 0; round < 500; round++) {
      java.util.TreeSet<Integer> of0 = new java.util.TreeSet<>(Set.of(1));
      java.util.TreeSet<Integer> of1 = new java.util.TreeSet<>(Set.of(0));
      int n0 = random.nextInt(6);
      int n1 = random.nextBoolean() ? random.nextInt(6) : 100 + random.nextInt(200);
      while (of0.size() < n0 + 1) {
        of0.add(2 + random.nextInt(398));
      }
      while (of1.size() < n1 + 1) {
        of1.add(2 + random.nextInt(398));
      }
      int[] neighbours = java.util.stream.Stream.of(of0, of1).flatMap(Set::stream).mapToInt(Integer::intValue).toArray();
      int[] start = {0, of0.size(), of0.size() + of1.size()};
      java.util.Set<Integer> shared = new java.util.HashSet<>(of0);
      shared.retainAll(of1);
      double expected = (2.0 + shared.size()) / (Math.min(of0.size(), of1.size()) + 1);
      assertThat(StoryGraph.overlap(neighbours, start, 0, 1)).isEqualTo(expected);
      assertThat(StoryGraph.overlap(neighbours, start, 1, 0)).isEqualTo(expected);
    }
  }

  @Test
  public void aCapGivesTheStoriesOfTheLinksEitherEndKeeps() {
    // A story of 60 (most pairs linked), stories of 2 to 7, chance links; each document keeps its
    // 5 partners first by id hash, then id. Against the cap written plainly, then no cap.
    Random random = new Random(8);
    List<LinkedPair> links = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      for (int j = i + 1; j < 60; j++) {
        if (random.nextInt(4) > 0) {
          links.add(LinkedPair.of(String.format("big%02d", i), String.format("big%02d", j)));
        }
      }
    }
    int doc = 0;
    for (int story = 0; story < 20; story++) {
      int size = 2 + random.nextInt(6);
      for (int i = doc; i < doc + size; i++) {
        for (int j = i + 1; j < doc + size; j++) {
          links.add(LinkedPair.of(String.format("d%03d", i), String.format("d%03d", j)));
        }
      }
      doc += size;
    }
    links.add(LinkedPair.of("big07", "d005"));
    Map<String, java.util.List<String>> partners = new java.util.HashMap<>();
    for (LinkedPair link : new java.util.HashSet<>(links)) {
      partners.computeIfAbsent(link.first(), k -> new ArrayList<>()).add(link.second());
      partners.computeIfAbsent(link.second(), k -> new ArrayList<>()).add(link.first());
    }
    java.util.Set<LinkedPair> capped = new java.util.HashSet<>();
    partners.forEach((d, all) -> {
      all.sort(java.util.Comparator.comparingLong(PartnerCap::pivotHash).thenComparing(java.util.Comparator.naturalOrder()));
      all.subList(0, Math.min(5, all.size())).forEach(p -> capped.add(LinkedPair.of(d, p)));
    });
    StoryGraph plain = new StoryGraph();
    capped.forEach(plain::add);
    StoryGraph graph = new StoryGraph();
    links.forEach(graph::add);
    Map<String, String> stories = graph.stories(AssignStories.DEFAULT_MIN_OVERLAP, 5);
    assertThat(stories).isEqualTo(plain.stories(AssignStories.DEFAULT_MIN_OVERLAP));
    assertThat(graph.linksPastTheCap()).isEqualTo(new java.util.HashSet<>(links).size() - capped.size());
    assertThat(graph.linksPastTheCap()).isGreaterThan(0);
    // The big story stays one, and the chance link does not join it to a small one.
    assertThat(stories.entrySet().stream().filter(e -> e.getKey().startsWith("big")).map(Map.Entry::getValue)
        .distinct().toList()).containsExactly("big00");
    assertThat(stories.get("d005")).isNotEqualTo("big00");
  }

  @Test
  public void resultDoesNotDependOnOrderOrRepeats() {
    // Stories of 2 to 7 documents that link among themselves (most pairs), and chance links.
    Random random = new Random(5);
    List<LinkedPair> links = new ArrayList<>();
    int doc = 0;
    for (int story = 0; story < 30; story++) {
      int size = 2 + random.nextInt(6);
      for (int i = doc; i < doc + size; i++) {
        for (int j = i + 1; j < doc + size; j++) {
          if (random.nextInt(5) > 0) {
            links.add(LinkedPair.of(String.format("d%03d", i), String.format("d%03d", j)));
          }
        }
      }
      doc += size;
    }
    for (int i = 0; i < 20; i++) {
      int a = random.nextInt(doc);
      int b = random.nextInt(doc);
      if (a != b) {
        links.add(LinkedPair.of(String.format("d%03d", a), String.format("d%03d", b)));
      }
    }
    for (double minOverlap : new double[] {0, 0.5, AssignStories.DEFAULT_MIN_OVERLAP}) {
      StoryGraph graph = new StoryGraph();
      links.forEach(graph::add);
      Map<String, String> expected = graph.stories(minOverlap);
      int cut = graph.linksWithoutSupport();
      for (int t = 0; t < 4; t++) {
        List<LinkedPair> shuffled = new ArrayList<>(links);
        shuffled.addAll(links.subList(0, 50 * t));
        Collections.shuffle(shuffled, random);
        StoryGraph again = new StoryGraph();
        shuffled.forEach(again::add);
        assertThat(again.stories(minOverlap)).isEqualTo(expected);
        assertThat(again.linksWithoutSupport()).isEqualTo(cut);
      }
      assertThat(Set.copyOf(expected.values()).size()).isGreaterThan(minOverlap == 0 ? 0 : 10);
      if (minOverlap > 0) {
        assertThat(cut).isGreaterThan(0);
      }
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
