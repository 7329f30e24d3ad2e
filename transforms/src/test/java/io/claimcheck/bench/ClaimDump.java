package io.claimcheck.bench;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/**
 * Prints every claim extracted from every {@code .txt} article under the given directories
 * (default: the fixtures), one line per claim, so that a speed change can be checked to leave the
 * extraction unchanged by diffing two dumps: {@code java ... ClaimDump fixtures > before.txt}.
 */
public final class ClaimDump {

  private ClaimDump() {}

  public static void main(String[] args) throws IOException {
    String[] roots = args.length == 0 ? new String[] {"fixtures"} : args;
    ArticleCleaner cleaner = new ArticleCleaner();
    ClaimExtractor extractor = new ClaimExtractor();
    for (String root : roots) {
      try (Stream<Path> files = Files.walk(Paths.get(root))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          String cleaned = cleaner.clean(text);
          System.out.println("== " + f + " cleaned " + cleaned.hashCode() + " " + cleaned.length());
          for (Claim c : extractor.extract(Article.of(f.getFileName().toString(), "dump", cleaned))) {
            System.out.println(c.topicKey() + " | " + c.value().text() + " | " + c.polarity() + " | " + c.start() + "-" + c.end()
                + " | " + c.subject() + " | " + c.qualifiers() + " | " + c.certainty());
          }
        }
      }
    }
  }
}
