package io.claimcheck.bench;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cleaning and extraction of one article in a plain single-thread loop, without Beam: the cost per
 * article that the pipeline adds its overhead to. Run with {@code scripts/bench-extract.sh}; the
 * figures go to BENCHMARKS.md. Arguments: directories of {@code .txt} articles (default: the
 * sample corpus and the evaluation stories), then optionally {@code --seconds=N} of thread CPU time per
 * measured round (default 10; warm-up rounds get half).
 *
 * <p>With {@code --once}, each file is instead read, cleaned and extracted exactly once, in path
 * order, and the wall time is reported both for the loop and from the JVM's start: the job's
 * cleaning and extraction with the JVM's start-up and its own JIT warm-up (no Beam), so its
 * documents per second compare with a whole run's wall time (BENCHMARKS.md).
 *
 * <p>Two inputs are measured: the articles as they are, and "3 KB articles" made by joining
 * consecutive articles of one story (one directory) until each is at least {@value #JOINED_BYTES}
 * bytes, which is what issue 3's and issue 7's targets are stated for. Both wall time and the
 * thread's CPU time ({@link ThreadMXBean}) are reported: the machine is shared, and CPU time is the
 * figure that other processes disturb least.
 */
public final class ExtractionBenchmark {

  /** Minimum size of a joined article. */
  static final int JOINED_BYTES = 2_700;

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Path> roots = new ArrayList<>();
    double seconds = 10;
    boolean once = false;
    for (String arg : args) {
      if (arg.equals("--once")) {
        once = true;
      } else if (arg.startsWith("--seconds=")) {
        seconds = Double.parseDouble(arg.substring("--seconds=".length()));
      } else {
        roots.add(Paths.get(arg));
      }
    }
    if (roots.isEmpty()) {
      // The real and realistic article corpora (fixtures/bad-input is broken on purpose).
      roots.add(Paths.get("fixtures/tariff-talks"));
      roots.add(Paths.get("fixtures/eval"));
    }
    if (once) {
      onePass(roots);
      return;
    }
    // Articles by directory (story), in path order.
    Map<Path, List<String>> byStory = new LinkedHashMap<>();
    for (Path f : articleFiles(roots)) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (!text.isBlank()) {
        byStory.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(text);
      }
    }
    List<String> single = new ArrayList<>();
    List<String> joined = new ArrayList<>();
    for (List<String> story : byStory.values()) {
      single.addAll(story);
      joined.addAll(join(story));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      System.out.println("note: thread CPU time not supported, CPU figures are 0");
    }
    ArticleCleaner cleaner = new ArticleCleaner();
    ClaimExtractor extractor = new ClaimExtractor();
    run(single, cleaner, extractor, seconds / 2, "warm-up", threads);
    run(joined, cleaner, extractor, seconds / 2, "warm-up", threads);
    run(single, cleaner, extractor, seconds, "measured", threads);
    run(joined, cleaner, extractor, seconds, "measured", threads);
  }

  /**
   * One pass over the {@code .txt} files, as a user's own loop would make it: list, then read, clean
   * and extract each file once (blank ones skipped, as in the measured rounds). Nothing is warmed
   * up first.
   */
  private static void onePass(List<Path> roots) throws IOException {
    long started = System.nanoTime();
    List<Path> files = articleFiles(roots);
    ArticleCleaner cleaner = new ArticleCleaner();
    ClaimExtractor extractor = new ClaimExtractor();
    long articles = 0;
    long claims = 0;
    long bytes = 0;
    for (Path f : files) {
      byte[] raw = Files.readAllBytes(f);
      String text = new String(raw, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      articles++;
      bytes += raw.length;
      String cleaned = cleaner.clean(text);
      claims += extractor.extract(Article.of(f.getFileName().toString(), "bench", cleaned)).size();
    }
    double loop = (System.nanoTime() - started) / 1e9;
    double sinceStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    System.out.printf(Locale.ROOT,
        "once: %d articles of mean %.0f bytes, %d claims: loop %.1f s (%.0f/s), from JVM start %.1f s (%.0f/s)%n",
        articles, articles == 0 ? 0.0 : (double) bytes / articles, claims, loop, articles / loop,
        sinceStart, articles / sinceStart);
  }

  /** The {@code .txt} files below each root, in path order per root. */
  private static List<Path> articleFiles(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        files.addAll(walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
      }
    }
    return files;
  }

  /** Consecutive articles of one story joined (one paragraph break apart) to at least 3 KB each. */
  static List<String> join(List<String> story) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String text : story) {
      if (current.length() > 0) {
        current.append("\n\n");
      }
      current.append(text.strip());
      if (bytes(current.toString()) >= JOINED_BYTES) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      if (out.isEmpty() || bytes(current.toString()) >= JOINED_BYTES / 2) {
        out.add(current.toString());
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n\n" + current);
      }
    }
    return out;
  }

  private static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void run(List<String> texts, ArticleCleaner cleaner, ClaimExtractor extractor, double seconds, String label,
      ThreadMXBean threads) {
    long bytes = texts.stream().mapToLong(ExtractionBenchmark::bytes).sum();
    double meanBytes = (double) bytes / texts.size();
    long started = System.nanoTime();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    // The budget is CPU time of this thread, not wall time: on a loaded machine a wall-time budget
    // leaves the JIT and the loop too few cycles to reach a steady state.
    long cpuDeadline = cpuStarted + (long) (seconds * 1e9);
    long articles = 0;
    long claims = 0;
    while (threads.getCurrentThreadCpuTime() < cpuDeadline) {
      for (int i = 0; i < texts.size(); i++) {
        String cleaned = cleaner.clean(texts.get(i));
        claims += extractor.extract(Article.of("d" + i, "bench", cleaned)).size();
        articles++;
      }
    }
    double wall = (System.nanoTime() - started) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    double cpuMs = 1000 * cpu / articles;
    System.out.printf(Locale.ROOT,
        "%s: %d articles of mean %.0f bytes (%d distinct), %.1f claims/article: wall %.2f ms/article (%.0f/s), "
            + "CPU %.2f ms/article (%.0f/s), CPU %.2f ms/KB (%.2f ms per 3 KB)%n",
        label, articles, meanBytes, texts.size(), (double) claims / articles,
        1000 * wall / articles, articles / wall, cpuMs, 1000 / cpuMs, cpuMs * 1024 / meanBytes,
        cpuMs * 3072 / meanBytes);
  }
}
