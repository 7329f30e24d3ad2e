package io.claimcheck.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.claimcheck.eval.Scoring.NaturalScore;
import io.claimcheck.eval.Scoring.TypeCounts;
import io.claimcheck.eval.StoryLabels.LabelException;
import io.claimcheck.eval.StoryLabels.NumericVariant;
import io.claimcheck.eval.StoryLabels.OmissionVariant;
import io.claimcheck.pipeline.ClaimCheck;
import io.claimcheck.pipeline.ClaimCheckOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The evaluation harness: runs claimcheck in-process on every story of {@code fixtures/eval} (and on
 * the numeric and omission variant of each, built on the fly in a work directory), scores each
 * report against the story's {@code labels.json} and prints one line per miss or false alarm, then
 * the summary.
 *
 * <pre>
 *   Evaluate [--keep] [--work=DIR] PATH...
 * </pre>
 *
 * Each PATH is a story directory (one holding {@code labels.json}) or a directory of stories.
 * {@code --work=DIR} keeps every input and report under DIR; {@code --keep} keeps the temporary
 * one. Exit status: 0 when every story was evaluated (whatever the scores); 2 when a labels.json or
 * variant cannot be used (each problem is an {@code ERROR} line; the other stories are still
 * scored); 1 when the harness itself failed. Run it with {@code scripts/evaluate.sh}.
 */
public final class Evaluate {

  static final String NUMERIC_VARIANT = "NUMERIC-VARIANT";
  static final String OMISSION_VARIANT = "OMISSION-VARIANT";

  /** Targets of issue 3: printed next to the figures, never enforced. */
  static final double TARGET_NUMERIC_RECALL = 0.9;
  static final double TARGET_OMISSION_VARIANT_RECALL = 0.8;
  static final double TARGET_NATURAL_CONTRADICTION_RECALL = 0.7;
  static final double TARGET_FALSE_CONTRADICTION_RATE = 0.05;

  private Evaluate() {}

  /**
   * What one story gave.
   *
   * @param natural null when the unmodified story could not be scored
   * @param numericFound null when there is no usable numeric variant
   * @param omissionFound null when there is no usable omission variant
   */
  record StoryResult(String story, NaturalScore natural, Boolean numericFound, Boolean omissionFound,
      List<String> errors, double seconds) {}

  /** The whole evaluation. */
  record Summary(List<StoryResult> stories) {

    List<String> errors() {
      return stories.stream().flatMap(s -> s.errors().stream()).toList();
    }

    TypeCounts contradictions() {
      return sum(NaturalScore::contradictions);
    }

    TypeCounts omissions() {
      return sum(NaturalScore::omissions);
    }

    int agreed() {
      return stories.stream().filter(s -> s.natural() != null).mapToInt(s -> s.natural().agreed()).sum();
    }

    int agreedContradicted() {
      return stories.stream().filter(s -> s.natural() != null)
          .mapToInt(s -> s.natural().agreedContradicted()).sum();
    }

    int[] numeric() {
      return variantCounts(StoryResult::numericFound);
    }

    int[] omissionVariants() {
      return variantCounts(StoryResult::omissionFound);
    }

    /** Every metric by name, NaN when it has no denominator. */
    Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("natural contradictions precision", contradictions().precision());
      m.put("natural contradictions recall", contradictions().recall());
      m.put("natural omissions precision", omissions().precision());
      m.put("natural omissions recall", omissions().recall());
      m.put("numeric variants recall", Scoring.ratio(numeric()[0], numeric()[1]));
      m.put("omission variants recall", Scoring.ratio(omissionVariants()[0], omissionVariants()[1]));
      m.put("false-contradiction rate on agreed facts", Scoring.ratio(agreedContradicted(), agreed()));
      return m;
    }

    private TypeCounts sum(Function<NaturalScore, TypeCounts> part) {
      return stories.stream().filter(s -> s.natural() != null).map(s -> part.apply(s.natural()))
          .reduce(TypeCounts.ZERO, TypeCounts::plus);
    }

    private int[] variantCounts(Function<StoryResult, Boolean> found) {
      int total = 0;
      int hits = 0;
      for (StoryResult s : stories) {
        Boolean f = found.apply(s);
        if (f != null) {
          total++;
          hits += f ? 1 : 0;
        }
      }
      return new int[] {hits, total};
    }
  }

  public static void main(String[] args) {
    boolean keep = false;
    Path work = null;
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--keep")) {
        keep = true;
      } else if (arg.startsWith("--work=")) {
        work = Paths.get(arg.substring("--work=".length()));
      } else if (arg.startsWith("--")) {
        System.err.println("evaluate: unknown option " + arg + " (usage: Evaluate [--keep] [--work=DIR] PATH...)");
        System.exit(1);
        return;
      } else {
        paths.add(Paths.get(arg));
      }
    }
    if (paths.isEmpty()) {
      paths.add(Paths.get("fixtures/eval"));
    }
    int status;
    try {
      List<Path> stories = findStories(paths);
      boolean temporary = work == null;
      Path dir = temporary ? Files.createTempDirectory("claimcheck-eval") : work;
      Summary summary = evaluate(stories, dir, System.out);
      if (temporary && !keep) {
        deleteTree(dir);
      } else {
        System.out.println("inputs and reports kept in " + dir);
      }
      status = summary.errors().isEmpty() ? 0 : 2;
    } catch (IOException | RuntimeException e) {
      System.err.println("evaluate: harness failed: " + e);
      e.printStackTrace(System.err);
      status = 1;
    }
    System.exit(status);
  }

  /** The story directories under {@code paths}, in name order; fails when a path holds none. */
  static List<Path> findStories(List<Path> paths) throws IOException {
    List<Path> stories = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path.resolve("labels.json"))) {
        stories.add(path);
        continue;
      }
      if (!Files.isDirectory(path)) {
        throw new IOException("no such directory: " + path);
      }
      try (Stream<Path> children = Files.list(path)) {
        List<Path> found = children.filter(p -> Files.isRegularFile(p.resolve("labels.json")))
            .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        if (found.isEmpty()) {
          throw new IOException("no story (directory with labels.json) in " + path);
        }
        stories.addAll(found);
      }
    }
    return stories;
  }

  /** Evaluates every story, printing misses, false alarms and errors as they come, then the summary. */
  static Summary evaluate(List<Path> stories, Path work, PrintStream out) throws IOException {
    List<StoryResult> results = new ArrayList<>();
    for (Path story : stories) {
      StoryResult result = evaluateStory(story, work.resolve(story.getFileName().toString()), out);
      results.add(result);
      out.flush();
    }
    Summary summary = new Summary(results);
    printSummary(summary, out);
    return summary;
  }

  static StoryResult evaluateStory(Path dir, Path work, PrintStream out) throws IOException {
    long started = System.nanoTime();
    String name = dir.getFileName().toString();
    List<String> errors = new ArrayList<>();
    StoryLabels labels;
    try {
      labels = StoryLabels.load(dir.resolve("labels.json"));
    } catch (LabelException e) {
      return failed(name, "labels.json: " + e.getMessage(), out, started);
    }
    if (!labels.story().equals(name)) {
      out.println("NOTE " + name + " labels.json names the story '" + labels.story() + "'");
    }
    Set<String> docs = documentIds(dir);
    if (docs != null) {
      for (String doc : new TreeSet<>(labels.namedDocs())) {
        if (!docs.contains(doc)) {
          error(errors, out, name, "labels.json names document '" + doc + "', which is not in the story "
              + docs);
        }
      }
      if (!errors.isEmpty()) {
        return new StoryResult(name, null, null, null, errors, seconds(started));
      }
    }

    Files.createDirectories(work);
    List<ReportRow> natural = runPipeline(name, dir, work.resolve("natural-report"), out);
    NaturalScore score = Scoring.scoreNatural(name, labels, natural);
    score.lines().forEach(out::println);

    Boolean numericFound = null;
    NumericVariant numeric = labels.numeric();
    if (numeric != null) {
      try {
        Path input = copyArticles(dir, work.resolve("numeric-input"));
        Path file = articleFile(input, numeric.doc(), "variants.numeric");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(numeric.find());
        if (at < 0) {
          throw new LabelException("variants.numeric: find text not in " + dir.relativize(articleFile(dir,
              numeric.doc(), "variants.numeric")) + ": \"" + numeric.find() + "\"");
        }
        Files.writeString(file, text.substring(0, at) + numeric.replace()
            + text.substring(at + numeric.find().length()), StandardCharsets.UTF_8);
        noteIfAlreadyFound(name, "numeric", StoryLabels.CONTRADICTION, numeric.key(), numeric.doc(), natural, out);
        List<ReportRow> report = runPipeline(name, input, work.resolve("numeric-report"), out);
        String miss = Scoring.scoreVariant(name, NUMERIC_VARIANT, StoryLabels.CONTRADICTION, numeric.key(),
            numeric.doc(), report);
        numericFound = miss == null;
        if (miss != null) {
          out.println(miss);
        }
      } catch (LabelException e) {
        error(errors, out, name, e.getMessage());
      }
    }

    Boolean omissionFound = null;
    OmissionVariant omission = labels.omission();
    if (omission != null) {
      try {
        Path input = copyArticles(dir, work.resolve("omission-input"));
        Path file = articleFile(input, omission.doc(), "variants.omission");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String sentence : omission.delete()) {
          String shorter = deleteAll(text, sentence);
          if (shorter == null) {
            throw new LabelException("variants.omission: sentence not in " + dir.relativize(articleFile(dir,
                omission.doc(), "variants.omission")) + ": \"" + sentence + "\"");
          }
          text = shorter;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        noteIfAlreadyFound(name, "omission", StoryLabels.OMISSION, omission.key(), omission.doc(), natural, out);
        List<ReportRow> report = runPipeline(name, input, work.resolve("omission-report"), out);
        String miss = Scoring.scoreVariant(name, OMISSION_VARIANT, StoryLabels.OMISSION, omission.key(),
            omission.doc(), report);
        omissionFound = miss == null;
        if (miss != null) {
          out.println(miss);
        }
      } catch (LabelException e) {
        error(errors, out, name, e.getMessage());
      }
    }
    return new StoryResult(name, score, numericFound, omissionFound, errors, seconds(started));
  }

  /** {@code text} without every occurrence of {@code sentence} (and one space next to it); null if absent. */
  static String deleteAll(String text, String sentence) {
    if (!text.contains(sentence)) {
      return null;
    }
    StringBuilder b = new StringBuilder(text);
    int at;
    while ((at = b.indexOf(sentence)) >= 0) {
      b.delete(at, at + sentence.length());
      if (at < b.length() && b.charAt(at) == ' ') {
        b.deleteCharAt(at);
      } else if (at > 0 && b.charAt(at - 1) == ' ') {
        b.deleteCharAt(at - 1);
      }
    }
    return b.toString();
  }

  /** Runs claimcheck on {@code input}, writing to {@code output}; the rows of its report.csv. */
  static List<ReportRow> runPipeline(String story, Path input, Path output, PrintStream out) throws IOException {
    ClaimCheckOptions options = PipelineOptionsFactory
        .fromArgs("--input=" + input.toAbsolutePath(), "--output=" + output.toAbsolutePath(),
            // The pipeline's own tests check coders and immutability; here they only cost time.
            "--enforceImmutability=false", "--enforceEncodability=false")
        .as(ClaimCheckOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    ClaimCheck.build(pipeline, options);
    PipelineResult.State state = pipeline.run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("claimcheck run on " + input + " ended in state " + state);
    }
    for (Map<String, String> rejected : readCsv(output.resolve("rejected.csv"))) {
      out.println("NOTE " + story + " input rejected: " + rejected.get("input") + ": " + rejected.get("reason"));
    }
    return ReportRow.read(output.resolve("report.csv"));
  }

  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  /** A variant whose change the unmodified story already shows proves nothing: say so. */
  private static void noteIfAlreadyFound(String story, String variant, String type, String key, String doc,
      List<ReportRow> natural, PrintStream out) {
    if (natural.stream().anyMatch(r -> Scoring.finds(r, type, key, List.of(doc)))) {
      out.println("NOTE " + story + " " + variant + " variant: the unmodified story already has a " + type
          + " on " + key + " flagging " + doc + ", so this variant is found trivially");
    }
  }

  /**
   * Document ids of the story's {@code .txt}/{@code .txt.gz} articles, as the pipeline names them
   * (file name without extension); null when the story also has JSONL files (ids inside).
   */
  static Set<String> documentIds(Path dir) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
          return null;
        }
        if (n.endsWith(".txt")) {
          ids.add(n.substring(0, n.length() - 4));
        } else if (n.endsWith(".txt.gz")) {
          ids.add(n.substring(0, n.length() - 7));
        }
      }
    }
    return ids;
  }

  /** Copies the story's article files (not labels.json or notes) into a fresh {@code target}. */
  private static Path copyArticles(Path dir, Path target) throws IOException {
    if (Files.exists(target)) {
      deleteTree(target);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".txt") || n.endsWith(".txt.gz") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
          Path to = target.resolve(dir.relativize(p).toString());
          Files.createDirectories(to.getParent());
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /** The plain-text article file of document {@code doc} below {@code root}. */
  private static Path articleFile(Path root, String doc, String where) throws IOException, LabelException {
    Path direct = root.resolve(doc + ".txt");
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    String name = Paths.get(doc + ".txt").getFileName().toString();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
      if (found.size() == 1) {
        return found.get(0);
      }
    }
    throw new LabelException(where + ": no single plain-text article " + name + " in the story "
        + "(variants can only edit .txt articles)");
  }

  private static StoryResult failed(String story, String message, PrintStream out, long started) {
    List<String> errors = new ArrayList<>();
    error(errors, out, story, message);
    return new StoryResult(story, null, null, null, errors, seconds(started));
  }

  private static void error(List<String> errors, PrintStream out, String story, String message) {
    String line = "ERROR " + story + " " + message;
    errors.add(line);
    out.println(line);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  static void printSummary(Summary s, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "SUMMARY: %d stories, %d not scored because of errors%n", s.stories().size(),
        s.stories().stream().filter(r -> r.natural() == null).count());
    out.printf(Locale.ROOT, "%-42s %6s %9s  %s%n", "metric", "value", "count", "target");
    TypeCounts c = s.contradictions();
    TypeCounts o = s.omissions();
    int[] num = s.numeric();
    int[] omi = s.omissionVariants();
    row(out, "natural contradictions precision", c.matchedRows(), c.matchedRows() + c.falseAlarms(), null, true);
    row(out, "natural contradictions recall", c.found(), c.labels(), TARGET_NATURAL_CONTRADICTION_RECALL, true);
    row(out, "natural omissions precision", o.matchedRows(), o.matchedRows() + o.falseAlarms(), null, true);
    row(out, "natural omissions recall", o.found(), o.labels(), null, true);
    row(out, "numeric variants recall", num[0], num[1], TARGET_NUMERIC_RECALL, true);
    row(out, "omission variants recall", omi[0], omi[1], TARGET_OMISSION_VARIANT_RECALL, true);
    row(out, "false-contradiction rate on agreed facts", s.agreedContradicted(), s.agreed(),
        TARGET_FALSE_CONTRADICTION_RATE, false);
    out.printf(Locale.ROOT, "(tolerated rows, not scored: %d contradictions, %d omissions)%n",
        c.toleratedRows(), o.toleratedRows());
    out.println();
    out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s %7s %7s %9s %7s%n", "story", "C prec", "C rec", "O prec",
        "O rec", "numeric", "omitted", "agreed-FC", "seconds");
    for (StoryResult r : s.stories()) {
      if (r.natural() == null) {
        out.printf(Locale.ROOT, "%-24s %s%n", r.story(), "ERROR (not scored)");
        continue;
      }
      TypeCounts rc = r.natural().contradictions();
      TypeCounts ro = r.natural().omissions();
      out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s %7s %7s %9s %7.1f%n", r.story(),
          rc.matchedRows() + "/" + (rc.matchedRows() + rc.falseAlarms()), rc.found() + "/" + rc.labels(),
          ro.matchedRows() + "/" + (ro.matchedRows() + ro.falseAlarms()), ro.found() + "/" + ro.labels(),
          variant(r.numericFound()), variant(r.omissionFound()),
          r.natural().agreedContradicted() + "/" + r.natural().agreed(), r.seconds());
    }
    if (!s.errors().isEmpty()) {
      out.printf(Locale.ROOT, "%n%d ERROR(s): fix the labels.json files named above%n", s.errors().size());
    }
  }

  private static String variant(Boolean found) {
    return found == null ? "-" : found ? "1/1" : "0/1";
  }

  private static void row(PrintStream out, String metric, int numerator, int denominator, Double target,
      boolean atLeast) {
    double value = Scoring.ratio(numerator, denominator);
    String shown = Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    String goal = "";
    if (target != null) {
      boolean met = !Double.isNaN(value) && (atLeast ? value >= target : value <= target);
      goal = String.format(Locale.ROOT, "%s %.2f %s", atLeast ? ">=" : "<=", target,
          Double.isNaN(value) ? "" : met ? "met" : "NOT MET");
    }
    out.printf(Locale.ROOT, "%-42s %6s %9s  %s%n", metric, shown, numerator + "/" + denominator, goal.strip());
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
