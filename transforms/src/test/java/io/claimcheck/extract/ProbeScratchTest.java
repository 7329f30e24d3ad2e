package io.claimcheck.extract;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

public class ProbeScratchTest {
  @Test
  public void probe() throws Exception {
    Path p = Path.of("/tmp/cc/probe.txt");
    if (!Files.exists(p)) return;
    ClaimExtractor x = new ClaimExtractor();
    if (System.getenv("DOC") != null) {
      String text = Files.readString(p);
      for (Claim c : x.extract(Article.of("doc", "in/doc.txt", text).withStoryId("s"))) {
        System.out.println("   " + c.topicKey() + " = " + c.value().text() + " " + c.polarity() + "  [" + text.substring(c.start(), c.end()) + "]");
      }
      return;
    }
    for (String line : Files.readAllLines(p)) {
      if (line.isBlank()) continue;
      System.out.println("## " + line);
      if (System.getenv("LEMMAS") != null) {
        for (String w : line.split(" ")) System.out.print(w + "->" + Words.lemma(w) + " ");
        System.out.println();
        continue;
      }
      if (System.getenv("TAGS") != null) {
        io.claimcheck.nlp.GreedyPosTagger tg = new io.claimcheck.nlp.GreedyPosTagger(io.claimcheck.nlp.NlpModels.posModel());
        String[] w = io.claimcheck.nlp.Tokenizer.tokenize(line, 0).stream().map(io.claimcheck.nlp.Token::text).toArray(String[]::new);
        String[] tags = tg.tag(w);
        StringBuilder b = new StringBuilder("   TAGS ");
        for (int k = 0; k < w.length; k++) b.append(w[k]).append('/').append(tags[k]).append(' ');
        System.out.println(b);
      }
      if (System.getenv("NUMS") != null) {
        for (NumberMention nm : new NumberParser().find(io.claimcheck.nlp.Tokenizer.tokenize(line, 0))) {
          System.out.println("   NUM " + nm);
        }
      }
      for (Claim c : x.extract(Article.of("doc", "in/doc.txt", line).withStoryId("s"))) {
        System.out.println("   " + c.topicKey() + " = " + c.value().text() + " " + c.polarity() + "  [" + line.substring(c.start(), c.end()) + "]");
      }
    }
  }
}
