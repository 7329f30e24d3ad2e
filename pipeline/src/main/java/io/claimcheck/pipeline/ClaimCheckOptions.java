package io.claimcheck.pipeline;

import io.claimcheck.nlp.SentenceSplitter;
import io.claimcheck.read.DocumentLimits;
import io.claimcheck.util.KeyBuckets;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Command-line options of claimcheck, on top of Beam's own ({@code --runner} and others). */
public interface ClaimCheckOptions extends PipelineOptions {

  @Description("Input: a glob ('corpus/**/*.txt') or a directory (every *.txt, *.txt.gz, *.jsonl and "
      + "*.jsonl.gz file below it). Any Beam file system path (gs://...) works.")
  @Default.String("fixtures/tariff-talks")
  String getInput();

  void setInput(String value);

  @Description("Output directory, created if missing: report.csv, claims.jsonl, rejected.csv.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description("Maximum document length in characters (a .txt file, or the text of a JSONL line). Longer "
      + "documents are rejected as 'too large', not truncated. Must be positive.")
  @Default.Integer(DocumentLimits.DEFAULT_MAX_DOCUMENT_CHARS)
  int getMaxDocumentChars();

  void setMaxDocumentChars(int value);

  @Description("Maximum sentence length in characters given to the NLP models; longer sentences are cut "
      + "at a space, so that a pathological line cannot stall a worker. Must be positive.")
  @Default.Integer(SentenceSplitter.MAX_SENTENCE_CHARS)
  int getMaxSentenceChars();

  void setMaxSentenceChars(int value);

  @Description("How many keys the per-document and per-story groupings use: documents, names and stories "
      + "are spread over this many buckets and each bucket is worked through in memory. More buckets spread "
      + "the work over more workers; fewer make bigger bundles (the Direct Runner pays per bundle). Default: "
      + "--targetParallelism on the Direct Runner, else 64. Output does not depend on it. Must be positive.")
  @Default.InstanceFactory(DefaultBuckets.class)
  int getBuckets();

  void setBuckets(int value);

  @Description("Seconds between progress lines on stderr while the job runs (inputs read, cleaned, shards whose "
      + "words were counted, signed for "
      + "stories, shards compared, placed in stories, documents analyzed, claims and findings so far); 0 for none. "
      + "A runner whose launch returns only when the job is done (Flink in attached mode, the default) prints "
      + "none. Must not be negative.")
  @Default.Integer(30)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Log at INFO level and print stack traces of errors.")
  @Default.Boolean(false)
  boolean getVerbose();

  void setVerbose(boolean value);

  /**
   * One bucket per worker thread on the Direct Runner: every bucket is a bundle in every later step,
   * and the runner pays a fixed cost per bundle and step (measured on 2,000 documents with 2 threads:
   * 12.7 s with 2 buckets, 19.2 s with 8, 32.3 s with 32). Other runners get
   * {@link KeyBuckets#DEFAULT_BUCKETS} keys to spread over their workers.
   */
  final class DefaultBuckets implements DefaultValueFactory<Integer> {
    @Override
    public Integer create(PipelineOptions options) {
      // Fully qualified: PipelineOptions.DirectRunner (a default-value factory) shadows an import.
      if (org.apache.beam.runners.direct.DirectRunner.class.equals(options.getRunner())) {
        return Math.max(1, options.as(DirectOptions.class).getTargetParallelism());
      }
      return KeyBuckets.DEFAULT_BUCKETS;
    }
  }
}
