package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.model.TopicGroupCoder;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Groups the claims of each story by topic key. Person names are first made canonical per story
 * ({@code Trump}, {@code Donald Trump} and {@code President Trump} become one person), so that
 * claims about the same person from different sources share a key.
 *
 * <p>One GroupByKey brings all claims of a story together (stories are spread over
 * {@link #withBuckets} buckets, see {@link KeyBuckets}); the name aliases and the topic groups of a
 * story are then computed in memory ({@link StoryTopics}). So there is no key per topic: a topic
 * key shared by thousands of documents of different stories never meets in one group, and the
 * number of keys is bounded by the buckets, not by the stories or topics.
 */
public final class GroupClaimsByTopic extends PTransform<PCollection<Claim>, PCollection<TopicGroup>> {

  private final int buckets;

  private GroupClaimsByTopic(int buckets) {
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Grouping with {@link KeyBuckets#DEFAULT_BUCKETS} buckets of stories. */
  public static GroupClaimsByTopic create() {
    return new GroupClaimsByTopic(KeyBuckets.DEFAULT_BUCKETS);
  }

  /** The same grouping with the stories spread over {@code newBuckets} grouping keys. */
  public GroupClaimsByTopic withBuckets(int newBuckets) {
    return new GroupClaimsByTopic(newBuckets);
  }

  @Override
  public PCollection<TopicGroup> expand(PCollection<Claim> claims) {
    return claims
        .apply("GroupByStoryBucket", GroupIntoBuckets.by(Claim::storyId, buckets))
        .apply("GroupStoryTopics", ParDo.of(new GroupStoryTopicsFn()))
        .setCoder(TopicGroupCoder.of());
  }

  /** Splits a bucket into its stories and emits each story's topic groups. */
  static final class GroupStoryTopicsFn extends DoFn<KV<Integer, Iterable<Claim>>, TopicGroup> {
    private final Counter stories = Metrics.counter(GroupClaimsByTopic.class, "stories_grouped");
    private final Counter groups = Metrics.counter(GroupClaimsByTopic.class, "topic_groups");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Claim>> bucket, OutputReceiver<TopicGroup> out) {
      Map<String, List<Claim>> byStory = new TreeMap<>();
      for (Claim claim : bucket.getValue()) {
        byStory.computeIfAbsent(claim.storyId(), k -> new ArrayList<>()).add(claim);
      }
      byStory.forEach((storyId, storyClaims) -> {
        stories.inc();
        for (TopicGroup group : StoryTopics.group(storyId, storyClaims)) {
          groups.inc();
          out.output(group);
        }
      });
    }
  }
}
