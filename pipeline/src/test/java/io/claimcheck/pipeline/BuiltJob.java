package io.claimcheck.pipeline;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** The job as {@link ClaimCheck#build} makes it for the sample corpus, for tests that walk its graph. */
final class BuiltJob {

  private BuiltJob() {}

  /** The built, not run, job over the sample corpus with default options. */
  static Pipeline ofSampleCorpus() {
    ClaimCheckOptions options = PipelineOptionsFactory
        .fromArgs("--input=../fixtures/tariff-talks", "--output=target/unused-out")
        .as(ClaimCheckOptions.class);
    return ClaimCheck.build(Pipeline.create(options), options);
  }
}
