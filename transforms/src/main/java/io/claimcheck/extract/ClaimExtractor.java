package io.claimcheck.extract;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.ValueKind;
import io.claimcheck.nlp.GreedyPosTagger;
import io.claimcheck.nlp.NlpModels;
import io.claimcheck.nlp.SentenceSplitter;
import io.claimcheck.nlp.Token;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts normalized claims from one cleaned article: quantities, people and their roles, events
 * and stances. Sentences are split with the OpenNLP model; part-of-speech tags are computed only
 * for sentences that hold a number or a stance marker. Not thread-safe: one per DoFn instance.
 */
public final class ClaimExtractor {

  private static final Comparator<Claim> TEXT_ORDER =
      Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end).thenComparing(Claim::topicKey)
          .thenComparing(c -> c.value().text());

  private final SentenceSplitter splitter;
  private final GreedyPosTagger tagger = new GreedyPosTagger(NlpModels.posModel());
  private final PersonFinder persons = new PersonFinder();
  private final DateParser dates = new DateParser();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final RoleExtractor roles = new RoleExtractor();
  private final EventExtractor events = new EventExtractor();
  private final StanceExtractor stances = new StanceExtractor();

  /** An extractor with the splitter's default sentence cap. */
  public ClaimExtractor() {
    this(SentenceSplitter.MAX_SENTENCE_CHARS);
  }

  /** An extractor whose sentences are cut at {@code maxSentenceChars} characters. */
  public ClaimExtractor(int maxSentenceChars) {
    this.splitter = new SentenceSplitter(maxSentenceChars);
  }

  /**
   * What one article yields: its claims, in text order, and the signatures of every number and date
   * it writes ({@link io.claimcheck.normalize.ValueSignatures}), sorted.
   */
  public record Extraction(List<Claim> claims, long[] mentionedValues) {}

  /** The claims of {@code article}, in text order. */
  public List<Claim> extract(Article article) {
    return extractWithValues(article).claims();
  }

  /** The claims of {@code article} and the values it mentions. */
  public Extraction extractWithValues(Article article) {
    LocalDate published = publicationDate(article.published());
    DocumentContext doc = DocumentContext.of(article.text(), published, splitter, tagger, persons, dates);
    ClaimSink sink = new ClaimSink(article.docId(), article.storyId(),
        published == null ? "" : published.toString(), doc.attributions());
    quantities.extract(doc, sink);
    roles.extract(doc, sink);
    events.extract(doc, sink);
    stances.extract(doc, sink);
    // A date that dates another event of the article ("won the election on Saturday") or stands
    // alone as its dateline says nothing of a fact it was not read to state: the day of a story's
    // events recurs all through its articles.
    List<Claim> events = sink.claims().stream()
        .filter(c -> c.kind() == ClaimKind.EVENT && c.value().kind() == ValueKind.DATE).toList();
    for (int i = 0; i < doc.sentences().size(); i++) {
      List<DateMention> found = doc.dates(i);
      if (isDateline(doc.sentences().get(i).tokens(), found)) {
        continue;
      }
      // Relative dates made absolute as events see them; unresolved ones ("next week") have no value.
      for (DateMention d : EventExtractor.resolved(found, published)) {
        if (!d.value().text().startsWith("relative:")
            && events.stream().noneMatch(c -> c.start() <= d.start() && d.end() <= c.end())) {
          sink.mentioned(d.value());
        }
      }
    }
    return new Extraction(sink.claims().stream().sorted(TEXT_ORDER).toList(), sink.mentionedValues());
  }

  /** Whether a sentence is only its dates and punctuation ("Saturday, June 4"). */
  private static boolean isDateline(List<Token> tokens, List<DateMention> dates) {
    if (dates.isEmpty()) {
      return false;
    }
    for (int k = 0; k < tokens.size(); k++) {
      final int at = k;
      boolean inDate = dates.stream().anyMatch(d -> d.startToken() <= at && at < d.endToken());
      if (!inDate && Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The date part of an ISO-8601 date or date-time, or null when absent or unreadable. */
  static LocalDate publicationDate(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
