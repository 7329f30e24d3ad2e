package io.claimcheck.bench;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cleaning and extraction of one article in a plain single-thread loop, without Beam: the cost per
 * article that the pipeline adds its overhead to. Run with {@code scripts/bench-extract.sh}; the
 * figures go to BENCHMARKS.md. Arguments: directories of {@code .txt} articles (default: the
 * sample corpus and the evaluation stories), then optionally {@code --seconds=N} per measured round (default 10).
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Path> roots = new ArrayList<>();
    double seconds = 10;
    for (String arg : args) {
      if (arg.startsWith("--seconds=")) {
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
    List<String> texts = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (!text.isBlank()) {
            texts.add(text);
          }
        }
      }
    }
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ArticleCleaner cleaner = new ArticleCleaner();
    ClaimExtractor extractor = new ClaimExtractor();
    System.out.printf(Locale.ROOT, "articles: %d, mean size %.0f bytes%n", texts.size(), (double) bytes / texts.size());
    run(texts, cleaner, extractor, seconds / 2, "warm-up");
    run(texts, cleaner, extractor, seconds, "measured");
  }

  private static void run(List<String> texts, ArticleCleaner cleaner, ClaimExtractor extractor, double seconds, String label) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long started = System.nanoTime();
    long articles = 0;
    long claims = 0;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < texts.size(); i++) {
        String cleaned = cleaner.clean(texts.get(i));
        claims += extractor.extract(Article.of("d" + i, "bench", cleaned)).size();
        articles++;
      }
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d articles in %.1f s: %.2f ms/article, %.0f articles/s on one thread, %.1f claims/article%n",
        label, articles, elapsed, 1000 * elapsed / articles, articles / elapsed, (double) claims / articles);
  }
}
