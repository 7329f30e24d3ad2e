package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collections;
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

  private static Map<String, String> link(List<SignedDocument> docs) {
    ShardLinker linker = new ShardLinker(0.4, 100);
    docs.forEach(linker::add);
    return linker.link();
  }
}
