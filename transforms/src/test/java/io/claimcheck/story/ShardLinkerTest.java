package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Verification and linking of one shard's buckets, without Beam. */
@RunWith(JUnit4.class)
public class ShardLinkerTest {

  private static SignedDocument doc(String id, long[] features, long... bands) {
    return new SignedDocument(id, features, bands);
  }

  @Test
  public void linksSimilarDocumentsThatShareABucketSmallerIdFirst() {
    ShardLinker linker = new ShardLinker(0.5, 100, 0, 0);
    linker.add(doc("c", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {1, 2, 3, 5}, 10, 20));
    linker.add(doc("a", new long[] {1, 2, 3, 5}, 20));
    assertThat(linker.links()).containsExactly(LinkedPair.of("b", "c"), LinkedPair.of("a", "b"));
  }

  @Test
  public void aPairThatMeetsInManyBucketsIsComparedOnce() {
    ShardLinker linker = new ShardLinker(0.5, 100, 0, 0);
    linker.add(doc("x", new long[] {1, 2, 3}, 30, 10, 20));
    linker.add(doc("y", new long[] {1, 2, 3}, 20, 30, 10));
    assertThat(linker.links()).containsExactly(LinkedPair.of("x", "y"));
    assertThat(linker.pairsCompared()).isEqualTo(1);
  }

  @Test
  public void aPairWhoseFirstBucketIsOversizedIsComparedInTheNext() {
    ShardLinker linker = new ShardLinker(0.5, 2, 0, 0);
    linker.add(doc("x", new long[] {1, 2, 3}, 10, 20));
    linker.add(doc("y", new long[] {1, 2, 3}, 10, 20));
    linker.add(doc("z", new long[] {7, 8, 9}, 10));
    assertThat(linker.links()).containsExactly(LinkedPair.of("x", "y"));
    assertThat(linker.oversizedBuckets()).isEqualTo(1);
    assertThat(linker.pairsCompared()).isEqualTo(1);
  }

  @Test
  public void sharedSmallerKeyIsFoundInSortedKeySets() {
    assertThat(ShardLinker.shareSmallerKey(new long[] {-5, 3, 9}, new long[] {-5, 9}, 9)).isTrue();
    assertThat(ShardLinker.shareSmallerKey(new long[] {-5, 3, 9}, new long[] {-4, 9}, 9)).isFalse();
    assertThat(ShardLinker.shareSmallerKey(new long[] {3, 9}, new long[] {3, 9}, 3)).isFalse();
    assertThat(ShardLinker.shareSmallerKey(new long[0], new long[] {3}, 4)).isFalse();
  }

  @Test
  public void dissimilarDocumentsInOneBucketStayApart() {
    ShardLinker linker = new ShardLinker(0.5, 100, 0, 0);
    linker.add(doc("a", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {5, 6, 7, 4}, 10));
    assertThat(linker.links()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(1);
    assertThat(linker.pairsLinked()).isEqualTo(0);
  }

  @Test
  public void similarDocumentsWithoutACommonBucketAreNotCompared() {
    ShardLinker linker = new ShardLinker(0.5, 100, 0, 0);
    linker.add(doc("a", new long[] {1, 2, 3}, 10));
    linker.add(doc("b", new long[] {1, 2, 3}, 11));
    assertThat(linker.links()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(0);
  }

  @Test
  public void oversizedBucketIsSkipped() {
    ShardLinker linker = new ShardLinker(0.5, 2, 0, 0);
    linker.add(doc("a", new long[] {1}, 10));
    linker.add(doc("b", new long[] {1}, 10));
    linker.add(doc("c", new long[] {1}, 10));
    assertThat(linker.links()).isEmpty();
    assertThat(linker.oversizedBuckets()).isEqualTo(1);
  }

  @Test
  public void linksDoNotDependOnTheOrderDocumentsArriveIn() {
    Random random = new Random(7);
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long[] features = random.longs(4, 0, 12).sorted().distinct().toArray();
      docs.add(doc(String.format("d%02d", i), features, random.nextInt(5), 5 + random.nextInt(5)));
    }
    Set<LinkedPair> expected = link(docs);
    for (int t = 0; t < 5; t++) {
      Collections.shuffle(docs, random);
      assertThat(link(docs)).isEqualTo(expected);
    }
    assertThat(expected).isNotEmpty();
  }

  @Test
  public void matchesEveryPairThatSharesABucketOnRandomShards() {
    Random random = new Random(23);
    int linkedShards = 0;
    int cappedShards = 0;
    long ruledOut = 0;
    long[] keyPool = random.longs(25).toArray();
    // Features of random 64-bit values too: they fall on the sketches' bits at random and collide.
    long[] featurePool = random.longs(40).toArray();
    for (int round = 0; round < 400; round++) {
      List<SignedDocument> docs = new ArrayList<>();
      int n = 2 + random.nextInt(80);
      for (int i = 0; i < n; i++) {
        long[] features = (round % 4 < 2
            ? random.longs(2 + random.nextInt(10), 0, 8 + random.nextInt(30))
            : random.ints(2 + random.nextInt(30), 0, featurePool.length).mapToLong(f -> featurePool[f]))
            .sorted().distinct().toArray();
        // Small keys share buckets often; keys drawn from a pool of random 64-bit values also
        // collide in the hash map's slots, which decides the order buckets are visited in.
        long[] bands = round % 2 == 0
            ? random.longs(1 + random.nextInt(4), 0, 3 + random.nextInt(20)).toArray()
            : random.ints(1 + random.nextInt(4), 0, keyPool.length).mapToLong(k -> keyPool[k]).toArray();
        // Now and then the same id twice (not expected from the job): both copies are one node.
        String id = String.format("d%03d", random.nextInt(10) == 0 ? random.nextInt(n) : i);
        docs.add(doc(id, features, bands));
      }
      LinkRule rule = LinkRule.jaccard(new double[] {0.2, 0.35, 0.5}[random.nextInt(3)])
          .withContainment(new double[] {0, 0, 0.6, 0.8, 1.0}[random.nextInt(5)])
          .withMinCommon(new int[] {0, 0, 3, 5}[random.nextInt(4)]);
      int maxBucket = 3 + random.nextInt(40);
      int pivots = new int[] {0, 1, 2, 5}[random.nextInt(4)];
      int maxLinks = new int[] {0, 0, 1, 3}[random.nextInt(4)];
      ShardLinker linker = new ShardLinker(rule, maxBucket, pivots, maxLinks);
      docs.forEach(linker::add);
      List<LinkedPair> actual = linker.links();
      Reference reference = new Reference(rule, maxBucket, pivots, docs);
      if (maxLinks == 0) {
        assertThat(actual).containsExactlyElementsIn(reference.links);
      } else {
        // Capped: each link once (documents with one id are one).
        assertThat(actual).containsNoDuplicates();
        assertThat(actual).containsExactlyElementsIn(capPerDocument(reference.links, maxLinks));
        assertThat(linker.linksDropped()).isEqualTo(reference.linked - actual.size());
        cappedShards += actual.size() < new HashSet<>(reference.links).size() ? 1 : 0;
      }
      assertThat(linker.pairsCompared()).isEqualTo(reference.compared);
      assertThat(linker.pairsLinked()).isEqualTo(reference.linked);
      assertThat(linker.oversizedBuckets()).isEqualTo(reference.oversized);
      linkedShards += actual.isEmpty() ? 0 : 1;
      ruledOut += linker.pairsRuledOut();
    }
    assertThat(linkedShards).isGreaterThan(100);
    assertThat(cappedShards).isGreaterThan(20);
    assertThat(ruledOut).isGreaterThan(1000); // the sketches' path is taken, and changes nothing
  }

  /**
   * The plain version: every pair of documents with distinct ids that shares a bucket of at most
   * {@code maxBucket} documents, and every pair of a larger bucket's member with one of its {@code
   * pivots} members first by {@link PartnerCap#pivotHash} (then id, then arrival), compared once, with the exact
   * Jaccard, containment and shared count, written out rather than through {@link
   * LinkRule#commonNeeded}. (Two documents with one id, not expected from the job, are each compared
   * with the others.)
   */
  private static final class Reference {
    final List<LinkedPair> links = new ArrayList<>();
    long compared;
    long linked;
    long oversized;

    Reference(LinkRule rule, int maxBucket, int pivots, List<SignedDocument> docs) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int d = 0; d < docs.size(); d++) {
        // A key a document holds twice puts it in the bucket once.
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < docs.get(d).bandCount(); i++) {
          if (keys.add(docs.get(d).band(i))) {
            buckets.computeIfAbsent(docs.get(d).band(i), k -> new ArrayList<>()).add(d);
          }
        }
      }
      Set<Long> seen = new HashSet<>();
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() >= 2 && bucket.size() <= maxBucket) {
          for (int i = 0; i < bucket.size(); i++) {
            for (int j = i + 1; j < bucket.size(); j++) {
              compare(rule, docs, seen, bucket.get(i), bucket.get(j));
            }
          }
        }
      }
      // Oversized buckets after all the others: a pair that also shares a full bucket was compared.
      // Pivots: by the hash of the id, then the id, then arrival.
      java.util.Comparator<Integer> pivotOrder = java.util.Comparator.<Integer>comparingLong(
          d -> PartnerCap.pivotHash(docs.get(d).docId())).thenComparing(d -> docs.get(d).docId())
          .thenComparing(d -> d);
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() > maxBucket) {
          oversized++;
          List<Integer> byRank = new ArrayList<>(bucket);
          byRank.sort(pivotOrder);
          for (int pivot : byRank.subList(0, Math.min(pivots, byRank.size()))) {
            for (int member : bucket) {
              compare(rule, docs, seen, pivot, member);
            }
          }
        }
      }
    }

    private void compare(LinkRule rule, List<SignedDocument> docs, Set<Long> seen, int da, int db) {
      SignedDocument a = docs.get(da);
      SignedDocument b = docs.get(db);
      long pair = (long) Math.min(da, db) * docs.size() + Math.max(da, db);
      if (a.docId().equals(b.docId()) || !seen.add(pair)) {
        return;
      }
      compared++;
      int common = 0;
      for (int x = 0; x < a.featureCount(); x++) {
        for (int y = 0; y < b.featureCount(); y++) {
          common += a.feature(x) == b.feature(y) ? 1 : 0;
        }
      }
      int smaller = Math.min(a.featureCount(), b.featureCount());
      boolean alike = a.similarity(b) >= rule.jaccard()
          || (rule.containment() > 0 && common >= rule.containment() * smaller);
      if (alike && common >= Math.max(1, rule.minCommon())) {
        linked++;
        links.add(LinkedPair.of(a.docId(), b.docId()));
      }
    }
  }

  @Test
  public void aShortReportContainedInAnArticleIsLinkedByContainment() {
    // A 6-feature wire update of a court ruling, 5 of its features in the 40 of the full report:
    // Jaccard 5/41 = 0.12, containment 5/6.
    long[] report = java.util.stream.LongStream.range(100, 140).toArray();
    long[] update = {100, 103, 107, 111, 119, 900};
    List<SignedDocument> docs = List.of(doc("report", report, 1), doc("update", update, 1));
    ShardLinker jaccardOnly = new ShardLinker(0.35, 100, 0, 0);
    docs.forEach(jaccardOnly::add);
    assertThat(jaccardOnly.links()).isEmpty();
    ShardLinker withContainment = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 100, 0, 0);
    docs.forEach(withContainment::add);
    assertThat(withContainment.links()).containsExactly(LinkedPair.of("report", "update"));
  }

  @Test
  public void twoShortReportsSharingTwoNamesAreNotLinkedUnderAMinimum() {
    // Notices of two different bankruptcies that share a first name and a surname (as entity and as
    // word, four features) of five and six: Jaccard 4/7.
    List<SignedDocument> docs = List.of(doc("notice-1", new long[] {1, 2, 3, 4, 50}, 1),
        doc("notice-2", new long[] {1, 2, 3, 4, 60, 61}, 1));
    ShardLinker jaccardOnly = new ShardLinker(0.35, 100, 0, 0);
    docs.forEach(jaccardOnly::add);
    assertThat(jaccardOnly.links()).hasSize(1);
    ShardLinker withMinimum = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 100, 0, 0);
    docs.forEach(withMinimum::add);
    assertThat(withMinimum.links()).isEmpty();
  }

  @Test
  public void pivotLinksDoNotDependOnTheOrderDocumentsArriveIn() {
    Random random = new Random(11);
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      long[] features = random.longs(5, 0, 10).sorted().distinct().toArray();
      docs.add(doc(String.format("d%02d", i), features, random.nextInt(3), 3 + random.nextInt(2)));
    }
    Set<LinkedPair> expected = link(docs, 10, 3);
    for (int t = 0; t < 5; t++) {
      Collections.shuffle(docs, random);
      assertThat(link(docs, 10, 3)).isEqualTo(expected);
    }
    assertThat(expected).isNotEmpty();
  }

  @Test
  public void aTopStoryInOversizedBucketsStaysOneStoryAtALinearCost() {
    // 400 reports of one wildfire, each naming 12 of the story's 20 distinctive features, all in the
    // same two band buckets, and 100 unrelated reports that share one of those buckets by chance.
    Random random = new Random(5);
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<Long> vocabulary = new ArrayList<>(java.util.stream.LongStream.range(0, 20).boxed().toList());
      Collections.shuffle(vocabulary, random);
      long[] features = vocabulary.subList(0, 12).stream().mapToLong(Long::longValue).sorted().toArray();
      docs.add(doc(String.format("fire-%03d", i), features, 1, 2));
    }
    for (int i = 0; i < 100; i++) {
      long[] features = random.longs(10, 1_000, 100_000).sorted().distinct().toArray();
      docs.add(doc(String.format("other-%03d", i), features, 1, 1_000 + i));
    }
    ShardLinker linker = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 50, 16, 32);
    docs.forEach(linker::add);
    StoryGraph graph = new StoryGraph();
    List<LinkedPair> links = linker.links();
    links.forEach(graph::add);
    Map<String, String> stories = graph.stories(0.75);
    assertThat(stories.keySet()).hasSize(400);
    assertThat(new HashSet<>(stories.values())).hasSize(1);
    assertThat(stories.keySet().stream().allMatch(id -> id.startsWith("fire-"))).isTrue();
    assertThat(linker.oversizedBuckets()).isEqualTo(2);
    // Each member of each bucket against its 16 pivots at most, not 500 x 499 / 2 + 400 x 399 / 2.
    assertThat(linker.pairsCompared()).isAtMost((500L + 400) * 16);
    // Without pivots the story would be lost.
    ShardLinker skipping = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 50, 0, 0);
    docs.forEach(skipping::add);
    assertThat(skipping.links()).isEmpty();
  }

  @Test
  public void sharedKeysAreFoundAnywhereInSortedKeySets() {
    assertThat(ShardLinker.shareAnyKey(new long[] {-5, 3, 9}, new long[] {4, 9})).isTrue();
    assertThat(ShardLinker.shareAnyKey(new long[] {-5, 3}, new long[] {-4, 9})).isFalse();
    assertThat(ShardLinker.shareAnyKey(new long[] {1, Long.MAX_VALUE}, new long[] {Long.MAX_VALUE})).isTrue();
    assertThat(ShardLinker.shareAnyKey(new long[] {Long.MIN_VALUE}, new long[] {Long.MIN_VALUE})).isTrue();
    assertThat(ShardLinker.shareAnyKey(new long[0], new long[] {3})).isFalse();
  }

  @Test
  public void pivotHashIsPinned() {
    // Pinned: the hash must not change between releases, or the stories of a rerun could.
    // (Computed apart: SplitMix64's finalizer over the sign-extended String.hashCode.)
    assertThat(PartnerCap.pivotHash("reuters-0001")).isEqualTo(-4331674406287354090L);
  }

  /**
   * The cap written plainly over a list of links: each document's partners sorted in the pivots'
   * order, the first {@code max} kept; a link stays when either end keeps it; once each.
   */
  private static Set<LinkedPair> capPerDocument(List<LinkedPair> links, int max) {
    Map<String, List<String>> partners = new HashMap<>();
    for (LinkedPair link : new HashSet<>(links)) {
      partners.computeIfAbsent(link.first(), k -> new ArrayList<>()).add(link.second());
      partners.computeIfAbsent(link.second(), k -> new ArrayList<>()).add(link.first());
    }
    java.util.Comparator<String> order = java.util.Comparator.comparingLong(PartnerCap::pivotHash)
        .thenComparing(java.util.Comparator.naturalOrder());
    Set<LinkedPair> kept = new HashSet<>();
    partners.forEach((doc, all) -> {
      all.sort(order);
      all.subList(0, Math.min(max, all.size())).forEach(p -> kept.add(LinkedPair.of(doc, p)));
    });
    return kept;
  }

  @Test
  public void aCappedDocumentKeepsItsPartnersFirstInThePivotsOrder() {
    // Seven reports that all link to each other (21 links).
    List<SignedDocument> docs = new ArrayList<>();
    long[] shared = {1, 2, 3, 4, 5};
    for (String id : List.of("hub", "r1", "r2", "r3", "r4", "r5", "r6")) {
      docs.add(doc(id, shared, 10));
    }
    ShardLinker all = new ShardLinker(0.5, 100, 0, 0);
    docs.forEach(all::add);
    assertThat(all.links()).hasSize(21);
    ShardLinker capped = new ShardLinker(0.5, 100, 0, 2);
    docs.forEach(capped::add);
    List<LinkedPair> links = capped.links();
    // Each of the seven keeps its two partners first by id hash; a link stays if either end keeps it.
    assertThat(links).containsExactlyElementsIn(capPerDocument(all.links(), 2));
    assertThat(links.size()).isAtMost(7 * 2);
    assertThat(capped.linksDropped()).isEqualTo(21 - links.size());
    StoryGraph graph = new StoryGraph();
    links.forEach(graph::add);
    assertThat(new HashSet<>(graph.stories(0.75).values())).hasSize(1);
    assertThat(graph.stories(0.75)).hasSize(7);
  }

  @Test
  public void cappedStoriesDoNotDependOnTheNumberOfShards() {
    // A story of 300 reports of a port strike (12 of its 20 words each) and 100 stories of three
    // reports, signed and banded as the job does, sharded by band key as AssignStories does.
    Random random = new Random(9);
    MinHash minHash = MinHash.of(32);
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Long> vocabulary = new ArrayList<>(java.util.stream.LongStream.range(0, 20).boxed().toList());
      Collections.shuffle(vocabulary, random);
      docs.add(signed(minHash, String.format("strike-%03d", i),
          vocabulary.subList(0, 12).stream().mapToLong(Long::longValue).toArray()));
    }
    for (int story = 0; story < 100; story++) {
      for (int i = 0; i < 3; i++) {
        long base = 1_000 + 100L * story;
        docs.add(signed(minHash, String.format("other-%03d-%d", story, i),
            new long[] {base, base + 1, base + 2, base + 3, base + 4, base + 5 + i}));
      }
    }
    Map<String, String> first = null;
    for (int shards : new int[] {1, 3, 16}) {
      StoryGraph graph = new StoryGraph();
      long dropped = 0;
      long oversized = 0;
      for (int shard = 0; shard < shards; shard++) {
        // Buckets of more than 50 through pivots: the strike's reports share most band values.
        ShardLinker linker = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 50,
            AssignStories.PIVOTS_PER_BUCKET, AssignStories.MAX_LINKS_PER_DOCUMENT);
        for (SignedDocument doc : docs) {
          int s = shard;
          SignedDocument part = doc.withBandsWhere(key -> AssignStories.shardOf(key, shards) == s);
          if (part.bandCount() > 0) {
            linker.add(part);
          }
        }
        linker.links().forEach(graph::add);
        dropped += linker.linksDropped();
        oversized += linker.oversizedBuckets();
      }
      assertThat(oversized).isGreaterThan(0);
      Map<String, String> stories = graph.stories(AssignStories.DEFAULT_MIN_OVERLAP, AssignStories.MAX_LINKS_PER_DOCUMENT);
      assertThat(dropped).isGreaterThan(0);
      assertThat(stories.keySet().stream().filter(id -> id.startsWith("strike-")).map(stories::get).distinct().count())
          .isEqualTo(1);
      if (first == null) {
        first = stories;
        assertThat(new HashSet<>(stories.values())).hasSize(101);
      } else {
        assertThat(stories).isEqualTo(first);
      }
    }
  }

  private static SignedDocument signed(MinHash minHash, String id, long[] features) {
    SignedDocument doc = new SignedDocument(id, java.util.Arrays.stream(features).sorted().toArray(), new long[0]);
    return doc.withBands(MinHash.bandHashes(doc.signature(minHash), 16, 2));
  }

  private static Set<LinkedPair> link(List<SignedDocument> docs) {
    return link(docs, 100, 0);
  }

  private static Set<LinkedPair> link(List<SignedDocument> docs, int maxBucket, int pivots) {
    ShardLinker linker = new ShardLinker(0.4, maxBucket, pivots, 0);
    docs.forEach(linker::add);
    List<LinkedPair> links = linker.links();
    Set<LinkedPair> set = new HashSet<>(links);
    assertThat(set).hasSize(links.size());
    return set;
  }
}
