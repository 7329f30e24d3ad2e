package io.claimcheck.extract;

import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.PosTags;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Numbers with what they measure. For a measure (a rate, an amount, a duration …) the concept is
 * the head noun next to the number ({@code 24% levies}, {@code tariff of 25%}, {@code paused for
 * 90 days}), normalized through {@code concepts.txt}; a generic head ({@code a 10% rate}) takes the
 * concept named elsewhere in the sentence. What it applies to becomes qualifiers: products
 * ({@code product}), a universal scope ({@code scope}) and the country it targets ({@code target},
 * soft: reconciled per story). For a count the key is the counted noun and what happened to it
 * ({@code country.count{event=request}}, {@code person.count{event=kill}}).
 */
final class QuantityExtractor {

  private static final java.util.regex.Pattern YEARS_OLD = java.util.regex.Pattern.compile("\\byears?[- ]old\\b");

  /** Dimensions that only ever measure one kind of thing. */
  private static final Map<String, String> INTRINSIC_CONCEPTS = Map.of("magnitude", "earthquake", "category", "storm");

  private static final Set<String> CLAUSE_WORDS = Set.of("but", "although", "though", "while", "whereas", "which", "who", "as", "since", "because");
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "from");
  private static final Set<String> NOT_SUBJECT_BEFORE = Set.of("to", "with", "in", "than", "from", "and", "of", "by", "for", "at");

  private final NumberParser numbers = new NumberParser();
  private final Map<String, String> concepts = Lexicon.synonyms("concepts");
  private final Set<String> generic = Lexicon.words("generic-measures");
  private final Map<String, String> products = Lexicon.synonyms("products");
  private final Map<String, String> scopes = Lexicon.synonyms("scopes");
  private final Set<String> goods = Lexicon.words("goods-nouns");
  private final Map<String, String> predicates = Lexicon.synonyms("count-predicates");
  private final Map<String, String> countedNouns = Lexicon.synonyms("counted-nouns");
  private final Map<String, String> predicateNouns = Lexicon.table("predicate-nouns");
  private final Map<String, String> shareNouns = Lexicon.synonyms("share-nouns");

  void extract(DocumentContext doc, ClaimSink sink) {
    String previousConcept = "";
    List<SentenceInfo> sentences = doc.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      SentenceInfo s = sentences.get(index);
      List<NumberMention> found = numbers.find(s.tokens(), doc.dates(index));
      if (found.isEmpty()) {
        continue;
      }
      // Tags only when a lexicon did not already say what the number measures: tagging is the
      // most expensive step of extraction.
      final int sentenceIndex = index;
      Supplier<PosTags> tags = () -> doc.tags(sentenceIndex);
      for (int n = 0; n < found.size(); n++) {
        NumberMention m = found.get(n);
        int limit = n + 1 < found.size() ? found.get(n + 1).startToken() : s.tokens().size();
        if (m.unitless()) {
          count(s, tags, m, limit, sink);
        } else {
          String concept = measure(s, tags, m, limit, previousConcept, sink);
          if (!concept.isEmpty()) {
            previousConcept = concept;
          }
        }
      }
    }
  }

  /** A measure; returns the concept it was given, or empty when none was found. */
  private String measure(SentenceInfo s, Supplier<PosTags> tags, NumberMention m, int limit, String previousConcept, ClaimSink sink) {
    List<Token> t = s.tokens();
    if (m.dimension().equals("duration") && isAge(s, m)) {
      return ""; // "a 47-year-old": an age, read by the role extractor
    }
    Head head = lexiconHead(t, m, limit);
    if (head == null) {
      head = headAfter(t, tags.get(), m.endToken(), limit);
    }
    if (head == null) {
      head = headBefore(t, tags.get(), m.startToken());
    }
    String intrinsic = INTRINSIC_CONCEPTS.get(m.dimension());
    if (intrinsic != null) {
      // A magnitude measures an earthquake, a category a storm, whatever noun stands next to it.
      head = new Head(intrinsic, head == null ? m.startToken() : head.start, head == null ? m.endToken() : head.end, false);
    }
    if (head == null) {
      return "";
    }
    String concept = head.concept;
    double certainty = 0.9;
    if (head.generic) {
      String specific = conceptInSentence(t, m.startToken());
      concept = !specific.isEmpty() ? specific : !previousConcept.isEmpty() ? previousConcept : concept;
      certainty = specific.isEmpty() ? 0.7 : 0.85;
    }
    // What the measure applies to: the words around the number up to the end of its clause.
    int windowEnd = clauseEnd(t, Math.max(head.end, m.endToken()), limit);
    int windowStart = Math.max(0, m.startToken() - 3);
    Set<String> productSet = new LinkedHashSet<>();
    String scope = "";
    boolean general = false;
    for (int k = windowStart; k < windowEnd; k++) {
      Words.Match p = Words.longestPhrase(t, k, products, 3);
      if (p != null) {
        productSet.add(p.canonical());
        k += p.length() - 1;
        continue;
      }
      Words.Match sc = Words.longestPhrase(t, k, scopes, 3);
      if (sc != null) {
        scope = sc.canonical();
        k += sc.length() - 1;
        continue;
      }
      // Goods right after the head ("levies on its exports") make the measure a general one;
      // goods further on ("a mainstay of the export economy") say nothing about it.
      if (Words.in(t.get(k), goods) && k > head.end - 1 && k <= head.end + 2) {
        general = true;
      }
    }
    int clauseStart = clauseStart(t, m.startToken());
    for (int k = clauseStart; k < m.startToken(); k++) {
      if (Words.in(t.get(k), goods)) {
        general = true;
      }
    }
    // A target country is what a rate (a tariff, a sanction) is aimed at; for amounts and counts a
    // country nearby is a description ("the Dutch chipmaker"), not a different fact.
    String target = m.dimension().equals("percent") ? target(s, m, clauseStart, windowEnd) : "";
    String attribute = attribute(m.dimension());
    String holder = "";
    if (m.dimension().equals("percent") && shareNouns.containsKey(concept)) {
      // "Ortega won 38.6% of the vote": each candidate's share is its own fact.
      concept = shareNouns.get(concept) + " share";
      holder = s.nearestPersonBefore(m.startToken());
    }
    int start = Math.min(m.start(), t.get(head.start).start());
    int end = Math.max(m.end(), t.get(head.end - 1).end());
    List<String> applies = new ArrayList<>(productSet);
    if (applies.isEmpty() || general) {
      applies.add(0, "");
    }
    for (String product : applies) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("product", product);
      q.put("scope", scope);
      q.put("target", target);
      q.put("person", holder);
      sink.add(ClaimKind.QUANTITY, concept + "." + attribute, concept, attribute, q, m.value(),
          Polarity.POSITIVE, s.sentence(), start, end, certainty);
    }
    return concept;
  }

  private void count(SentenceInfo s, Supplier<PosTags> lazyTags, NumberMention m, int limit, ClaimSink sink) {
    List<Token> t = s.tokens();
    if (m.startToken() > 0 && Words.fold(t.get(m.startToken() - 1)).equals("the")) {
      return; // "the two countries": a reference to known things, not a count
    }
    if (m.startToken() > 1 && t.get(m.startToken() - 1).text().equals(",")) {
      for (PersonMention p : s.persons()) {
        if (p.endToken() == m.startToken() - 1) {
          return; // "Smith, 38,": an age (RoleExtractor reads it), not a count
        }
      }
    }
    String noun = null;
    int nounEnd = m.endToken();
    String predicate = null;
    for (int k = m.endToken(); k < Math.min(t.size(), m.endToken() + 3); k++) {
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      String known = countedNouns.get(Words.fold(t.get(k)));
      if (pred == null && known != null && k == m.endToken()) {
        noun = known; // "75 countries", "200 residents": a lexicon noun needs no tagging
        nounEnd = k + 1;
        break;
      }
      PosTags tags = lazyTags.get();
      if (pred != null) {
        // "10 dead", "1,200 job cuts": the noun is the predicate; its usual counted noun is counted.
        noun = predicateNouns.getOrDefault(pred.canonical(), "person");
        predicate = pred.canonical();
        nounEnd = k + pred.length();
        break;
      }
      if (tags.at(k).equals("NOUN") || tags.at(k).equals("PROPN") && !t.get(k).capitalized()) {
        // The head of a compound is its last noun: "retired city workers" counts workers.
        int head = k;
        while (head + 1 < Math.min(t.size(), k + 3) && tags.at(head + 1).equals("NOUN")
            && Words.longestPhrase(t, head + 1, predicates, 4) == null) {
          head++;
        }
        String lemma = Words.lemma(t.get(head).text());
        noun = countedNouns.getOrDefault(Words.fold(t.get(head)), countedNouns.getOrDefault(lemma, lemma));
        nounEnd = head + 1;
        break;
      }
      if (Words.fold(t.get(k)).equals("more") && k == m.endToken()) {
        continue; // "40 more were hurt": the noun is left out; a predicate may still say what
      }
      if (!tags.at(k).equals("ADJ") && !t.get(k).text().equals("-")) {
        break;
      }
    }
    if (noun == null && m.endToken() < t.size() && Words.fold(t.get(m.endToken())).equals("more")) {
      String predicate0 = predicateAround(t, lazyTags, m.startToken(), m.endToken() + 1, limit);
      if (predicate0 != null && predicates.containsKey(predicate0)) {
        noun = predicateNouns.getOrDefault(predicate0, "person");
        predicate = predicate0;
        nounEnd = m.endToken() + 1;
      }
    }
    if (noun == null) {
      // "the death toll rose to 12": no counted noun after the number, a casualty word before it.
      for (int k = Math.max(0, m.startToken() - 4); k < m.startToken() && noun == null; k++) {
        Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
        if (pred != null && !joinedBefore(t, k + pred.length(), m.startToken())) {
          noun = predicateNouns.getOrDefault(pred.canonical(), "person");
          predicate = pred.canonical();
          nounEnd = m.endToken();
        }
      }
    }
    if (noun == null) {
      return;
    }
    if (predicate == null) {
      predicate = predicateAround(t, lazyTags, m.startToken(), nounEnd, limit);
    }
    if (predicate == null) {
      return;
    }
    String plural = Words.plural(noun);
    ClaimValue v = m.value();
    ClaimValue value = new ClaimValue(v.kind(), v.text() + " " + plural, v.low(), v.high(), plural, v.originalUnit());
    sink.add(ClaimKind.QUANTITY, noun + ".count", noun, "count", Map.of("event", predicate), value,
        Polarity.POSITIVE, s.sentence(), m.start(), t.get(nounEnd - 1).end(), 0.8);
  }

  /** Whether a conjunction or a comma separates a predicate from the number after it. */
  private static boolean joinedBefore(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = Words.fold(t.get(k));
      if (f.equals("and") || f.equals(",") || f.equals("or") || f.equals("but") || f.equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** What happened to what was counted: a lexicon predicate after or before, else a verb. */
  private String predicateAround(List<Token> t, Supplier<PosTags> lazyTags, int numberStart, int nounEnd, int limit) {
    // Right before the number first ("killed at least 9 people"), so that a later count's
    // predicate ("... and left 15 people injured") is not taken for this one.
    for (int k = Math.max(0, numberStart - 3); k < numberStart; k++) {
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      if (pred != null && k + pred.length() >= numberStart - 2 && !joinedBefore(t, k + pred.length(), numberStart)) {
        return pred.canonical();
      }
    }
    for (int k = nounEnd; k < Math.min(limit, nounEnd + 6); k++) {
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      if (pred != null) {
        return pred.canonical();
      }
      if (t.get(k).text().equals(",") || t.get(k).text().equals(".")) {
        break;
      }
    }
    PosTags tags = lazyTags.get();
    for (int k = nounEnd; k < Math.min(t.size(), nounEnd + 4); k++) {
      if (tags.at(k).equals("VERB")) {
        return Words.lemma(t.get(k).text());
      }
      if (!tags.at(k).equals("AUX") && !tags.at(k).equals("ADV") && !tags.at(k).equals("PART")) {
        break;
      }
    }
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 3); k--) {
      if (tags.at(k).equals("VERB")) {
        return Words.lemma(t.get(k).text());
      }
    }
    return null;
  }

  /**
   * A concept word from the lexicon next to the number, on either side, the nearer first:
   * {@code sentenced to 12 years in prison}, {@code buys Valtrion for €4.2bn}, {@code a 27% premium}.
   */
  private Head lexiconHead(List<Token> t, NumberMention m, int limit) {
    Head after = null;
    for (int k = m.endToken(); k < Math.min(limit, m.endToken() + 3) && after == null; k++) {
      if (isClauseBreak(t.get(k))) {
        break;
      }
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null) {
        after = new Head(c.canonical(), k, k + c.length(), false);
      }
    }
    Head before = null;
    for (int k = m.startToken() - 1; k >= Math.max(0, m.startToken() - 4) && before == null; k--) {
      if (isClauseBreak(t.get(k))) {
        break;
      }
      for (int len = 3; len >= 1 && before == null; len--) {
        int from = k - len + 1;
        if (from >= 0) {
          Words.Match c = Words.longestPhrase(t, from, concepts, len);
          if (c != null && c.length() == len) {
            before = new Head(c.canonical(), from, k + 1, false);
          }
        }
      }
    }
    if (after == null || before == null) {
      return after != null ? after : before;
    }
    return after.start - m.endToken() <= m.startToken() - before.end ? after : before;
  }

  private static boolean isClauseBreak(Token t) {
    String f = t.text();
    return f.equals(",") || f.equals(";") || f.equals(".") || f.equals("(") || f.equals(")") || f.equals(":");
  }

  /** "47-year-old", "47 years old". */
  private static boolean isAge(SentenceInfo s, NumberMention m) {
    String text = s.sentence().text();
    int from = m.start() - s.sentence().start();
    String around = text.substring(Math.max(0, from), Math.min(text.length(), m.end() - s.sentence().start() + 12));
    return YEARS_OLD.matcher(around).find();
  }

  /** The measured noun right after the number: {@code 24% levies}, {@code 10% universal rate}. */
  private Head headAfter(List<Token> t, PosTags tags, int from, int limit) {
    if (from < limit && Words.fold(t.get(from)).equals("of")) {
      // "six hours of deliberations", "38.6% of the vote": the noun after "of".
      for (int k = from + 1; k < Math.min(limit, from + 4); k++) {
        if (tags.at(k).equals("NOUN")) {
          String lemma = Words.lemma(t.get(k).text());
          return new Head(concepts.getOrDefault(lemma, lemma), k, k + 1, false);
        }
        if (!tags.at(k).equals("DET") && !tags.at(k).equals("ADJ")) {
          break;
        }
      }
      return null;
    }
    int lastNoun = -1;
    for (int k = from; k < Math.min(limit, from + 4); k++) {
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null) {
        return new Head(c.canonical(), k, k + c.length(), false);
      }
      String f = Words.fold(t.get(k));
      if (generic.contains(f)) {
        return new Head(Words.lemma(f), k, k + 1, true);
      }
      String tag = tags.at(k);
      if (tag.equals("NOUN")) {
        lastNoun = k;
        continue;
      }
      if (tag.equals("ADJ") || f.equals("-") || (tag.equals("PROPN") && !Words.in(t.get(k), goods))) {
        if (lastNoun >= 0) {
          break;
        }
        continue;
      }
      break;
    }
    if (lastNoun < 0) {
      return null;
    }
    String lemma = Words.lemma(t.get(lastNoun).text());
    return new Head(concepts.getOrDefault(lemma, lemma), lastNoun, lastNoun + 1, false);
  }

  /** The measured concept before the number: {@code tariff of 25%}, {@code paused for 90 days}. */
  private Head headBefore(List<Token> t, PosTags tags, int numberStart) {
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 4); k--) {
      for (int len = 3; len >= 1; len--) {
        int from = k - len + 1;
        if (from < 0) {
          continue;
        }
        Words.Match c = Words.longestPhrase(t, from, concepts, len);
        if (c != null && c.length() == len) {
          return new Head(c.canonical(), from, k + 1, false);
        }
      }
      String f = Words.fold(t.get(k));
      if (generic.contains(f)) {
        return new Head(Words.lemma(f), k, k + 1, true);
      }
      if (tags.at(k).equals("NOUN")) {
        String lemma = Words.lemma(f);
        return new Head(concepts.getOrDefault(lemma, lemma), k, k + 1, false);
      }
      if (!(tags.at(k).equals("ADP") || tags.at(k).equals("AUX") || tags.at(k).equals("ADV") || tags.at(k).equals("DET")
          || tags.at(k).equals("VERB") || tags.at(k).equals("ADJ"))) {
        return null;
      }
    }
    return null;
  }

  /** A specific concept named in the sentence, nearest to the number. */
  private String conceptInSentence(List<Token> t, int near) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < t.size(); k++) {
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null && Math.abs(k - near) < bestDistance) {
        best = c.canonical();
        bestDistance = Math.abs(k - near);
      }
    }
    return best;
  }

  /**
   * The country the measure targets: one that modifies the goods or follows "on/against/from"
   * inside the window, else the country that is the subject of the number's clause.
   */
  private String target(SentenceInfo s, NumberMention m, int clauseStart, int windowEnd) {
    List<Token> t = s.tokens();
    String subject = "";
    for (SentenceInfo.CountryMention c : s.countries()) {
      if (c.startToken() >= m.endToken() && c.startToken() < windowEnd) {
        String before = Words.fold(t.get(c.startToken() - 1));
        boolean modifiesGoods = c.endToken() < t.size() && (Words.in(t.get(c.endToken()), goods)
            || Words.longestPhrase(t, c.endToken(), products, 3) != null);
        if (TARGET_PREPOSITIONS.contains(before) || modifiesGoods) {
          return c.country();
        }
      }
      if (c.endToken() <= m.startToken() && c.startToken() >= clauseStart) {
        String before = c.startToken() > 0 ? Words.fold(t.get(c.startToken() - 1)) : "";
        if (!NOT_SUBJECT_BEFORE.contains(before) || TARGET_PREPOSITIONS.contains(before)) {
          subject = c.country();
        }
      }
    }
    return subject;
  }

  private int clauseStart(List<Token> t, int from) {
    for (int k = from - 1; k >= 0; k--) {
      String f = Words.fold(t.get(k));
      if (f.equals(",") || f.equals(";") || f.equals(":") || CLAUSE_WORDS.contains(f)) {
        return k + 1;
      }
    }
    return 0;
  }

  private int clauseEnd(List<Token> t, int from, int limit) {
    for (int k = from; k < limit; k++) {
      String f = Words.fold(t.get(k));
      if (f.equals(";") || f.equals(".") || CLAUSE_WORDS.contains(f)) {
        return k;
      }
      if (f.equals(",")) {
        // A comma inside a list of products does not end the clause: "cars, steel, and aluminum".
        int next = k + 1;
        if (next < limit && (Words.fold(t.get(next)).equals("and") || Words.longestPhrase(t, next, products, 3) != null)) {
          continue;
        }
        return k;
      }
    }
    return limit;
  }

  private static String attribute(String dimension) {
    return switch (dimension) {
      case "percent" -> "rate";
      case "money" -> "amount";
      case "duration" -> "duration";
      case "length" -> "distance";
      case "mass" -> "mass";
      case "speed" -> "speed";
      case "area" -> "area";
      case "magnitude" -> "magnitude";
      default -> dimension;
    };
  }

  /** A measured noun: its concept and tokens; generic heads borrow a concept. */
  private record Head(String concept, int start, int end, boolean generic) {}
}
