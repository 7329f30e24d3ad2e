package io.claimcheck.story;

import io.claimcheck.model.Article;
import io.claimcheck.model.Story;
import io.claimcheck.model.StoryCoder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
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

  private DescribeStories() {}

  public static DescribeStories create() {
    return new DescribeStories();
  }

  @Override
  public PCollection<Story> expand(PCollection<Article> articles) {
    return articles
        .apply("SummarizeArticles", ParDo.of(new SummarizeFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), MemberCoder.of()))
        .apply("GroupByStory", GroupByKey.create())
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

  static final class SummarizeFn extends DoFn<Article, KV<String, Member>> {
    private transient StoryFeatures features;

    @Setup
    public void setup() {
      features = StoryFeatures.of(1);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Member>> out) {
      List<String> words = new ArrayList<>(features.entities(article.text()));
      if (words.size() < LABEL_WORDS) {
        // Few names: the headline (title, or the first line) says what the story is about.
        String headline = article.title().isEmpty() ? article.text().strip().split("\n", 2)[0] : article.title();
        words.addAll(features.contentWords(headline));
      }
      out.output(KV.of(article.storyId(), new Member(article.docId(), article.published(), words)));
    }
  }

  static final class DescribeFn extends DoFn<KV<String, Iterable<Member>>, Story> {
    private final Counter stories = Metrics.counter(DescribeStories.class, "stories");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Member>> story, OutputReceiver<Story> out) {
      List<String> docs = new ArrayList<>();
      List<String> dates = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Member m : story.getValue()) {
        docs.add(m.docId());
        dates.add(m.published());
        words.addAll(m.labelWords());
      }
      docs.sort(null);
      stories.inc();
      out.output(new Story(story.getKey(), docs, StoryLabels.topWords(words, LABEL_WORDS),
          StoryLabels.dateSpan(dates)));
    }
  }
}
