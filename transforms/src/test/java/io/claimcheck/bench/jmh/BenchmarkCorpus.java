package io.claimcheck.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The articles a benchmark runs on: every non-blank {@code .txt} file below a directory, in name order. */
final class BenchmarkCorpus {

  private BenchmarkCorpus() {}

  static List<String> texts(String directory) throws IOException {
    Path root = Paths.get(directory);
    if (!Files.isDirectory(root)) {
      throw new IOException("benchmark corpus not found: " + root.toAbsolutePath()
          + " (run from the repository root, or pass -p corpus=DIR)");
    }
    try (Stream<Path> files = Files.walk(root)) {
      List<String> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(BenchmarkCorpus::read).filter(t -> !t.isBlank()).toList();
      if (texts.isEmpty()) {
        throw new IOException("no .txt articles below " + root.toAbsolutePath());
      }
      return texts;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
