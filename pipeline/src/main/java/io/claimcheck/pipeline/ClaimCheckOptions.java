package io.claimcheck.pipeline;

import org.apache.beam.sdk.options.Default;
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

  @Description("Log at INFO level and print stack traces of errors.")
  @Default.Boolean(false)
  boolean getVerbose();

  void setVerbose(boolean value);
}
