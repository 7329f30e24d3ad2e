package io.claimcheck.pipeline;

import io.claimcheck.read.InputFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * What is checked before the job runs, so that a wrong path fails at once with one clear line
 * instead of after (or during) a run, and the small command-line helpers around it.
 */
final class RunChecks {

  private static final String PROBE = ".claimcheck-write-check";

  private RunChecks() {}

  /** A problem with the command line: reported in one line, exit status 2. */
  static final class UsageException extends Exception {
    UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Fails when a claimcheck option has a value outside its range. */
  static void checkOptionValues(ClaimCheckOptions options) throws UsageException {
    requirePositive("maxDocumentChars", options.getMaxDocumentChars());
    requirePositive("maxSentenceChars", options.getMaxSentenceChars());
    requirePositive("buckets", options.getBuckets());
    if (options.getProgressSeconds() < 0) {
      throw new UsageException("invalid option: --progressSeconds=" + options.getProgressSeconds()
          + ": must not be negative", null);
    }
  }

  private static void requirePositive(String name, int value) throws UsageException {
    if (value < 1) {
      throw new UsageException("invalid option: --" + name + "=" + value + ": must be a positive number", null);
    }
  }

  /**
   * Fails unless at least one file matches the input. Patterns are tried in order and the check
   * stops at the first that matches.
   */
  static void checkInputMatches(ClaimCheckOptions options) throws UsageException {
    FileSystems.setDefaultPipelineOptions(options);
    String input = options.getInput();
    Optional<Boolean> local = localDirectoryHoldsInput(input);
    if (local.isPresent()) {
      if (local.get()) {
        return;
      }
      throw new UsageException("no input file matches '" + input + "'", null);
    }
    for (String pattern : InputFiles.patterns(input)) {
      try {
        MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
        if (match.status() == MatchResult.Status.OK
            && match.metadata().stream().anyMatch(
                m -> !m.resourceId().isDirectory() && InputFiles.isInput(input, m.resourceId().toString()))) {
          return;
        }
      } catch (IOException | RuntimeException e) {
        throw new UsageException("cannot read input '" + input + "': " + oneLine(e), e);
      }
    }
    throw new UsageException("no input file matches '" + input + "'", null);
  }

  /**
   * Whether the local directory {@code input} holds an input file, walking it only up to the first
   * one: matching a directory lists every file in it (about 14 s for a million files, which the
   * job's own matching then does again). Empty when {@code input} is not a local directory or cannot
   * be walked; the Beam match then decides and reports.
   */
  private static Optional<Boolean> localDirectoryHoldsInput(String input) {
    if (!InputFiles.isDirectory(input) || input.contains("://")) {
      return Optional.empty();
    }
    try {
      Path dir = Path.of(input);
      if (!Files.isDirectory(dir)) {
        return Optional.empty();
      }
      try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
        return Optional.of(files.anyMatch(f -> Files.isRegularFile(f) && InputFiles.isInput(input, f.toString())));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Fails unless a file can be created in the output directory (which is created if missing). */
  static void checkOutputWritable(ClaimCheckOptions options) throws UsageException {
    String output = options.getOutput();
    try {
      ResourceId probe = FileSystems.matchNewResource(output, true)
          .resolve(PROBE, StandardResolveOptions.RESOLVE_FILE);
      try (WritableByteChannel channel = FileSystems.create(probe, MimeTypes.TEXT)) {
        // Creating the file is the test.
      }
      FileSystems.delete(List.of(probe));
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot write to output directory '" + output + "': " + oneLine(e), e);
    }
  }

  /** Prints {@code claimcheck: MESSAGE} (and the stack trace when verbose); returns exit status 2. */
  static int usageError(PrintStream err, String message, Throwable cause, boolean verbose) {
    err.println("claimcheck: " + message);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    return ClaimCheck.EXIT_USAGE;
  }

  /** Whether the command line asks for {@code --verbose}, before options are parsed. */
  static boolean verboseRequested(String[] args) {
    return List.of(args).contains("--verbose") || List.of(args).contains("--verbose=true");
  }

  private static final String DIRECT_STEP_FAILURE_LOG =
      "org.slf4j.simpleLogger.log.org.apache.beam.runners.direct.DirectTransformExecutor";

  /**
   * Raises the log level to INFO when {@code --verbose} is given, else turns off the Direct Runner's
   * log of a failing step. It must happen before the first logger is made, which option parsing
   * already does, hence before parsing.
   */
  static void configureLogging(String[] args) {
    if (verboseRequested(args)) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    } else if (System.getProperty(DIRECT_STEP_FAILURE_LOG) == null) { // unless the user set it
      // A step that fails is logged by the Direct Runner with its stack trace, from every worker
      // thread it fails on; the run then ends with one line saying why (--verbose: both).
      System.setProperty(DIRECT_STEP_FAILURE_LOG, "off");
    }
  }

  /**
   * What went wrong in a failed run, in one line: the innermost cause's message, or for a heap that
   * ran out, what to do about it (the runner's own report is a stack trace per worker thread).
   *
   * @param heap the heap the JVM that ran the job was given, as {@link #heap()} tells it, or null when
   *     the job ran elsewhere (a cluster's workers)
   * @param directRunner whether that JVM ran the Direct Runner (else embedded Flink)
   */
  static String failure(Throwable e, String heap, boolean directRunner) {
    Throwable root = rootCause(e);
    if (!(root instanceof OutOfMemoryError)) {
      return oneLine(root);
    }
    String what = "out of memory (" + oneLine(root) + ")";
    if (heap == null) {
      return what + " on a worker: give the runner's workers more memory, or more workers";
    }
    return what + " with a heap of " + heap + ": give the JVM more (JAVA_OPTS=-Xmx8g; " + (directRunner
        ? "the Direct Runner took 4 GiB for 100,000 documents, 10 GiB for 300,000), or run on Flink for more documents"
        : "embedded Flink took 6 GiB for 1,000,000 documents), or run on a Flink cluster");
  }

  /** The heap this JVM was given: its {@code -Xmx} or {@code -XX:MaxHeapSize}, else the maximum it chose. */
  static String heap() {
    return heap(ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().maxMemory());
  }

  static String heap(List<String> jvmArguments, long maxMemoryBytes) {
    String given = null;
    for (String argument : jvmArguments) { // the last one counts
      if (argument.startsWith("-Xmx")) {
        given = argument.substring("-Xmx".length());
      } else if (argument.startsWith("-XX:MaxHeapSize=")) {
        given = argument.substring("-XX:MaxHeapSize=".length());
      }
    }
    return given != null
        ? given
        : String.format(Locale.ROOT, "%.1f GiB (chosen by the JVM)", maxMemoryBytes / (double) (1L << 30));
  }

  /** The innermost cause: what actually went wrong, without the runner's wrappers. */
  static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The first line of an exception's message (or its type when it has none). */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("");
    return first.strip();
  }
}
