package io.claimcheck.bench.jmh;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.nlp.Sentence;
import io.claimcheck.nlp.SentenceSplitter;
import io.claimcheck.nlp.Token;
import io.claimcheck.nlp.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the per-article steps on one thread: cleaning, sentence splitting (with
 * tokens), claim extraction, and the three together. Each operation handles one article; the
 * articles of {@code corpus} are taken in turn, so a score is the mean over that corpus. The default
 * corpus is the sample (five real articles, 2.1–3.5 KB, mean 2.8 KB): the size issue 3's "3 KB
 * article" target speaks of. Run with {@code scripts/jmh.sh}; figures go to BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ArticleBenchmarks {

  /** A directory of {@code .txt} articles, relative to the repository root. */
  @Param({"fixtures/tariff-talks"})
  public String corpus;

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private SentenceSplitter splitter;
  private ClaimExtractor extractor;
  private List<String> raw;
  private List<String> cleaned;
  private List<Article> articles;
  private int next;

  @Setup
  public void load() throws IOException {
    splitter = new SentenceSplitter();
    extractor = new ClaimExtractor();
    raw = BenchmarkCorpus.texts(corpus);
    cleaned = new ArrayList<>();
    articles = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = cleaner.clean(raw.get(i));
      cleaned.add(text);
      articles.add(Article.of("doc-" + i, "bench", text).withStoryId("story-1"));
    }
  }

  private int nextIndex() {
    int i = next;
    next = (next + 1) % raw.size();
    return i;
  }

  /** Removes page furniture from one raw article. */
  @Benchmark
  public String clean() {
    return cleaner.clean(raw.get(nextIndex()));
  }

  /** Splits one cleaned article into sentences and each sentence into tokens. */
  @Benchmark
  public void splitSentences(Blackhole sink) {
    for (Sentence s : splitter.split(cleaned.get(nextIndex()))) {
      List<Token> tokens = Tokenizer.tokenize(s.text(), s.start());
      sink.consume(tokens);
    }
  }

  /** Extracts the claims of one cleaned article (sentences, tokens, tags where needed, claims). */
  @Benchmark
  public List<Claim> extract() {
    return extractor.extract(articles.get(nextIndex()));
  }

  /** Cleaning and extraction of one raw article: what the pipeline does per document. */
  @Benchmark
  public List<Claim> cleanAndExtract() {
    int i = nextIndex();
    return extractor.extract(Article.of("doc-" + i, "bench", cleaner.clean(raw.get(i))).withStoryId("story-1"));
  }
}
