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

/** Verification and linking of one shard's buckets, without Beam. */
@RunWith(JUnit4.class)
public class ShardLinkerTest {

  private static SignedDocument doc(String id, long[] features, long... bands) {
    return new SignedDocument(id, features, bands);
  }

  @Test
  public void linksSimilarDocumentsThatShareABucketAndRootsAtTheSmallestId() {
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("c", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {1, 2, 3, 5}, 10, 20));
    linker.add(doc("a", new long[] {1, 2, 3, 5}, 20));
    assertThat(linker.link()).containsExactly("a", "a", "b", "a", "c", "a");
  }

  @Test
  public void dissimilarDocumentsInOneBucketStayApart() {
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("a", new long[] {1, 2, 3, 4}, 10));
    linker.add(doc("b", new long[] {5, 6, 7, 4}, 10));
    assertThat(linker.link()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(1);
    assertThat(linker.pairsLinked()).isEqualTo(0);
  }

  @Test
  public void similarDocumentsWithoutACommonBucketAreNotCompared() {
    ShardLinker linker = new ShardLinker(0.5, 100);
    linker.add(doc("a", new long[] {1, 2, 3}, 10));
    linker.add(doc("b", new long[] {1, 2, 3}, 11));
    assertThat(linker.link()).isEmpty();
    assertThat(linker.pairsCompared()).isEqualTo(0);
  }

  @Test
  public void oversizedBucketIsSkipped() {
    ShardLinker linker = new ShardLinker(0.5, 2);
    linker.add(doc("a", new long[] {1}, 10));
    linker.add(doc("b", new long[] {1}, 10));
    linker.add(doc("c", new long[] {1}, 10));
    assertThat(linker.link()).isEmpty();
    assertThat(linker.oversizedBuckets()).isEqualTo(1);
  }

  @Test
  public void componentsDoNotDependOnTheOrderDocumentsArriveIn() {
    Random random = new Random(7);
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long[] features = random.longs(4, 0, 12).sorted().distinct().toArray();
      docs.add(doc(String.format("d%02d", i), features, random.nextInt(5), 5 + random.nextInt(5)));
    }
    Map<String, String> expected = link(docs);
    for (int t = 0; t < 5; t++) {
      Collections.shuffle(docs, random);
      assertThat(link(docs)).isEqualTo(expected);
    }
    assertThat(expected).isNotEmpty();
  }

  @Test
  public void matchesAllPairsLinkingOnRandomShards() {
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
      double threshold = new double[] {0.2, 0.35, 0.5}[random.nextInt(3)];
      int maxBucket = 3 + random.nextInt(40);
      ShardLinker linker = new ShardLinker(threshold, maxBucket);
      docs.forEach(linker::add);
      Map<String, String> actual = linker.link();
      Reference reference = new Reference(threshold, maxBucket, docs);
      assertThat(actual).isEqualTo(reference.roots);
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
   * The plain version: string union-find, buckets visited as the linker does (members in arrival
   * order), the exact Jaccard for each pair.
   */
  private static final class Reference {
    final Map<String, String> roots;
    long compared;
    long linked;
    long oversized;

    Reference(double threshold, int maxBucket, List<SignedDocument> docs) {
      Map<Long, List<SignedDocument>> buckets = new HashMap<>();
      for (SignedDocument d : docs) {
        for (int i = 0; i < d.bandCount(); i++) {
          buckets.computeIfAbsent(d.band(i), k -> new ArrayList<>()).add(d);
        }
      }
      Components components = new Components();
      for (List<SignedDocument> bucket : buckets.values()) {
        if (bucket.size() < 2) {
          continue;
        }
        if (bucket.size() > maxBucket) {
          oversized++;
          continue;
        }
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            SignedDocument a = bucket.get(i);
            SignedDocument b = bucket.get(j);
            if (components.find(a.docId()).equals(components.find(b.docId()))) {
              continue;
            }
            compared++;
            if (a.similarity(b) >= threshold) {
              linked++;
              components.union(a.docId(), b.docId());
            }
          }
        }
      }
      roots = components.roots();
    }
  }

  private static Map<String, String> link(List<SignedDocument> docs) {
    ShardLinker linker = new ShardLinker(0.4, 100);
    docs.forEach(linker::add);
    return linker.link();
  }
}
