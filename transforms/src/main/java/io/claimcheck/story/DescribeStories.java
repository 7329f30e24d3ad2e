package io.claimcheck.story;

import io.claimcheck.model.Article;
import io.claimcheck.model.Story;
import io.claimcheck.model.StoryCoder;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * One {@link Story} per story id of the (story-assigned) articles: its sorted documents, a label of
 * its three most frequent entities (headline words when it names fewer) and its published-date
 * span. Only small per-article summaries are shuffled, not the texts.
 */
public final class DescribeStories extends PTransform<PCollection<Article>, PCollection<Story>> {

  private static final int LABEL_WORDS = 3;

  private final int buckets;

  private DescribeStories(int buckets) {
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  public static DescribeStories create() {
    return new DescribeStories(KeyBuckets.DEFAULT_BUCKETS);
  }

  /**
   * The same, gathering the stories under {@code newBuckets} keys ({@link KeyBuckets}) rather than
   * one key per story. The result does not depend on it.
   */
  public DescribeStories withBuckets(int newBuckets) {
    return new DescribeStories(newBuckets);
  }

  @Override
  public PCollection<Story> expand(PCollection<Article> articles) {
    return articles
        .apply("SummarizeArticles", ParDo.of(new SummarizeFn(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), MemberCoder.of())))
        .apply("GroupByStoryBucket", GroupIntoBuckets.create())
        .apply("DescribeStory", ParDo.of(new DescribeFn()))
        .setCoder(StoryCoder.of());
  }

  /** What a story needs to know of one article. */
  @DefaultCoder(MemberCoder.class)
  record Member(String docId, String published, List<String> labelWords) implements Serializable {
    Member {
      labelWords = List.copyOf(labelWords);
    }
  }

  static final class SummarizeFn extends DoFn<Article, KV<Integer, KV<String, Member>>> {
    private final int buckets;
    private transient StoryFeatures features;

    SummarizeFn(int buckets) {
      this.buckets = buckets;
    }

    @Setup
    public void setup() {
      features = StoryFeatures.of(1);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, Member>>> out) {
      List<String> words = new ArrayList<>(features.entities(article.text()));
      if (words.size() < LABEL_WORDS) {
        // Few names: the headline (title, or the first line) says what the story is about.
        String headline = article.title().isEmpty() ? article.text().strip().split("\n", 2)[0] : article.title();
        words.addAll(features.contentWords(headline));
      }
      Member member = new Member(article.docId(), article.published(), words);
      out.output(KV.of(KeyBuckets.of(article.storyId(), buckets), KV.of(article.storyId(), member)));
    }
  }

  /** Splits a bucket into its stories and describes each. */
  static final class DescribeFn extends DoFn<KV<Integer, Iterable<KV<String, Member>>>, Story> {
    private final Counter stories = Metrics.counter(DescribeStories.class, "stories");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, Member>>> bucket, OutputReceiver<Story> out) {
      Map<String, List<Member>> byStory = new TreeMap<>();
      for (KV<String, Member> member : bucket.getValue()) {
        byStory.computeIfAbsent(member.getKey(), k -> new ArrayList<>()).add(member.getValue());
      }
      byStory.forEach((storyId, members) -> out.output(describe(storyId, members)));
    }

    private Story describe(String storyId, List<Member> members) {
      List<String> docs = new ArrayList<>();
      List<String> dates = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Member m : members) {
        docs.add(m.docId());
        dates.add(m.published());
        words.addAll(m.labelWords());
      }
      docs.sort(null);
      stories.inc();
      return new Story(storyId, docs, StoryLabels.topWords(words, LABEL_WORDS), StoryLabels.dateSpan(dates));
    }
  }
}
