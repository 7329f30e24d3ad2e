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
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("c", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {1, 2, 3, 5}, 10, 20));
    linker.add(doc("a", new long[] {1, 2, 3, 5}, 20));
    assertThat(linker.links()).containsExactly(LinkedPair.of("b", "c"), LinkedPair.of("a", "b"));
  }

  @Test
  public void aPairThatMeetsInManyBucketsIsComparedOnce() {
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("x", new long[] {1, 2, 3}, 30, 10, 20));
    linker.add(doc("y", new long[] {1, 2, 3}, 20, 30, 10));
    assertThat(linker.links()).containsExactly(LinkedPair.of("x", "y"));
    assertThat(linker.pairsCompared()).isEqualTo(1);
  }

  @Test
  public void aPairWhoseFirstBucketIsOversizedIsComparedInTheNext() {
    ShardLinker linker = new ShardLinker(0.5, 2);
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
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("a", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {5, 6, 7, 4}, 10));
    assertThat(linker.links()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(1);
    assertThat(linker.pairsLinked()).isEqualTo(0);
  }

  @Test
  public void similarDocumentsWithoutACommonBucketAreNotCompared() {
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("a", new long[] {1, 2, 3}, 10));
    linker.add(doc("b", new long[] {1, 2, 3}, 11));
    assertThat(linker.links()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(0);
  }

  @Test
  public void oversizedBucketIsSkipped() {
    ShardLinker linker = new ShardLinker(0.5, 2);
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
      ShardLinker linker = new ShardLinker(rule, maxBucket);
      docs.forEach(linker::add);
      List<LinkedPair> actual = linker.links();
      Reference reference = new Reference(rule, maxBucket, docs);
      assertThat(actual).containsExactlyElementsIn(reference.links);
      assertThat(linker.pairsCompared()).isEqualTo(reference.compared);
      assertThat(linker.pairsLinked()).isEqualTo(reference.linked);
      assertThat(linker.oversizedBuckets()).isEqualTo(reference.oversized);
      linkedShards += actual.isEmpty() ? 0 : 1;
      ruledOut += linker.pairsRuledOut();
    }
    assertThat(linkedShards).isGreaterThan(100);
    assertThat(ruledOut).isGreaterThan(1000); // the sketches' path is taken, and changes nothing
  }

  /**
   * The plain version: every pair of documents with distinct ids that shares a bucket of at most
   * {@code maxBucket} documents, compared once, with the exact Jaccard, containment and shared
   * count, written out rather than through {@link LinkRule#commonNeeded}. (Two documents with one id,
   * not expected from the job, are each compared with the others.)
   */
  private static final class Reference {
    final List<LinkedPair> links = new ArrayList<>();
    long compared;
    long linked;
    long oversized;

    Reference(LinkRule rule, int maxBucket, List<SignedDocument> docs) {
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
        if (bucket.size() < 2) {
          continue;
        }
        if (bucket.size() > maxBucket) {
          oversized++;
          continue;
        }
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            SignedDocument a = docs.get(bucket.get(i));
            SignedDocument b = docs.get(bucket.get(j));
            long pair = (long) Math.min(bucket.get(i), bucket.get(j)) * docs.size() + Math.max(bucket.get(i), bucket.get(j));
            if (a.docId().equals(b.docId()) || !seen.add(pair)) {
              continue;
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
    ShardLinker jaccardOnly = new ShardLinker(0.35, 100);
    docs.forEach(jaccardOnly::add);
    assertThat(jaccardOnly.links()).isEmpty();
    ShardLinker withContainment = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 100);
    docs.forEach(withContainment::add);
    assertThat(withContainment.links()).containsExactly(LinkedPair.of("report", "update"));
  }

  @Test
  public void twoShortReportsSharingTwoNamesAreNotLinkedUnderAMinimum() {
    // Notices of two different bankruptcies that share a first name and a surname (as entity and as
    // word, four features) of five and six: Jaccard 4/7.
    List<SignedDocument> docs = List.of(doc("notice-1", new long[] {1, 2, 3, 4, 50}, 1),
        doc("notice-2", new long[] {1, 2, 3, 4, 60, 61}, 1));
    ShardLinker jaccardOnly = new ShardLinker(0.35, 100);
    docs.forEach(jaccardOnly::add);
    assertThat(jaccardOnly.links()).hasSize(1);
    ShardLinker withMinimum = new ShardLinker(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5), 100);
    docs.forEach(withMinimum::add);
    assertThat(withMinimum.links()).isEmpty();
  }

  private static Set<LinkedPair> link(List<SignedDocument> docs) {
    ShardLinker linker = new ShardLinker(0.4, 100);
    docs.forEach(linker::add);
    List<LinkedPair> links = linker.links();
    Set<LinkedPair> set = new HashSet<>(links);
    assertThat(set).hasSize(links.size());
    return set;
  }
}
