package io.claimcheck.extract;

import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.PosTags;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import io.claimcheck.normalize.Nouns;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * The verb a participle before a counted noun names ("confirmed": confirm, "stranded", "stolen"),
   * or null: not a word that only looks like one ("red", "seven"), a negated state ("undocumented")
   * or a word that describes ({@code descriptive-participles.txt}: "armed", "masked").
   */
  private String participle(Token word) {
    String f = Words.fold(word);
    String lemma = Words.lemma(word.text());
    if (f.length() <= 4 || !PARTICIPLE_ENDINGS.matcher(f).find() || f.startsWith("un") || Words.in(word, descriptive)
        || lemma.equals(f)) {
      return null;
    }
    return lemma;
  }

  /** Whether the noun (compound) at {@code k} is followed by a verb, or by a comma and an aside. */
  private boolean subjectOfVerbAfter(List<Token> t, PosTags tags, int k) {
    int next = compoundHead(t, tags, k) + 1;
    return next < t.size() && (tags.at(next).equals("AUX") || tags.at(next).equals("VERB") || t.get(next).text().equals(","));
  }

  /** A hyphen glued to the number before it: "121-vote", not "arrested 23 - most of them teenagers". */
  private static boolean gluedHyphen(List<Token> t, int k) {
    return k > 0 && k < t.size() && t.get(k).text().equals("-") && t.get(k).start() == t.get(k - 1).end();
  }

  private static final String RADIUS = "radius";
  private static final String VALUATION = "valuation";
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it");
  private static final java.util.regex.Pattern HYPHENATED_WORD = java.util.regex.Pattern.compile("\\p{L}+(-\\p{L}+)+");
  /** Forms of "hold" that give a capacity before a bare number ("which holds 32,000"). */
  private static final Set<String> HOLD_FORMS = Set.of("hold", "holds", "holding");
  /** "240 others": of the count before. */
  private static final String OTHERS = "others";
  /** What something costs someone, and the price of a good (concepts.txt). */
  private static final String COST = "cost";
  private static final String PRICE = "price";
  /** A dash that opens or closes an aside. */
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--");
  /** A past participle's ending: "confirmed", "trapped", "stolen" (not "measles"). */
  private static final java.util.regex.Pattern PARTICIPLE_ENDINGS = java.util.regex.Pattern.compile("(ed|en)$");
  private static final java.util.regex.Pattern YEARS_OLD = java.util.regex.Pattern.compile("\\byears?[- ]old\\b");

  /** Dimensions that only ever measure one kind of thing. */
  private static final Map<String, String> INTRINSIC_CONCEPTS = Map.of("magnitude", "earthquake", "category", "storm");

  private static final Set<String> CLAUSE_WORDS = Set.of("but", "although", "though", "while", "whereas", "which", "who", "as", "since", "because");
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "from");
  /** Words that start a sentence before a name without being part of it. */
  private static final Set<String> LEADING_WORDS = Set.of("the", "in", "on", "at", "under", "after", "before", "for",
      "with", "from", "as", "by", "since", "while", "when", "if", "but", "and", "then", "now", "yesterday", "today");
  // The word between a change and the level it reached: "fell 9% to $1.42 billion", "down 14% at $23.80".
  // Words inside a change given in points: "by a quarter of a percentage point", "by half a point".
  private static final Set<String> CHANGE_FILLERS = Set.of("a", "an", "of", "by", "quarter", "half", "about", "some", "nearly", "another", "full");
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET");
  private static final Set<String> LEVEL_WORDS = Set.of("to", "at");
  private static final Set<String> NOT_SUBJECT_BEFORE = Set.of("to", "with", "in", "than", "from", "and", "of", "by", "for", "at");

  private final NumberParser numbers = new NumberParser();
  private final Map<String, String> concepts = Lexicon.synonyms("concepts");
  private final Set<String> generic = Lexicon.words("generic-measures");
  private final Map<String, String> products = Lexicon.synonyms("products");
  private final Map<String, String> scopes = Lexicon.synonyms("scopes");
  private final Set<String> goods = Lexicon.words("goods-nouns");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
  private static final Set<String> FUTURE_MARKERS = Lexicon.words("future-markers");
  private static final Set<String> NOT_WHAT_IT_IS = Lexicon.words("not-what-it-is");
  private static final Set<String> PLACING_VERBS = Lexicon.words("placing-verbs");
  private static final Set<String> STATE_PREPOSITIONS = Set.of("under", "into", "back", "out", "off");
  private static final Set<String> COST_VERBS = Lexicon.words("cost-verbs");
  private static final Set<String> HAVE_TAKE_GIVE = Lexicon.words("time-given-verbs");
  private static final Set<String> PLACE_OF_SUBJECT = Set.of("to", "from", "in", "of", "for");
  private final Set<String> moneyInBlockers = Lexicon.words("money-in-blockers");
  private static final Set<String> TAKE_FORMS = Lexicon.words("take-forms");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "at", "from", "throughout");
  /** Verbs that link a counted subject to its state: "Three schools remain closed", "two stayed missing". */
  private static final Set<String> LINKING_VERBS = Set.of("remain", "stay", "become", "seem", "appear", "be", "get");
  /**
   * Prepositions after the subject noun of a figure: "the price of crude rose 3%", "investors in the
   * company lost $4.8 million", "demand on the grid reached 6,840 MW", "the median wait for
   * treatment rose to 14.6 weeks", "rainfall across the catchment has been 40 percent below
   * average" (the noun before them is the subject). Not a point in a place ("temperatures at the
   * airport", "prices near the border"): the place tells one figure from another there.
   */
  private static final Set<String> SUBJECT_COMPLEMENTS =
      Set.of("of", "in", "on", "for", "across", "over", "throughout", "around");
  /** Tags of a word that begins a verb's object. */
  private static final Set<String> OBJECT_TAGS = Set.of("DET", "PRON", "NOUN", "NUM");
  /** Words that open a relative clause about the noun before them. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which");
  /** Words that join a second clause to a first with its own verb. */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
  private static final Set<String> PLACE_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PROPN+PART", "NOUN+PART");
  private final Map<String, String> predicates = Lexicon.synonyms("count-predicates");
  private final Map<String, String> shareVerbs = Lexicon.synonyms("share-verbs");
  private final Map<String, String> countedNouns = Lexicon.synonyms("counted-nouns");
  private final Set<String> companyNouns = Lexicon.words("company-nouns");
  private final Set<String> approachVerbs = Lexicon.words("approach-verbs");
  private final Map<String, String> predicateNouns = Lexicon.table("predicate-nouns");
  private final Set<String> personPredicates = Lexicon.words("person-predicates");
  private final Map<String, String> accusationFrames = Lexicon.synonyms("accusation-frames");
  private final Set<String> compoundable = Lexicon.words("compound-concepts");
  private final Map<String, String> shareNouns = Lexicon.synonyms("share-nouns");
  private final Map<String, String> perUnits = Lexicon.synonyms("per-units");
  private final Set<String> perUnitBlockers = Lexicon.words("per-unit-blockers");
  private final Map<String, String> perUnitVerbs = Lexicon.synonyms("per-unit-verbs");
  private final Map<String, String> paymentForms = Lexicon.synonyms("payment-forms");
  private final Set<String> perTimeUnitBlockers = Lexicon.words("per-time-unit-blockers");
  private final Map<String, String> weekdays = Lexicon.synonyms("weekdays");
  private final Map<String, String> months = Lexicon.table("months");
  private final Map<String, String> marginVerbs = Lexicon.synonyms("margin-verbs");
  private final Map<String, String> marginUnits = Lexicon.synonyms("margin-units");
  private final Map<String, String> marginNouns = Lexicon.synonyms("margin-nouns");
  private final Set<String> descriptive = Lexicon.words("descriptive-participles");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");
  private final Set<String> auxiliaries = Lexicon.words("auxiliaries");
  private final Set<String> timeNouns = Lexicon.words("time-nouns");
  // Verbs that name what a measure with no noun of its own is of, per dimension.
  private final Map<String, Map<String, String>> dimensionVerbs =
      Map.of("speed", Lexicon.synonyms("speed-verbs"), "area", Lexicon.synonyms("area-verbs"));
  private final Set<String> changeWords = Lexicon.words("change-words");
  private final Set<String> partitives = Lexicon.words("partitive-nouns");
  private final Set<String> levelModifiers = Lexicon.words("level-modifiers");
  private final Set<String> hospitalWords = Lexicon.words("hospital-words");
  private final Set<String> takenToVerbs = Lexicon.words("taken-to-verbs");
  private final Set<String> changeUnits = Lexicon.words("change-units");
  private final Set<String> timeReferences = Lexicon.words("time-reference-after");
  private final Map<String, String> units = Lexicon.table("units");
  private final Map<String, String> extents = Lexicon.synonyms("extent-words");
  private final Set<String> perHeadUnits = Lexicon.words("per-head-units");

  void extract(DocumentContext doc, ClaimSink sink) {
    // The last concept measured in each attribute: a generic head ("the rate") borrows the last
    // rate's concept, never a duration's or an amount's ("sentenced to 12 years" then "its key
    // rate" is not a sentence's rate).
    Map<String, String> previousConcepts = new HashMap<>();
    List<SentenceInfo> sentences = doc.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      SentenceInfo s = sentences.get(index);
      List<NumberMention> found = numbers.find(s.tokens(), doc.dates(index));
      if (found.isEmpty()) {
        continue;
      }
      for (NumberMention m : found) {
        // A small count's noun as a claim would name it: "three men" is "3 people".
        List<Token> t = s.tokens();
        sink.mentioned(m.value(), m.endToken() < t.size() ? Nouns.plural(countedNoun(t.get(m.endToken()))) : "");
        if (m.endToken() < t.size() && Words.fold(t.get(m.endToken())).equals("of")) {
          // "three of the ship's refrigerated containers": the words of the whole up to its first
          // plural or counted noun, past owners, may be the noun (no tags are computed for this).
          for (int k = m.endToken() + 1; k < Math.min(t.size(), m.endToken() + 6) && !isClauseBreak(t.get(k)); k++) {
            if (Words.endsPossessive(t.get(k)) || Words.DETERMINERS.contains(Words.fold(t.get(k)))) {
              continue;
            }
            sink.mentioned(m.value(), Nouns.plural(countedNoun(t.get(k))));
            if (Words.fold(t.get(k)).endsWith("s") || countedNouns.containsKey(Words.fold(t.get(k)))) {
              break;
            }
          }
        }
      }
      if (opensWithEarlierYear(s.tokens(), doc.published(), sentences)) {
        continue; // background: "In 2019 an ice storm left about 90,000 customers without power"
      }
      // Tags only when a lexicon did not already say what the number measures: tagging is the
      // most expensive step of extraction.
      final int sentenceIndex = index;
      Supplier<PosTags> tags = () -> doc.tags(sentenceIndex);
      String lastConcept = "";
      int lastEnd = -1;
      for (int n = 0; n < found.size(); n++) {
        NumberMention m = found.get(n);
        int limit = n + 1 < found.size() ? found.get(n + 1).startToken() : s.tokens().size();
        if (m.unitless()) {
          count(s, tags, m, n > 0 ? found.get(n - 1) : null, limit, sink);
        } else {
          String attribute = attribute(m.dimension());
          // "Revenue fell 9% to $1.42 billion", "shares fell 14% to $23.80": the new level is of
          // what the change was of.
          String level = lastEnd >= 0 && m.startToken() == lastEnd + 1
              && LEVEL_WORDS.contains(Words.fold(s.tokens().get(lastEnd))) ? lastConcept : "";
          // "Revenue rose $100 million to $1.5 billion": the first amount is the change, read
          // only to lend its concept to the level (which alone is the fact).
          NumberMention next = n + 1 < found.size() ? found.get(n + 1) : null;
          boolean change = next != null && !next.unitless() && next.dimension().equals(m.dimension())
              && toBetween(s.tokens(), m.endToken(), next.startToken());
          String concept = measure(s, tags, m, limit, previousConcepts.getOrDefault(attribute, ""), level,
              change ? new ClaimSink("", "", "", Map.of()) : sink);
          if (!concept.isEmpty()) {
            previousConcepts.put(attribute, concept);
          }
          lastConcept = concept;
          lastEnd = m.endToken();
        }
      }
    }
  }

  /** A measure; returns the concept it was given, or empty when none was found. */
  private String measure(SentenceInfo s, Supplier<PosTags> tags, NumberMention m, int limit, String previousConcept,
      String levelOf, ClaimSink sink) {
    List<Token> t = s.tokens();
    if (m.dimension().equals("duration") && isAge(s, m)) {
      return ""; // "a 47-year-old": an age, read by the role extractor
    }
    if (m.dimension().equals("duration") && m.endToken() < limit && Words.in(t.get(m.endToken()), timeReferences)) {
      return ""; // "three years ago": when, not how long
    }
    if (oldValue(t, m.startToken())) {
      return ""; // "fell 9% to $1.42 billion from $1.56 billion": the value before the change
    }
    // "$87.61 a share", "$919 million a year": the unit is a qualifier, never the measured noun.
    PerUnit per = m.dimension().equals("money") ? perUnit(t, tags, m.endToken(), limit) : null;
    int after = per == null ? m.endToken() : per.end();
    Head head = m.dimension().equals("duration") ? timeToDo(t, m.startToken(), after, limit) : null;
    if (head == null && m.dimension().equals("duration")) {
      head = whatTookIt(t, m.startToken());
    }
    if (head == null && m.dimension().equals("duration")) {
      head = hyphenatedModifierOf(t, tags.get(), m);
    }
    if (head == null && m.dimension().equals("percent")) {
      head = shareOf(t, tags.get(), m.startToken(), after, limit);
    }
    if (head == null && m.dimension().equals("length") && m.startToken() > 1
        && Words.fold(t.get(m.startToken() - 1)).equals("within") && after < limit && Words.fold(t.get(after)).equals("of")
        && !approachVerbs.contains(Words.fold(t.get(m.startToken() - 2)))) { // (not "the flames came within 500 metres of homes")
      // "within two kilometres of the plant" is the radius "within a 2-kilometre radius of the plant" gives.
      head = new Head(RADIUS, m.startToken() - 1, after, false);
    }
    if (head == null && m.dimension().equals("money")) {
      head = valuation(t, m.startToken());
    }
    if (head == null) {
      head = lexiconHead(t, m.startToken(), after, limit);
    }
    if (head != null && compoundable.contains(head.concept) && head.start > 0) {
      // "Fuel costs rose to $2.71 billion", "labour costs of €40 million": the noun before a
      // price word names what the amount is of, so two prices of one story stay two facts.
      Token modifier = t.get(head.start - 1);
      String f = Words.fold(modifier);
      if ((!modifier.capitalized() || head.start == 1) && tags.get().at(head.start - 1).equals("NOUN") && !generic.contains(f)
          && !Words.in(modifier, timeNouns) && Words.longestPhrase(t, head.start - 1, concepts, 1) == null) {
        head = new Head(Words.lemma(modifier.text()), head.start - 1, head.end, false);
      }
    }
    if (head != null && head.end <= m.startToken() && after < limit && tags.get().at(head.start).equals("VERB")
        && !Words.in(t.get(after), timeNouns) && !Words.in(t.get(after), generic)) {
      // "offered a $25,000 reward", "paid a $2 million settlement": the noun the amount is of
      // names it, not the verb before (which still names "offered $25,000" and "paid $500 in fines").
      // Only a concept of the lexicon: "stole $40,000 cash", "offered $2 million more" stay the verb's.
      Words.Match noun = Words.longestPhrase(t, after, concepts, 3);
      head = noun != null ? new Head(noun.canonical(), after, after + noun.length(), false) : head;
    }
    if (head != null && head.end <= m.startToken() && m.dimension().equals("money") && after < limit && m.startToken() > 0
        && Words.DETERMINERS.contains(Words.fold(t.get(m.startToken() - 1)))
        && tags.get().at(after).equals("NOUN") && verbBetween(tags.get(), head.end, m.startToken())) {
      // "That deal included a £75 million release clause": the noun the amount qualifies, not the
      // subject of another verb.
      Head qualified = headAfter(t, tags.get(), after, limit);
      head = qualified != null && qualified.start <= after + 1 ? qualified : head;
    }
    if (head == null && m.dimension().equals("money")) {
      head = moneyIn(t, tags.get(), after, limit);
    }
    if (head == null && m.dimension().equals("money") && per == null && !amountOfNounBefore(t, m.startToken())) {
      head = purposeOf(t, tags.get(), after, limit); // (not "a fee of £40 million for the winger")
    }
    if (head == null) {
      head = headAfter(t, tags.get(), after, limit);
    }
    if (head == null && per != null) {
      // A price per unit is named by its verb ("will pay $87.61 a share"), not by the buyer
      // before it, which would make each outlet's wording of the subject a fact of its own.
      head = verbBefore(t, tags.get(), m.startToken());
    }
    if (head == null && dimensionVerbs.containsKey(m.dimension())) {
      head = verbConceptBefore(t, m.startToken(), dimensionVerbs.get(m.dimension()));
    }
    if (head == null && !levelOf.isEmpty()) {
      head = new Head(levelOf, m.startToken(), m.endToken(), false);
    }
    if (head == null) {
      head = levelAfterChange(t, tags.get(), m.startToken());
    }
    if (head == null && m.startToken() >= 2 && LEVEL_WORDS.contains(Words.fold(t.get(m.startToken() - 1)))
        && Words.fold(t.get(m.startToken() - 2)).equals(",")) {
      // "raised the sales tax by half a percentage point, to 7.5 percent": the level of the last
      // concept before the comma.
      head = conceptBefore(t, m.startToken() - 2);
    }
    if (head == null && m.dimension().equals("percent")) {
      head = objectOfChange(t, tags.get(), m.startToken());
    }
    if (head == null && m.dimension().equals("duration")) {
      head = whatLastedThatLong(t, tags.get(), m.startToken());
    }
    if (head == null) {
      head = headBefore(t, tags.get(), m.startToken());
    }
    if (head != null && head.concept.equals(m.dimension()) && dimensionVerbs.containsKey(m.dimension())
        && head.start <= m.startToken()) {
      // "travelling at speeds of up to 110 mph": the noun names only the dimension; the verb says
      // what moved, as in "travelling at 110 mph".
      Head verb = verbConceptBefore(t, head.start, dimensionVerbs.get(m.dimension()));
      head = verb != null ? verb : head;
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
    if (per != null && !timeNouns.contains(per.unit()) && !perHeadUnits.contains(per.unit())
        && (concept.equals(COST) || concept.equals(per.unit()))) {
      // "diesel costs $4.10 a gallon", "at €18.40 a dose": what a unit of a good costs is its price
      concept = PRICE;
    }
    double certainty = 0.9;
    if (head.generic) {
      // "The contract, worth 18.4 million euros, was ...": the noun the appositive describes.
      String specific = head.start >= 2 && t.get(head.start - 1).text().equals(",")
          && tags.get().at(head.start - 2).equals("NOUN") ? nounConcept(t.get(head.start - 2)) : "";
      if (specific.isEmpty() && head.start >= 1 && head.start <= m.startToken() && (tags.get().at(head.start - 1).equals("NOUN")
          || head.start == 1 && tags.get().at(0).equals("PROPN"))) {
        specific = nounConcept(t.get(head.start - 1)); // "assets worth an estimated 4.2 billion euros"
      }
      specific = !specific.isEmpty() ? specific : conceptInSentence(t, m.startToken());
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
      if (sc != null && sc.length() == 1 && k + 1 < t.size() && tags.get().at(k + 1).equals("NOUN")
          && (k + 1 < head.start || k + 1 >= head.end)) {
        continue; // "costing global trade $8.7 billion a day": the scope of another noun, not of the measure
      }
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
    String attribute = m.dimension().equals("length") ? lengthExtent(t, m.endToken(), limit) : attribute(m.dimension());
    if (attribute.equals(concept)) {
      attribute = attribute(m.dimension()); // "about 6 miles deep" is the depth, as "a depth of 10 km"
    }
    String holder = "";
    if (m.dimension().equals("percent") && shareNouns.containsKey(concept)) {
      // "Ortega won 38.6% of the vote": each candidate's share is its own fact.
      concept = shareNouns.get(concept) + " share";
      holder = s.nearestPersonBefore(m.startToken());
    }
    int start = Math.min(m.start(), t.get(head.start).start());
    int end = Math.max(per == null ? m.end() : t.get(per.end() - 1).end(), t.get(head.end - 1).end());
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
      if (per != null) {
        q.put("per", per.unit());
        q.put("paid_in", per.paidIn());
      }
      sink.add(ClaimKind.QUANTITY, concept + "." + attribute, concept, attribute, q, m.value(),
          Polarity.POSITIVE, s.sentence(), start, end, certainty);
    }
    return concept;
  }

  private void count(SentenceInfo s, Supplier<PosTags> lazyTags, NumberMention m, NumberMention previous, int limit,
      ClaimSink sink) {
    List<Token> t = s.tokens();
    if (capacity(s, lazyTags, m, sink)) {
      return; // before the reference rules: "the 32,000-capacity ground" states a capacity
    }
    // A whole or a reference still states a count when its own participle closes it: "out of
    // 52,318 ballots cast.", "Of the 52,318 ballots cast, ...".
    if (m.startToken() > 0 && Words.fold(t.get(m.startToken() - 1)).equals("the") && !ownParticipleAfterNoun(t, lazyTags, m)) {
      return; // "the two countries": a reference to known things, not a count
    }
    if (m.startToken() > 0 && Words.fold(t.get(m.startToken() - 1)).equals("all") && m.endToken() < t.size()
        && auxiliaries.contains(Words.fold(t.get(m.endToken())))) {
      return; // "all three are charged" refers back; "all 157 people on board were killed" counts
    }
    if (previous != null && previous.endToken() == m.startToken() - 1 && Words.fold(t.get(previous.endToken())).equals("of")) {
      return; // "12 of 40 protesters", "twelve of 40": the whole a part was counted of, not what happened to them
    }
    if (outOfWhole(t, m.startToken()) && !ownParticipleAfterNoun(t, lazyTags, m)) {
      return; // "1,150 jobs, out of a workforce of 14,300": the whole the count is taken from
    }
    if (m.startToken() > 1 && t.get(m.startToken() - 1).text().equals(",")) {
      for (PersonMention p : s.persons()) {
        if (p.endToken() == m.startToken() - 1) {
          return; // "Smith, 38,": an age (RoleExtractor reads it), not a count
        }
      }
    }
    if (marginCompound(s, m, sink) || gluedHyphen(t, m.endToken())) {
      return; // "a 121-vote lead" is a margin; "a 10-point plan" counts nothing
    }
    // A participle right after a number that begins its clause is the clause's verb ("Thirty
    // received treatment"), not a modifier of a noun.
    boolean clauseStart = m.startToken() == 0 || isClauseBreak(t.get(m.startToken() - 1));
    String noun = null;
    int nounEnd = m.endToken();
    String predicate = null;
    String participle = null;
    for (int k = m.endToken(); k < Math.min(t.size(), m.endToken() + 3); k++) {
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      String known = countedNouns.get(Words.fold(t.get(k)));
      if (k == m.endToken() && Words.fold(t.get(k)).equals(OTHERS) && previous != null && previous.endToken() < t.size()
          && lazyTags.get().at(previous.endToken()).equals("NOUN")) {
        // "61 homes were destroyed and about 240 others damaged": the others are of the count before.
        known = countedNoun(t.get(previous.endToken()));
      }
      if (pred == null && known != null && k == m.endToken()) {
        noun = known; // "75 countries", "200 residents": a lexicon noun needs no tagging
        nounEnd = k + 1;
        break;
      }
      PosTags tags = lazyTags.get();
      if (pred != null && !countsByItself(pred.canonical())) {
        k += pred.length() - 1;
        continue; // "142 destroyed homes": the noun comes after
      }
      if (pred != null) {
        // "10 dead", "1,200 job cuts": the noun is the predicate; its usual counted noun is counted.
        noun = predicateNouns.getOrDefault(pred.canonical(), "person");
        predicate = pred.canonical();
        nounEnd = k + pred.length();
        break;
      }
      if (k == m.endToken() && tags.at(k).equals("NOUN") && Words.in(t.get(k), timeNouns)
          && !Words.fold(t.get(k)).endsWith("s")) {
        break; // "killed 12 overnight", "12 today": a time, not what was counted
      }
      if (tags.at(k).equals("NOUN") || tags.at(k).equals("PROPN") && !t.get(k).capitalized()) {
        int head = pluralAfterSingular(t, tags, compoundHead(t, tags, k), m);
        noun = countedNoun(t.get(head));
        nounEnd = head + 1;
        break;
      }
      if (Words.fold(t.get(k)).equals("more") && k == m.endToken()) {
        continue; // "40 more were hurt": the noun is left out; a predicate may still say what
      }
      boolean verbOrAdjective = tags.at(k).equals("VERB") || tags.at(k).equals("ADJ");
      String asParticiple = verbOrAdjective ? participle(t.get(k)) : null;
      // At the start of its clause, a participle modifies a noun that is the subject of a verb
      // after it ("More than 1,100 oiled birds had been brought in"); else it is the verb.
      boolean modifier = !clauseStart || k + 1 < t.size() && tags.at(k + 1).equals("NOUN") && subjectOfVerbAfter(t, tags, k + 1);
      if (tags.at(k).equals("VERB") && k + 1 < t.size() && tags.at(k + 1).equals("NOUN") && !t.get(k).capitalized()
          && (asParticiple == null || modifier)) {
        // "74 confirmed cases", "20 trapped miners": a participle before the noun says what
        // happened to what is counted (when no lexicon predicate does). A word tagged as a verb
        // before a noun is otherwise part of the noun ("47 measles cases").
        participle = asParticiple != null ? asParticiple : participle;
        continue;
      }
      if (tags.at(k).equals("ADJ") && participle == null && modifier) {
        participle = asParticiple; // "12 stranded/ADJ climbers"
      }
      boolean adverbBeforeNoun = tags.at(k).equals("ADV") && k + 1 < t.size() && tags.at(k + 1).equals("NOUN")
          && Character.isLetter(t.get(k).text().charAt(0)); // "Eight nearby/ADV residents"
      // "three storm-related/PUNCT deaths": a hyphenated word before the noun modifies it.
      boolean hyphenatedModifier = HYPHENATED_WORD.matcher(t.get(k).text()).matches();
      if (!tags.at(k).equals("ADJ") && !t.get(k).text().equals("-") && !adverbBeforeNoun && !hyphenatedModifier) {
        break;
      }
    }
    if (noun == null && m.endToken() < t.size() && Words.fold(t.get(m.endToken())).equals("of") && m.startToken() > 0
        && isVerb(t.get(m.startToken() - 1), lazyTags.get().at(m.startToken() - 1))
        && !Words.in(t.get(m.startToken() - 1), speechVerbs)) {
      // "won 30 of the council's seats", "arrested 12 of the 40 protesters": the object of a verb
      // counts the noun after "of". Without the verb ("Three of the victims were children") it is a
      // part of a whole, not a count of what happened.
      int head = partitiveNoun(t, lazyTags.get(), m.endToken() + 1);
      // "Police found 12 of the protesters were hurt": the part is the subject of a verb after it
      // ("won 30 of the seats contested" is not).
      boolean subject = head >= 0 && head + 1 < t.size() && lazyTags.get().at(head + 1).equals("AUX");
      if (head >= 0 && !subject) {
        noun = countedNoun(t.get(head));
        nounEnd = head + 1;
        Words.Match verb = Words.longestPhrase(t, m.startToken() - 1, predicates, 1);
        predicate = verb != null ? verb.canonical() : Words.lemma(t.get(m.startToken() - 1).text());
      }
    }
    if (noun == null && m.endToken() < t.size() && Words.fold(t.get(m.endToken())).equals("more")) {
      String predicate0 = predicateAround(t, lazyTags, m.startToken(), m.endToken() + 1, limit, null);
      if (predicate0 != null && countsByItself(predicate0)) {
        noun = predicateNouns.getOrDefault(predicate0, "person");
        predicate = predicate0;
        nounEnd = m.endToken() + 1;
      }
    }
    // (Past an aside: "and one, an infant too young to be vaccinated, has died".)
    int subjectEnd = noun == null && m.endToken() < limit && t.get(m.endToken()).text().equals(",")
        ? pastCommaAside(t, lazyTags.get(), m.startToken(), m.endToken(), limit) : m.endToken();
    if (noun == null && subjectEnd < t.size() && auxiliaries.contains(Words.fold(t.get(subjectEnd)))) {
      // "Another 43 were hurt", "Nineteen have been hospitalized", "two were still unaccounted for":
      // a number as the subject of a passive predicate counts what the predicate usually counts.
      int k = subjectEnd;
      while (k < Math.min(t.size(), subjectEnd + 4)
          && (Words.in(t.get(k), auxiliaries) || lazyTags.get().at(k).equals("ADV"))) {
        k++;
      }
      // (Past the limit only after an aside whose number was an age.)
      boolean inReach = k < t.size() && (k < limit || subjectEnd != m.endToken());
      Words.Match pred = inReach ? Words.longestPhrase(t, k, predicates, 4) : null;
      // Only what happens to people: "another 12 were cut from the squad" is no job cut.
      if (pred != null && personPredicates.contains(pred.canonical())) {
        noun = "person";
        predicate = pred.canonical();
        nounEnd = k + pred.length();
      }
    }
    if (noun == null) {
      // "the death toll rose to 12": no counted noun after the number, a casualty word before it.
      for (int k = Math.max(0, m.startToken() - 4); k < m.startToken() && noun == null; k++) {
        Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
        if (pred != null && countsByItself(pred.canonical()) && !joinedBefore(t, k + pred.length(), m.startToken())) {
          noun = predicateNouns.getOrDefault(pred.canonical(), "person");
          predicate = pred.canonical();
          nounEnd = m.endToken();
        }
      }
    }
    if (noun == null) {
      return;
    }
    Margin margin = margin(s, m.startToken());
    if (margin != null && nounEnd + 1 == limit && Words.fold(t.get(nounEnd)).equals("to")) {
      return; // "defeated by 312 votes to 290": the votes for and against, neither a margin nor a count
    }
    if (margin != null && !marginUnits.containsKey(noun)) {
      margin = null; // "beat forecasts by 40,000 jobs"
    }
    if (margin != null) {
      predicate = margin.event();
    }
    if (predicate == null) {
      predicate = predicateAround(t, lazyTags, m.startToken(), nounEnd, limit, participle);
    }
    if (predicate == null) {
      predicate = coordinatedPredicate(t, lazyTags, m.startToken(), limit);
    }
    if (predicate == null) {
      return;
    }
    String plural = Nouns.plural(noun);
    ClaimValue v = m.value();
    ClaimValue value = new ClaimValue(v.kind(), v.text() + " " + plural, v.low(), v.high(), plural, v.originalUnit());
    if (margin != null) {
      // A margin is a difference between two counts, never compared with a count of the same noun.
      sink.add(ClaimKind.QUANTITY, noun + ".margin", noun, "margin", Map.of("event", predicate, "winner", margin.winner()),
          value, Polarity.POSITIVE, s.sentence(), t.get(margin.verb()).start(), t.get(nounEnd - 1).end(), 0.8);
      return;
    }
    // "Labour won 45 seats and the Greens 10": what each side won is its own fact (soft, as a
    // margin's winner: a source that names no one joins the one side named).
    String winner = m.startToken() > 0 && marginVerbs.containsKey(Words.fold(t.get(m.startToken() - 1)))
        ? namedSubject(s, m.startToken() - 1) : "";
    sink.add(ClaimKind.QUANTITY, noun + ".count", noun, "count", Map.of("event", predicate, "winner", winner), value,
        Polarity.POSITIVE, s.sentence(), m.start(), t.get(nounEnd - 1).end(), 0.8);
  }

  /**
   * A verb by its tag, or a lexicon verb whatever its tag: the tagger reads "won" before a number
   * as a noun in some sentences (the Korean currency), depending on the number.
   */
  private boolean isVerb(Token word, String tag) {
    String f = Words.fold(word);
    return tag.equals("VERB") || marginVerbs.containsKey(f) || predicates.containsKey(f);
  }

  /**
   * The head of a compound is its last noun: "retired city workers" counts workers. Not a time
   * after it: "stranding 1,500 motorists overnight/NOUN" counts motorists.
   */
  private int compoundHead(List<Token> t, PosTags tags, int k) {
    int head = k;
    while (head + 1 < Math.min(t.size(), k + 3) && tags.at(head + 1).equals("NOUN")
        && Words.longestPhrase(t, head + 1, predicates, 4) == null
        && !(Words.in(t.get(head + 1), timeNouns) && !Words.fold(t.get(head + 1)).endsWith("s"))) {
      head++;
    }
    return head;
  }

  /**
   * The head of "83 rhino horns/VERB hidden": more than one of a singular noun cannot be what is
   * counted, so a plural after it that the tagger calls a verb is the compound's head. (After "one"
   * the -s word is the verb: "one officer says".)
   */
  private int pluralAfterSingular(List<Token> t, PosTags tags, int head, NumberMention m) {
    int next = head + 1;
    if (next >= t.size() || m.value().low() == null || m.value().low() < 2 || !tags.at(next).equals("VERB")
        || t.get(next).capitalized() || Words.longestPhrase(t, next, predicates, 4) != null) {
      return head;
    }
    String noun = Words.fold(t.get(head));
    String plural = Words.fold(t.get(next));
    boolean singular = !noun.endsWith("s") && Words.lemma(noun).equals(noun) && !countedNouns.containsKey(noun);
    // ("The 12 member panel recommends changes": a verb with its object, not a plural.)
    boolean objectFollows = next + 1 < t.size() && OBJECT_TAGS.contains(tags.at(next + 1));
    return singular && plural.endsWith("s") && !plural.endsWith("ss") && !objectFollows ? next : head;
  }

  /** What a counted noun counts, through {@code counted-nouns.txt}: "residents" are people. */
  private String countedNoun(Token head) {
    String lemma = Words.lemma(head.text());
    return countedNouns.getOrDefault(Words.fold(head), countedNouns.getOrDefault(lemma, lemma));
  }

  /** The noun counted in "N of the X's [M] nouns", from the token after "of"; -1 when none. */
  private int partitiveNoun(List<Token> t, PosTags tags, int from) {
    int limit = t.size();
    for (int k = from; k < Math.min(limit, from + 6); k++) {
      String tag = tags.at(k);
      if (tag.endsWith("+PART") || Words.endsPossessive(t.get(k))) {
        continue; // "the council's", "the parties'": the owner, not what is counted
      }
      if ((tag.equals("NOUN") || tag.equals("PROPN")) && k + 1 < limit && Words.isPossessiveMarker(t.get(k + 1))) {
        k++; // the same with the possessive as a token of its own
        continue;
      }
      if (tag.equals("NOUN")) {
        return compoundHead(t, tags, k);
      }
      // "the 20 trapped miners": determiners, numbers, names and modifiers before the noun.
      if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("PROPN") && !tag.equals("VERB")
          && !Words.DETERMINERS.contains(Words.fold(t.get(k)))) { // "close 47 of its/PRON 112 stores"
        return -1;
      }
    }
    return -1;
  }

  /**
   * A winning margin: the count follows "by" or "a margin of" in a clause whose verb is a
   * {@code margin-verbs.txt} verb ("beat the incumbent by 4,200 votes"); the winner is who is named
   * right before that verb ({@link #namedSubject}), none for a passive verb; a soft qualifier (a
   * source that does not name them is reconciled).
   */
  private Margin margin(SentenceInfo s, int numberStart) {
    List<Token> t = s.tokens();
    int k = numberStart - 1;
    if (k >= 0 && Words.fold(t.get(k)).equals("by")) {
      k--;
    } else if (k >= 1 && Words.fold(t.get(k)).equals("of") && marginNouns.containsKey(Words.fold(t.get(k - 1)))) {
      return new Margin(marginNouns.get(Words.fold(t.get(k - 1))), "", k - 1); // "a lead of 121 votes"
    } else if (k >= 1 && Words.fold(t.get(k)).equals("of") && Words.fold(t.get(k - 1)).equals("margin")) {
      k -= 2;
      if (k >= 0 && (Words.fold(t.get(k)).equals("a") || Words.fold(t.get(k)).equals("the"))) {
        k--;
      }
      if (k >= 0 && Words.fold(t.get(k)).equals("by")) {
        k--;
      }
    } else {
      return null;
    }
    for (int stop = Math.max(0, k - 8); k >= stop; k--) {
      String f = Words.fold(t.get(k));
      String event = marginVerbs.get(f);
      if (event != null) {
        // "Alvarez was (narrowly) defeated by 1,150 votes": the person before a passive verb lost.
        boolean passive = isPassive(t, k);
        return new Margin(event, passive ? "" : namedSubject(s, k), k);
      }
      if (isClauseBreak(t.get(k)) || CLAUSE_WORDS.contains(f) || Words.in(t.get(k), changeWords)) {
        return null; // "the lead narrowed by 300 votes": a change of the margin
      }
    }
    return null;
  }

  /**
   * Who or what is named right before a verb, past auxiliaries and adverbs ("Ana Rivera narrowly
   * beat", "Labour won", "The Harbour Tigers won"): a person's name, else the capitalized words;
   * empty for a pronoun or a common noun ("her party won").
   */
  private String namedSubject(SentenceInfo s, int verb) {
    List<Token> t = s.tokens();
    int end = verb;
    while (end > 0 && (Words.in(t.get(end - 1), auxiliaries) || Words.fold(t.get(end - 1)).endsWith("ly") && !t.get(end - 1).capitalized())) {
      end--;
    }
    for (PersonMention p : s.persons()) {
      if (p.endToken() == end) {
        return p.name();
      }
    }
    // The capitalized words right before, at most four, not past a person's name, a date word or a
    // preposition: "On Thursday Labour won", "Under Keir Starmer, Labour won" give "labor" (folded
    // spelling). Without the comma the name finder takes "Keir Starmer Labour" for one person.
    int start = end;
    while (start > 0 && end - start < 4 && t.get(start - 1).capitalized() && !isClauseBreak(t.get(start - 1))
        && !endsPerson(s, start) && !isDateWord(t.get(start - 1)) && !LEADING_WORDS.contains(Words.fold(t.get(start - 1)))) {
      start--;
    }
    StringBuilder name = new StringBuilder();
    for (int k = start; k < end; k++) {
      name.append(name.length() == 0 ? "" : " ").append(Words.fold(t.get(k)));
    }
    return name.toString();
  }

  private static boolean endsPerson(SentenceInfo s, int token) {
    for (PersonMention p : s.persons()) {
      if (p.endToken() == token) {
        return true;
      }
    }
    return false;
  }

  private boolean isDateWord(Token token) {
    String f = Words.fold(token);
    return weekdays.containsKey(f) || months.containsKey(f);
  }

  /**
   * A form of "be" right before the verb, or before an adverb before it ("was narrowly defeated");
   * not "is to pay", which is active.
   */
  private static boolean isPassive(List<Token> t, int verb) {
    return verb > 0 && Words.BE_FORMS.contains(Words.fold(t.get(verb - 1)))
        || verb > 1 && Words.BE_FORMS.contains(Words.fold(t.get(verb - 2))) && Words.fold(t.get(verb - 1)).endsWith("ly");
  }

  /**
   * How many a place or a vessel holds, however written: "a capacity of 32,000", "its licensed
   * capacity of 180 passengers", "the 32,000-capacity ground", "which holds 32,000", "built to hold
   * 32,000" (a form of hold only before a bare number: "holds 42 of the 80 seats", "held 12
   * hostages" are other facts). Keyed {@code capacity.count{}} in people, or in the noun after
   * the number when it counts no people. Returns whether it was one.
   */
  private boolean capacity(SentenceInfo s, Supplier<PosTags> lazyTags, NumberMention m, ClaimSink sink) {
    List<Token> t = s.tokens();
    int before = m.startToken();
    int after = m.endToken();
    boolean capacityOf = before >= 2 && Words.fold(t.get(before - 1)).equals("of")
        && Words.fold(t.get(before - 2)).equals("capacity");
    boolean compound = gluedHyphen(t, after) && after + 1 < t.size() && Words.fold(t.get(after + 1)).equals("capacity");
    boolean holds = before >= 1 && HOLD_FORMS.contains(Words.fold(t.get(before - 1)))
        && (after >= t.size() || !Words.fold(t.get(after)).equals("of") && !lazyTags.get().at(after).equals("NOUN")
            && !lazyTags.get().at(after).equals("ADJ"));
    if (!capacityOf && !compound && !holds) {
      return false;
    }
    String noun = "person";
    if (capacityOf && after < t.size() && lazyTags.get().at(after).equals("NOUN")) {
      noun = countedNoun(t.get(compoundHead(t, lazyTags.get(), after)));
    }
    String plural = Nouns.plural(noun);
    ClaimValue v = m.value();
    ClaimValue value = new ClaimValue(v.kind(), v.text() + " " + plural, v.low(), v.high(), plural, v.originalUnit());
    int start = compound ? m.start() : t.get(before - (capacityOf ? 2 : 1)).start();
    int end = compound ? t.get(after + 1).end() : m.end();
    sink.add(ClaimKind.QUANTITY, "capacity.count", "capacity", "count", Map.of(), value, Polarity.POSITIVE, s.sentence(),
        start, end, 0.8);
    return true;
  }

  /**
   * A margin written as a compound before its noun: "a 121-vote lead", "a 12-point victory" (the
   * noun says what kind, {@code margin-nouns.txt}; no one is named as the winner). Returns whether
   * it was one.
   */
  private boolean marginCompound(SentenceInfo s, NumberMention m, ClaimSink sink) {
    List<Token> t = s.tokens();
    int k = m.endToken();
    if (k + 2 >= t.size() || !t.get(k).text().equals("-")) {
      return false;
    }
    String unit = marginUnits.get(Words.fold(t.get(k + 1)));
    String event = marginNouns.get(Words.fold(t.get(k + 2)));
    if (unit == null || event == null) {
      return false;
    }
    String plural = Nouns.plural(unit);
    ClaimValue v = m.value();
    ClaimValue value = new ClaimValue(v.kind(), v.text() + " " + plural, v.low(), v.high(), plural, v.originalUnit());
    sink.add(ClaimKind.QUANTITY, unit + ".margin", unit, "margin", Map.of("event", event, "winner", ""), value,
        Polarity.POSITIVE, s.sentence(), m.start(), t.get(k + 2).end(), 0.8);
    return true;
  }

  /** A winning margin's verb (canonical), who won, and the verb's token. */
  private record Margin(String event, String winner, int verb) {}

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

  /** A noun's concept: its lexicon concept, else its lemma. */
  private String nounConcept(Token noun) {
    String lemma = Words.lemma(noun.text());
    return concepts.getOrDefault(Words.fold(noun), concepts.getOrDefault(lemma, lemma));
  }

  /** Whether only "to" or ", to" stands between two numbers. */
  private static boolean toBetween(List<Token> t, int from, int to) {
    return to - from == 1 && Words.fold(t.get(from)).equals("to")
        || to - from == 2 && t.get(from).text().equals(",") && Words.fold(t.get(from + 1)).equals("to");
  }

  /** Whether the number follows "from" under a word of change earlier in its clause. */
  private boolean oldValue(List<Token> t, int numberStart) {
    if (numberStart < 2 || !Words.fold(t.get(numberStart - 1)).equals("from")) {
      return false;
    }
    for (int k = numberStart - 2; k >= 0 && k >= numberStart - 10; k--) {
      if (isClauseBreak(t.get(k)) && !t.get(k).text().equals(",")) {
        return false;
      }
      if (Words.in(t.get(k), changeWords)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of a level reached by a change given in points or percent: {@code raised its main
   * interest rate by a quarter percentage point to 4.75%}, {@code climbed 8 basis points to 4.41%}:
   * what stands before the change, not its unit.
   */
  private Head levelAfterChange(List<Token> t, PosTags tags, int numberStart) {
    if (numberStart < 3 || !Words.fold(t.get(numberStart - 1)).equals("to")) {
      return null;
    }
    int k = numberStart - 2;
    boolean change = false;
    while (k >= 0 && numberStart - 2 - k < 8) {
      String f = Words.fold(t.get(k));
      if (Words.in(t.get(k), changeUnits) || tags.at(k).equals("NUM")) {
        change = true;
      } else if (!CHANGE_FILLERS.contains(f)) {
        break;
      }
      k--;
    }
    return change && k >= 0 ? headBefore(t, tags, k + 1) : null;
  }

  /** The nearest lexicon concept ending before token {@code end}, not a word of a name; or null. */
  private Head conceptBefore(List<Token> t, int end) {
    for (int k = end - 1; k >= 0; k--) {
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null && k + c.length() <= end && !inName(t, k)) {
        return new Head(c.canonical(), k, k + c.length(), false);
      }
    }
    return null;
  }

  /**
   * A verb right before a measure that says what it is of, as its concept: {@code travelling at 112
   * km/h} (a speed), {@code has burned more than 18,000 acres} (an area).
   */
  private Head verbConceptBefore(List<Token> t, int numberStart, Map<String, String> verbs) {
    for (int k = numberStart - 1; k >= 0 && k >= numberStart - 3; k--) {
      String canonical = verbs.get(Words.fold(t.get(k)));
      if (canonical != null) {
        return new Head(canonical, k, k + 1, false);
      }
      if (isClauseBreak(t.get(k))) {
        return null;
      }
    }
    return null;
  }

  /** Whether a number with only this predicate counts something: people, or its listed noun (job cuts: jobs). */
  private boolean countsByItself(String predicate) {
    return personPredicates.contains(predicate) || predicateNouns.containsKey(predicate);
  }

  /** A noun right after the number, then a participle that ends the clause: "52,318 ballots cast,". */
  private static boolean ownParticipleAfterNoun(List<Token> t, Supplier<PosTags> lazyTags, NumberMention m) {
    int noun = m.endToken();
    int participle = noun + 1;
    if (participle >= t.size()) {
      return false;
    }
    PosTags tags = lazyTags.get();
    boolean closes = participle + 1 == t.size() || isClauseBreak(t.get(participle + 1));
    return closes && tags.at(noun).equals("NOUN") && tags.at(participle).equals("VERB") && !t.get(participle).capitalized();
  }

  /** Whether "out of" stands up to four words before the number, with no comma between. */
  private static boolean outOfWhole(List<Token> t, int numberStart) {
    for (int k = numberStart - 1; k >= 1 && k >= numberStart - 5; k--) {
      String f = Words.fold(t.get(k));
      if (f.equals(",") || f.equals(";")) {
        return false;
      }
      if (f.equals("of") && Words.fold(t.get(k - 1)).equals("out")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the predicate at {@code k} opens an accusation frame ("charged with killing four
   * people", "accused of defrauding 10,000 investors"): the count is of what the crime was done
   * to, so the crime's verb, not the charge, says what happened to it.
   */
  private boolean inAccusationFrame(List<Token> t, int k) {
    return Words.longestPhrase(t, k, accusationFrames, 4) != null;
  }

  /**
   * Whether a verb of its own follows in the clause after an accusation frame, past the frame's
   * object ("accused of killing a jeweller ... appeared in court"): the gerund right after the frame
   * is its object, not the clause's verb.
   */
  private static boolean mainVerbAfter(List<Token> t, PosTags tags, int from) {
    for (int k = from; k < t.size(); k++) {
      String f = t.get(k).text();
      if (f.equals(",") || f.equals(";") || f.equals(".") || f.equals(":")) {
        return false;
      }
      boolean gerundObject = k == from && f.endsWith("ing");
      if (!gerundObject && (tags.at(k).equals("AUX") || tags.at(k).equals("VERB"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What happened to what was counted: a lexicon predicate after or before, else a participle
   * before the noun ("74 confirmed cases"), else a verb.
   */
  private String predicateAround(List<Token> t, Supplier<PosTags> lazyTags, int numberStart, int nounEnd, int limit,
      String participle) {
    // Right before the number first ("killed at least 9 people"), so that a later count's
    // predicate ("... and left 15 people injured") is not taken for this one; the nearest first
    // ("the flood damaged 300 homes": damaged).
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 3); k--) {
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      if (pred != null && k + pred.length() >= numberStart - 2 && !joinedBefore(t, k + pred.length(), numberStart)
          && !inAccusationFrame(t, k) && !subjectNoun(t, k, pred.length())) {
        return pred.canonical();
      }
    }
    // Six words after the noun, not counting a name ("Three schools in the Merrivale Unified School
    // District remain closed") nor an aside between dashes ("Three schools — A, B and C — were closed").
    int words = 0;
    for (int k = afterAside(t, nounEnd, limit); k < limit && words < 6; k = afterAside(t, k + 1, limit)) {
      Words.Match frame = Words.longestPhrase(t, k, accusationFrames, 4);
      if (frame != null) {
        // "Three charged in the jeweller's killing": the accused are counted, not the dead. As a
        // modifier of a subject whose own verb follows ("two men charged with murder will remain in
        // jail", perhaps two of the three charged) they are a reference: nothing is counted.
        return mainVerbAfter(t, lazyTags.get(), k + frame.length()) ? null : frame.canonical();
      }
      Words.Match pred = Words.longestPhrase(t, k, predicates, 4);
      if (pred != null) {
        return pred.canonical();
      }
      if (toNamedHospital(t, k)) {
        return HOSPITALIZE; // "Nine people were taken to Tarnholm General Hospital"
      }
      String f = t.get(k).text();
      if (k == nounEnd && f.equals(",")) {
        int past = pastCommaAside(t, lazyTags.get(), numberStart, k, limit);
        if (past > k) {
          k = past - 1; // "11 tugboats, their horns sounding, worked the stern free"
          continue;
        }
      }
      if (f.equals(",") || f.equals(".") || f.equals(";")) {
        break;
      }
      if (COORDINATORS.contains(Words.fold(t.get(k))) && verbRightBefore(t, lazyTags.get(), numberStart)
          && k + 1 < limit && lazyTags.get().at(k + 1).equals("VERB")) {
        break; // "made more than 60 films and won an Oscar": the count is the object of its own verb
      }
      if (lazyTags.get().at(k).equals("VERB") && !t.get(k).capitalized() && !LINKING_VERBS.contains(Words.lemma(f))
          && !auxiliaries.contains(Words.fold(t.get(k))) && !beforeTo(t, k) && !participleOfNoun(t, lazyTags.get(), k)) {
        break; // "14,650 spectators watched the final under the closed roof": watched is their verb
      }
      if (!t.get(k).capitalized()) {
        words++;
      }
    }
    if (participle != null) {
      return participle;
    }
    PosTags tags = lazyTags.get();
    int from = pastPlacePhrase(t, tags, numberStart, nounEnd, limit);
    from = from == nounEnd && nounEnd < limit ? Math.max(from, pastCommaAside(t, tags, numberStart, nounEnd, limit)) : from;
    for (int k = from; k < Math.min(t.size(), from + 12); k++) {
      if (tags.at(k).equals("VERB") && !auxiliaries.contains(Words.fold(t.get(k)))) {
        return Words.lemma(t.get(k).text());
      }
      if (tags.at(k).equals("VERB")) {
        continue; // "had to be diverted": the verb after the auxiliary
      }
      if (!tags.at(k).equals("AUX") && !tags.at(k).equals("ADV") && !tags.at(k).equals("PART")) {
        break;
      }
    }
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 3); k--) {
      if (isVerb(t.get(k), tags.at(k)) || presentVerbAfterSubject(t, tags, k, numberStart) || verbAfterTo(t, tags, k)) {
        return Words.lemma(t.get(k).text());
      }
    }
    return null;
  }

  /**
   * Whether a sentence opens with a year ("In 2019, ...", "Back in 2011 ...") that is not the
   * story's: two years or more before the publication year; when that is unknown, before a later
   * year the document writes, in a sentence that says nothing of the future. Such a sentence tells
   * the background ("In 2019 an ice storm left 90,000 customers without power"); its figures are
   * another event's (still mentioned, so a document that gives them is not silent on them). Not
   * last year's results in this year's report ("In 2024, revenue rose 6%", published in 2025).
   */
  static boolean opensWithEarlierYear(List<Token> t, java.time.LocalDate published, List<SentenceInfo> document) {
    int k = 0;
    if (k < t.size() && Words.fold(t.get(k)).equals("back")) {
      k++;
    }
    if (k + 1 >= t.size() || !Words.fold(t.get(k)).equals("in") || !YEAR.matcher(t.get(k + 1).text()).matches()) {
      return false;
    }
    int year = Integer.parseInt(t.get(k + 1).text());
    if (published != null) {
      return year <= published.getYear() - 2;
    }
    for (Token token : t) {
      if (FUTURE_MARKERS.contains(Words.fold(token))) {
        return false; // "In 2027, the levy will rise to 12%"
      }
    }
    for (SentenceInfo other : document) {
      for (Token token : other.tokens()) {
        if (YEAR.matcher(token.text()).matches() && Integer.parseInt(token.text()) > year) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The predicate of the count this one is coordinated with: "adding 87 individuals and 34
   * companies to its blacklist" adds the companies too. Null when the number does not follow
   * "N nouns and", or that count has no predicate.
   */
  private String coordinatedPredicate(List<Token> t, Supplier<PosTags> lazyTags, int numberStart, int limit) {
    if (numberStart < 3 || !Words.fold(t.get(numberStart - 1)).equals("and")) {
      return null;
    }
    PosTags tags = lazyTags.get();
    int k = numberStart - 2;
    while (k >= 0 && numberStart - k <= 4 && (tags.at(k).equals("NOUN") || tags.at(k).equals("ADJ"))) {
      k--;
    }
    if (k < 0 || k == numberStart - 2 || !tags.at(k).equals("NUM")) {
      return null;
    }
    int previousStart = k;
    while (previousStart > 0 && tags.at(previousStart - 1).equals("NUM")) {
      previousStart--; // "4.2 million"
    }
    return predicateAround(t, lazyTags, previousStart, numberStart - 1, limit, null);
  }

  /**
   * A present-tense verb the tagger calls a plural noun, between a singular subject and the number
   * ("the refinery processes/NOUN about 185,000 barrels", "the plant employs/NOUN 600"): a word in
   * -s after a singular noun, with at most modifiers of the number between it and the number.
   */
  private static boolean presentVerbAfterSubject(List<Token> t, PosTags tags, int k, int numberStart) {
    String f = Words.fold(t.get(k));
    if (k < 1 || !tags.at(k).equals("NOUN") || t.get(k).capitalized() || !f.endsWith("s") || f.endsWith("ss")
        || !Character.isLetter(f.charAt(0))) {
      return false;
    }
    int before = k - 1;
    if (t.get(before).text().equals(",")) {
      // past an aside: "the refinery, one of the largest in the region, processes"
      int open = before - 1;
      while (open > 0 && before - open < 12 && !t.get(open).text().equals(",")) {
        open--;
      }
      before = open > 0 && t.get(open).text().equals(",") ? open - 1 : -1;
      if (before < 0) {
        return false;
      }
    }
    String subject = Words.fold(t.get(before));
    if (!tags.at(before).equals("NOUN") && !tags.at(before).equals("PROPN") || subject.endsWith("s") || subject.endsWith("'s")) {
      return false;
    }
    for (int j = k + 1; j < numberStart; j++) {
      if (!tags.at(j).equals("ADV") && !tags.at(j).equals("ADP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token after an aside between commas right after a counted subject, when a verb follows it
   * ("Some 320 ships, from oil tankers to livestock vessels, piled up"; "11 tugboats, their horns
   * sounding, worked"); {@code comma} otherwise: not after a count that is a verb's object, nor
   * across another number ("12 people, 30 of them children, ...").
   */
  private static int pastCommaAside(List<Token> t, PosTags tags, int numberStart, int comma, int limit) {
    if (comma >= limit || !t.get(comma).text().equals(",") || verbRightBefore(t, tags, numberStart)
        || comma + 1 < t.size() && (tags.at(comma + 1).equals("AUX")
            || tags.at(comma + 1).equals("VERB") && !Words.fold(t.get(comma + 1)).endsWith("ing"))
        || numberStart > 0 && Words.fold(t.get(numberStart - 1)).equals("with")) {
      return comma; // (not "The bank, with 300 branches, said ...": the main clause, not an aside)
    }
    // (Past the next number when that is an age in the aside: the search stops at any other.)
    for (int j = comma + 1; j < Math.min(t.size(), comma + MAX_ASIDE); j++) {
      String f = t.get(j).text();
      // (An age is no other count: "one, a 19-year-old apprentice, has died".)
      boolean age = j + 2 < t.size() && t.get(j + 1).text().equals("-") && Words.fold(t.get(j + 2)).startsWith("year");
      if (f.equals(".") || f.equals(";") || tags.at(j).equals("NUM") && !age) {
        return comma;
      }
      // (An aside may hold a list: "350 rescuers, including soldiers, firefighters and volunteers,
      // have been deployed": the comma before a verb closes it.)
      if (f.equals(",") && j > comma + 1 && j + 1 < t.size() && (tags.at(j + 1).equals("VERB") || tags.at(j + 1).equals("AUX"))) {
        return j + 1;
      }
    }
    return comma;
  }

  /** A word after "to" is a verb whatever its tag: "enough to power/NOUN 700,000 homes", "to house/NOUN 300 families". */
  private static boolean verbAfterTo(List<Token> t, PosTags tags, int k) {
    return k > 0 && Words.fold(t.get(k - 1)).equals("to") && !t.get(k).capitalized()
        && (tags.at(k).equals("NOUN") || tags.at(k).equals("PROPN") || tags.at(k).equals("VERB"))
        && Character.isLetter(t.get(k).text().charAt(0));
  }

  /** Words that open another clause: a change's object is not looked for past them. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of("but", "while", "after", "as", "when", "because",
      "before", "since", "whereas", "although", "though");
  /** The predicate of being taken to hospital (count-predicates.txt). */
  private static final String HOSPITALIZE = "hospitalize";

  /**
   * "taken to Tarnholm General Hospital", "admitted to Abernathy Regional Medical Center": a verb of
   * being taken, "to", and a capitalized name that ends in a hospital's word
   * ({@code lexicon/hospital-words.txt}).
   */
  private boolean toNamedHospital(List<Token> t, int k) {
    if (k + 2 >= t.size() || !takenToVerbs.contains(Words.fold(t.get(k))) || !Words.fold(t.get(k + 1)).equals("to")) {
      return false;
    }
    int end = k + 2;
    while (end < t.size() && end < k + 8 && (t.get(end).capitalized() || Words.isPossessiveMarker(t.get(end)))) {
      end++;
    }
    if (end == k + 2) {
      return false;
    }
    String last = Words.fold(t.get(end - 1));
    String lastTwo = end - 2 > k + 1 ? Words.fold(t.get(end - 2)) + " " + last : last;
    return hospitalWords.contains(last) || hospitalWords.contains(lastTwo);
  }

  /** Tokens an aside between commas after a counted subject may run to. */
  private static final int MAX_ASIDE = 20;

  /**
   * A participle that describes the counted noun rather than saying what it did: "Twelve people
   * living in the block were evacuated", "300 workers based at the plant", "Six people trapped in
   * the rubble were rescued".
   */
  private static boolean participleOfNoun(List<Token> t, PosTags tags, int k) {
    String f = Words.fold(t.get(k));
    return f.endsWith("ing") || k + 1 < t.size() && tags.at(k + 1).equals("ADP") && !Words.fold(t.get(k + 1)).equals("to");
  }

  /**
   * A lexicon word after a determiner that is a subject noun, not the count's predicate: "The flood
   * forced 300 families"; not "the loss of 800 jobs", "the deaths of 12 people" (the count is theirs).
   */
  private static boolean subjectNoun(List<Token> t, int k, int length) {
    String last = Words.fold(t.get(k + length - 1));
    return k > 0 && Words.DETERMINERS.contains(Words.fold(t.get(k - 1))) && !last.equals("of")
        && !(k + length < t.size() && Words.fold(t.get(k + length)).equals("of"));
  }

  /** A verb that leads to another: "have reached out to request talks", "voted to strike". */
  private static boolean beforeTo(List<Token> t, int verb) {
    for (int k = verb + 1; k < Math.min(t.size(), verb + 3); k++) {
      if (Words.fold(t.get(k)).equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb stands right before the number (its object): "made 60 films", "built 12 schools". */
  private static boolean verbRightBefore(List<Token> t, PosTags tags, int numberStart) {
    return numberStart > 0 && tags.at(numberStart - 1).equals("VERB") && !t.get(numberStart - 1).capitalized();
  }

  /**
   * The token after a phrase of place right after the counted noun ("14,000 teachers in the
   * province of Brennmoor walked off the job", "teachers across Brennmoor went on strike"), so the
   * verb after it is found; {@code nounEnd} when none follows.
   */
  private static int pastPlacePhrase(List<Token> t, PosTags tags, int numberStart, int nounEnd, int limit) {
    if (nounEnd >= limit || !PLACE_PREPOSITIONS.contains(Words.fold(t.get(nounEnd)))) {
      return nounEnd;
    }
    for (int k = Math.max(0, numberStart - 2); k < numberStart; k++) {
      if (tags.at(k).equals("VERB")) {
        return nounEnd; // "relocated 300 families in the valley affected by ...": the count is an object
      }
    }
    int k = nounEnd + 1;
    while (k < Math.min(limit, nounEnd + 8) && (PLACE_PHRASE_TAGS.contains(tags.at(k)) || Words.fold(t.get(k)).equals("of"))) {
      k++;
    }
    return k > nounEnd + 1 && k < limit && (tags.at(k).equals("VERB") || tags.at(k).equals("AUX")) ? k : nounEnd;
  }

  /**
   * The token from which to read on: past an aside between dashes that opens at {@code k} ("Three
   * schools — A, B and C — were closed"), when it closes within the clause; else {@code k}.
   */
  private static int afterAside(List<Token> t, int k, int limit) {
    if (k >= limit || !DASHES.contains(t.get(k).text())) {
      return k;
    }
    for (int j = k + 1; j < Math.min(limit, k + 25); j++) {
      String f = t.get(j).text();
      if (DASHES.contains(f)) {
        return j + 1;
      }
      if (f.equals(".") || f.equals(";")) {
        break;
      }
    }
    return k;
  }

  /**
   * A concept word from the lexicon next to the number, on either side, the nearer first:
   * {@code sentenced to 12 years in prison}, {@code buys Valtrion for €4.2bn}, {@code a 27% premium}.
   */
  private Head lexiconHead(List<Token> t, int numberStart, int numberEnd, int limit) {
    // "will cost the state budget about $1.2 billion": what it costs, not the one who pays.
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 5) && !isClauseBreak(t.get(k)); k--) {
      if (COST_VERBS.contains(Words.fold(t.get(k)))) {
        if (k < numberStart - 1 && Words.DETERMINERS.contains(Words.fold(t.get(k + 1)))) {
          return new Head(COST, k, k + 1, false);
        }
        break;
      }
    }
    Head after = null;
    for (int k = numberEnd; k < Math.min(limit, numberEnd + 3) && after == null; k++) {
      if (isClauseBreak(t.get(k)) || NOT_WHAT_IT_IS.contains(Words.fold(t.get(k)))) {
        break; // (not "$612.5 million before taxes")
      }
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null) {
        after = new Head(c.canonical(), k, k + c.length(), false);
      }
    }
    Head before = null;
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - 4) && before == null; k--) {
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
    return after.start - numberEnd <= numberStart - before.end ? after : before;
  }

  /**
   * The unit an amount is given per, right after it: a phrase of {@code per-units.txt}
   * ({@code a year}, {@code annually}, {@code per share}) or "a/an/per/each" and a noun
   * ({@code a gallon}); not a time reference ({@code a year earlier}, {@code a decade ago}).
   */
  private PerUnit perUnit(List<Token> t, Supplier<PosTags> tags, int start, int limit) {
    // "€38.50 in cash for each share": how it is paid may stand between the amount and its unit.
    Words.Match form = Words.longestPhrase(t, start, paymentForms, 4);
    int from = form == null ? start : start + form.length();
    Words.Match known = Words.longestPhrase(t, from, perUnits, 3);
    if (known != null && known.length() == 1 && Words.fold(t.get(from)).equals(known.canonical())) {
      known = null; // the unit's own name alone ("a $2 billion share buyback") says no "per"
    }
    PerUnit per = null;
    if (known != null && from + known.length() <= limit) {
      per = new PerUnit(known.canonical(), from + known.length(), "");
    } else if (from + 1 < limit && (Words.PER_WORDS.contains(Words.fold(t.get(from)))
        || Words.fold(t.get(from)).equals("for") && Words.fold(t.get(from + 1)).equals("each"))) {
      int noun = Words.fold(t.get(from)).equals("for") ? from + 2 : from + 1;
      if (noun + 1 < limit && t.get(noun).capitalized() && tags.get().at(noun + 1).equals("NOUN")) {
        noun++; // "per Valtrion share": a name before the unit ("per tonne carbon price" is per tonne)
      }
      if (noun < limit && tags.get().at(noun).equals("NOUN")) {
        per = new PerUnit(Words.lemma(Words.fold(t.get(noun))), noun + 1, "");
      }
    }
    if (per == null) {
      return null;
    }
    // "a year earlier", "a decade ago" name a time; "a share before items" is still per share.
    boolean time = units.getOrDefault(per.unit(), "").startsWith("duration");
    if (per.end() < t.size()
        && (Words.in(t.get(per.end()), perUnitBlockers) || time && Words.in(t.get(per.end()), perTimeUnitBlockers))) {
      return null;
    }
    // How it is paid, before the unit or right after it ("€38.50 a share in cash"): a soft
    // qualifier, so that "$30 in cash" and "$45 in cash and stock" are two facts.
    Words.Match formAfter = form == null ? Words.longestPhrase(t, per.end(), paymentForms, 4) : null;
    String paidIn = form != null ? form.canonical() : formAfter != null ? formAfter.canonical() : "";
    return new PerUnit(per.unit(), per.end(), paidIn);
  }

  /**
   * The verb right before an amount given per unit, as its concept through {@code
   * per-unit-verbs.txt} ({@code will pay €38.50 a share}, {@code is offering €38.50 a share}: an
   * offer). Not a passive verb: in {@code nurses are paid $15 an hour} the amount is the nurses'.
   */
  private Head verbBefore(List<Token> t, PosTags tags, int numberStart) {
    int k = numberStart - 1;
    if (k < 0 || !tags.at(k).equals("VERB")) {
      return null;
    }
    String f = Words.fold(t.get(k));
    boolean passive = !f.endsWith("ing") && isPassive(t, k);
    if (passive) {
      return null;
    }
    String lemma = Words.lemma(f);
    String concept = perUnitVerbs.getOrDefault(f, concepts.getOrDefault(lemma, lemma));
    return new Head(concept, k, k + 1, false);
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

  /**
   * The noun a hyphenated duration qualifies, past adjectives and participles: "a 30-year fixed
   * mortgage" is the mortgage's term, not a duration of the rate named before it. Null when the
   * duration is not written "N-unit" or no noun follows.
   */
  private Head hyphenatedModifierOf(List<Token> t, PosTags tags, NumberMention m) {
    if (m.endToken() < 2 || !gluedHyphen(t, m.endToken() - 2)) {
      return null;
    }
    for (int k = m.endToken(); k < Math.min(t.size(), m.endToken() + 3); k++) {
      String f = Words.fold(t.get(k));
      // "an 11-year driving ban": the ban; not "a six-hour meeting yesterday", "a 30-minute briefing
      // reporters were told" (a time, the next clause's subject).
      boolean gerundOfCompound = f.endsWith("ing") && k + 1 < t.size() && tags.at(k + 1).equals("NOUN")
          && !t.get(k + 1).capitalized() && !Words.in(t.get(k + 1), timeNouns)
          && !(k + 2 < t.size() && (tags.at(k + 2).equals("AUX") || tags.at(k + 2).equals("VERB")));
      if (tags.at(k).equals("NOUN") && !t.get(k).capitalized() && !gerundOfCompound) {
        return new Head(nounConcept(t.get(k)), k, k + 1, false);
      }
      if (gerundOfCompound) {
        continue;
      }
      if (!tags.at(k).equals("ADJ") && !(tags.at(k).equals("VERB") && f.endsWith("ed"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * What something is valued at is its valuation, whatever was valued: "valued the company at
   * about $9.6 billion", "investors valued Kestrava at $9.6 billion", as "a valuation of $9.6
   * billion". Not a passive ("paintings valued at $3 million" are the paintings' worth).
   */
  private Head valuation(List<Token> t, int numberStart) {
    if (numberStart < 2 || !Words.fold(t.get(numberStart - 1)).equals("at")) {
      return null;
    }
    for (int k = numberStart - 2; k >= Math.max(0, numberStart - 6) && !isClauseBreak(t.get(k)); k--) {
      if (Words.lemma(Words.fold(t.get(k))).equals("value") && !t.get(k).capitalized()) {
        // With the valued thing as its object ("valued the company at"), or a name valued ("Kestrava
        // was valued at"); not "paintings valued at $3 million", "jewels valued by insurers at".
        String next = Words.fold(t.get(k + 1));
        boolean object = k < numberStart - 2 && (Words.DETERMINERS.contains(next) || t.get(k + 1).capitalized()
            || next.equals("it") || next.equals("them"));
        boolean nameValued = k >= 2 && Words.BE_FORMS.contains(Words.fold(t.get(k - 1))) && t.get(k - 2).capitalized()
            && k == numberStart - 2;
        return object || nameValued ? new Head(VALUATION, k, numberStart, false) : null;
      }
    }
    return null;
  }

  /**
   * A duration "for" which something was done is that thing's, when the verb has a noun of its own:
   * "was banned for four years" (the ban, not the one banned), "banned from driving for 11 years",
   * "disqualified him from driving for 11 years" (a disqualification is a ban, concepts.txt),
   * "suspended for six matches". Null for a verb without one ("worked there for 20 years").
   */
  private Head whatLastedThatLong(List<Token> t, PosTags tags, int numberStart) {
    int k = numberStart - 1;
    if (k < 1 || !Words.fold(t.get(k)).equals("for")) {
      return null;
    }
    k--;
    if (k >= 1 && Words.fold(t.get(k)).endsWith("ing") && Words.fold(t.get(k - 1)).equals("from")) {
      k -= 2; // "banned from driving"
    }
    if (k >= 1 && OBJECT_PRONOUNS.contains(Words.fold(t.get(k)))) {
      k--; // "disqualified him"
    }
    if (k < 0 || !Words.fold(t.get(k)).endsWith("ed") || !(tags.at(k).equals("VERB") || tags.at(k).equals("ADJ"))) {
      return null;
    }
    String concept = ownNounConcept(Words.lemma(t.get(k).text()));
    return concept == null ? null : new Head(concept, k, k + 1, false);
  }

  /** The concept of a verb's own noun ("banned": ban, "compensate": compensation), or null when it has none. */
  private String ownNounConcept(String lemma) {
    if (!StanceExtractor.hasOwnNoun(lemma)) {
      return null;
    }
    String noun = StanceExtractor.nominalized(lemma);
    return concepts.getOrDefault(noun, noun);
  }

  /**
   * A share is of who has it: "first-time buyers made up 29 percent of sales", "accounted for 29% of
   * purchases" (the subject before a {@code share-verbs.txt} verb, not the whole after "of", which
   * other figures of the story are about: "sales rose 1.2%").
   */
  private Head shareOf(List<Token> t, PosTags tags, int numberStart, int after, int limit) {
    if (after >= limit || !Words.fold(t.get(after)).equals("of")) {
      return null;
    }
    for (int k = Math.max(0, numberStart - 3); k < numberStart; k++) {
      Words.Match verb = Words.longestPhrase(t, k, shareVerbs, 3);
      if (verb == null || k + verb.length() != numberStart || k == 0) {
        continue;
      }
      Head whole = headAfter(t, tags, after, limit);
      if (whole != null && shareNouns.containsKey(whole.concept)) {
        return null; // "accounted for 38% of the vote": a vote share, read as such
      }
      int subjectAt = k - 1;
      if (subjectAt >= 2 && t.get(subjectAt).capitalized() && PLACE_OF_SUBJECT.contains(Words.fold(t.get(subjectAt - 1)))) {
        subjectAt -= 2; // "exports to China accounted for 25%": the exports
      }
      Token subject = t.get(subjectAt);
      String f = Words.fold(subject);
      if (!Character.isLetter(f.charAt(0)) || Words.DETERMINERS.contains(f) || auxiliaries.contains(f)
          || f.equals("it") || f.equals("they") || f.equals("which") || f.equals("who")) {
        return null;
      }
      return new Head(nounConcept(subject), subjectAt, subjectAt + 1, false);
    }
    return null;
  }

  /** Whether a word tagged as a verb stands in [{@code from}, {@code to}). */
  private static boolean verbBetween(PosTags tags, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tags.at(k).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The descent took 25 minutes", "the search took three days": the noun after a determiner right
   * before a form of "take", whatever the tagger calls the two (it reads "descent/ADJ",
   * "search/VERB took/NOUN").
   */
  private Head whatTookIt(List<Token> t, int numberStart) {
    int k = numberStart - 1; // (an approximator is part of the number: "took about 25 minutes")
    if (k < 2 || !TAKE_FORMS.contains(Words.fold(t.get(k))) || !Words.DETERMINERS.contains(Words.fold(t.get(k - 2)))) {
      return null;
    }
    Token noun = t.get(k - 1);
    if (noun.capitalized() || !Character.isLetter(noun.text().charAt(0))) {
      return null;
    }
    return new Head(nounConcept(noun), k - 1, k, false);
  }

  /**
   * The time given to do something is that thing's: "has 180 days from the drawing to claim a
   * prize" (claim), "has 90 days to comply with the order" (compliance), "took them 11 hours to
   * bring it under control" (control): after a form of have, take or give, the verb after "to"
   * right after the duration or past a short phrase with "from" or "after". Null otherwise ("paused
   * the tariffs for 90 days to allow talks" is the pause's).
   */
  private Head timeToDo(List<Token> t, int numberStart, int after, int limit) {
    boolean given = false; // "have 180 days", "took them 11 hours", "given 30 days": not "paused for 90 days to allow"
    for (int j = Math.max(0, numberStart - 3); j < numberStart; j++) {
      given |= HAVE_TAKE_GIVE.contains(Words.fold(t.get(j)));
    }
    if (!given) {
      return null;
    }
    int k = after;
    if (k < limit && (Words.fold(t.get(k)).equals("from") || Words.fold(t.get(k)).equals("after"))) {
      int to = k + 1;
      while (to < Math.min(limit, k + 5) && !Words.fold(t.get(to)).equals("to") && !isClauseBreak(t.get(to))) {
        to++;
      }
      k = to;
    }
    if (k + 1 >= limit || !Words.fold(t.get(k)).equals("to")) {
      return null;
    }
    Token verb = t.get(k + 1);
    String f = Words.fold(verb);
    if (verb.capitalized() || !Character.isLetter(f.charAt(0)) || Words.DETERMINERS.contains(f)
        || timeNouns.contains(f) || auxiliaries.contains(f) || f.equals("go") || f.equals("life")) {
      return null; // "from 2 years to 3", "to the end of March", "two weeks to go", "15 years to life"
    }
    String lemma = Words.lemma(verb.text());
    if (PLACING_VERBS.contains(lemma)) {
      // "11 hours to bring the blaze under control", "to get it under control": the state reached
      for (int j = k + 2; j + 1 < Math.min(limit, k + 7); j++) {
        if (STATE_PREPOSITIONS.contains(Words.fold(t.get(j))) && Character.isLetter(t.get(j + 1).text().charAt(0))
            && !t.get(j + 1).capitalized()) {
          return new Head(nounConcept(t.get(j + 1)), j + 1, j + 2, false);
        }
      }
      return null;
    }
    return new Head(concepts.getOrDefault(lemma, StanceExtractor.nominalized(lemma)), k + 1, k + 2, false);
  }

  /**
   * What an amount is in: "4.2 billion euros in assets", "$1.2 million in fines" (a noun, with
   * adjectives, right after "in"; not "in the region", "in the first quarter").
   */
  private Head moneyIn(List<Token> t, PosTags tags, int from, int limit) {
    if (from + 1 >= limit || !Words.fold(t.get(from)).equals("in") || Words.longestPhrase(t, from, paymentForms, 5) != null
        || moneyInBlockers.contains(Words.fold(t.get(from + 1)))) {
      return null; // (not "in cash", "in stock": how it is paid, payment-forms.txt; not "in advance", "in total")
    }
    for (int k = from + 1; k < Math.min(limit, from + 4); k++) {
      if (tags.at(k).equals("NOUN") && !t.get(k).capitalized() && !Words.in(t.get(k), timeNouns)) {
        return new Head(nounConcept(t.get(k)), k, k + 1, false);
      }
      if (!tags.at(k).equals("ADJ")) {
        return null;
      }
    }
    return null;
  }

  /**
   * What an amount is for, right after it: "set aside $48 million for compensation", "$3 million
   * for repairs"; "$48 million to compensate customers" by the verb's own noun (a verb without one,
   * "to buy", names nothing). Not a name, a time or whom it is for ("for Rival Corp", "for the
   * year", "raised $1.2 billion for the company").
   */
  private Head purposeOf(List<Token> t, PosTags tags, int after, int limit) {
    if (after + 1 >= limit) {
      return null;
    }
    String f = Words.fold(t.get(after));
    if (f.equals("for")) {
      int k = after + 1;
      while (k < limit && (tags.at(k).equals("DET") || tags.at(k).equals("ADJ"))) {
        k++;
      }
      // Not whom it is for: "for the company", "for flood victims", "for the winger".
      Token head = k < limit ? t.get(compoundHead(t, tags, k)) : null;
      boolean whom = head != null && ("person".equals(countedNoun(head)) || Words.in(head, companyNouns));
      if (k < limit && tags.at(k).equals("NOUN") && !t.get(k).capitalized() && !Words.in(t.get(k), timeNouns) && !whom) {
        return headAfter(t, tags, k, limit);
      }
    } else if (f.equals("to") && tags.at(after + 1).equals("VERB")) {
      String concept = ownNounConcept(Words.lemma(t.get(after + 1).text()));
      if (concept != null) {
        return new Head(concept, after + 1, after + 2, false);
      }
    }
    return null;
  }

  /** "a fee of (about) £40 million": a noun before names the amount (an approximator is part of the number). */
  private static boolean amountOfNounBefore(List<Token> t, int numberStart) {
    String before = numberStart > 0 ? Words.fold(t.get(numberStart - 1)) : "";
    return before.equals("of") || before.equals("at");
  }

  /** The measured noun right after the number: {@code 24% levies}, {@code 10% universal rate}. */
  private Head headAfter(List<Token> t, PosTags tags, int from, int limit) {
    if (from < limit && Words.fold(t.get(from)).equals("of")) {
      // "six hours of deliberations", "38.6% of the vote": the noun after "of", past an owner or a
      // name before it ("84% of the county's kindergartners", "84% of Merrivale kindergartners").
      for (int k = from + 1; k < Math.min(limit, from + 6); k++) {
        boolean nameWord = t.get(k).capitalized() && k + 1 < limit && tags.at(k + 1).equals("NOUN"); // "Union members"
        if (tags.at(k).equals("NOUN") && !Words.endsPossessive(t.get(k)) && !nameWord) {
          String lemma = Words.lemma(t.get(k).text());
          return new Head(concepts.getOrDefault(lemma, lemma), k, k + 1, false);
        }
        boolean owner = tags.at(k).endsWith("+PART") || Words.endsPossessive(t.get(k))
            || Words.DETERMINERS.contains(Words.fold(t.get(k))) // "€4.2 billion of their assets"
            || Words.isPossessiveMarker(t.get(k)); // "of Quarndon Nurses' Union members"
        boolean name = tags.at(k).equals("PROPN") && t.get(k).capitalized() && k + 1 < limit
            && (tags.at(k + 1).equals("NOUN") || tags.at(k + 1).equals("PROPN") || Words.isPossessiveMarker(t.get(k + 1)));
        if (!tags.at(k).equals("DET") && !tags.at(k).equals("ADJ") && !owner && !name && !nameWord) {
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
      if (tag.equals("NOUN") && Words.in(t.get(k), timeNouns)) {
        break; // "to grow 1.2% next year": a time, not what grew
      }
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
    if (compoundable.contains(lemma) && lastNoun > from && tags.at(lastNoun - 1).equals("NOUN")
        && !generic.contains(Words.fold(t.get(lastNoun - 1))) && !Words.in(t.get(lastNoun - 1), timeNouns)) {
      // "a $48 million compensation fund", "$2 billion repair costs": named by the noun before, as
      // "repair costs of $2 billion" is (compound-concepts.txt).
      String modifier = Words.lemma(t.get(lastNoun - 1).text());
      return new Head(concepts.getOrDefault(modifier, modifier), lastNoun - 1, lastNoun + 1, false);
    }
    return new Head(concepts.getOrDefault(lemma, lemma), lastNoun, lastNoun + 1, false);
  }

  /**
   * What a verb of change changed "by" a percentage: its object, "cut the risk of heart attack,
   * stroke or death by 22%" is the risk, "raised the price of parking by 10%" the price (the noun
   * after "of" when the object is a partitive: "cut the number of flights by 20%"); null when the
   * verb has no object before "by" ("shares rose by 5%").
   */
  private Head objectOfChange(List<Token> t, PosTags tags, int numberStart) {
    if (numberStart < 3 || !Words.fold(t.get(numberStart - 1)).equals("by") || tags.at(numberStart - 2).equals("VERB")) {
      return null; // "bookings jumped by 12%": the verb's subject, read as before
    }
    for (int v = numberStart - 2; v >= Math.max(0, numberStart - 20); v--) {
      String f = Words.fold(t.get(v));
      // (Commas and "and" may list the object's parts: "the risk of heart attack, stroke and death".)
      if (f.equals(";") || f.equals(".") || f.equals(":") || CLAUSE_BOUNDARIES.contains(f) || tags.at(v).equals("NUM")) {
        return null; // "raised fuel duty after emissions fell by 6%": another clause
      }
      if (!tags.at(v).equals("VERB")) {
        continue;
      }
      boolean listItem = v > 0 && t.get(v - 1).text().equals(",") && v + 1 < t.size()
          && (Words.fold(t.get(v + 1)).equals("or") || Words.fold(t.get(v + 1)).equals("and"));
      if (listItem) {
        continue; // "heart attack, stroke/VERB or death": a noun of a list the tagger made a verb
      }
      if (!Words.in(t.get(v), changeWords)) {
        return null; // another verb in between: not this change's object
      }
      int k = v + 1;
      while (k < numberStart - 1 && (tags.at(k).equals("DET") || tags.at(k).equals("ADJ") || tags.at(k).equals("PRON"))) {
        k++;
      }
      if (k >= numberStart - 1 || !tags.at(k).equals("NOUN")) {
        return null;
      }
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null) {
        return new Head(c.canonical(), k, k + c.length(), false);
      }
      int last = k;
      while (last + 1 < numberStart - 1 && tags.at(last + 1).equals("NOUN")) {
        last++;
      }
      if ((generic.contains(Words.fold(t.get(last))) || Words.in(t.get(last), partitives)) && last + 2 < numberStart - 1
          && Words.fold(t.get(last + 1)).equals("of")) {
        // "cut the number of hospital admissions by 30%": the last noun of the phrase after "of"
        int n = last + 2;
        int lastNoun = -1;
        while (n < numberStart - 1 && (tags.at(n).equals("NOUN") || tags.at(n).equals("ADJ") || tags.at(n).equals("DET"))) {
          lastNoun = tags.at(n).equals("NOUN") ? n : lastNoun;
          n++;
        }
        if (lastNoun < 0) {
          return null;
        }
        last = lastNoun;
      }
      String lemma = Words.lemma(Words.fold(t.get(last)));
      return new Head(concepts.getOrDefault(lemma, lemma), last, last + 1, false);
    }
    return null;
  }

  /** The measured concept before the number: {@code tariff of 25%}, {@code paused for 90 days}. */
  private Head headBefore(List<Token> t, PosTags tags, int numberStart) {
    // (One word further past "a record": "had reached a record 6,840 megawatts".)
    int reach = numberStart > 0 && Words.in(t.get(numberStart - 1), levelModifiers) ? 5 : 4;
    for (int k = numberStart - 1; k >= Math.max(0, numberStart - reach); k--) {
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
      if (k == 0 && tags.at(0).equals("VERB") && t.size() > 1 && tags.at(1).equals("VERB") && f.endsWith("s")) {
        // "Exports fell to $2.1 billion": a sentence's capitalized first plural before its verb is
        // its subject, whatever the tagger made of it ("Kessler took 30 percent" is a name).
        String lemma = Words.lemma(f);
        return new Head(concepts.getOrDefault(lemma, lemma), 0, 1, false);
      }
      if (k == numberStart - 1 && Words.in(t.get(k), levelModifiers) && k > 0) {
        continue; // "had reached a record 6,840 megawatts": a record says how high, not what
      }
      // "The final lasted 161 minutes": a word the tagger calls an adjective between a determiner
      // and a verb is the subject noun.
      boolean nounAsAdjective = tags.at(k).equals("ADJ") && k > 0 && tags.at(k - 1).equals("DET")
          && k + 1 < numberStart && (tags.at(k + 1).equals("VERB") || tags.at(k + 1).equals("AUX")
              || RELATIVE_PRONOUNS.contains(Words.fold(t.get(k + 1))));
      if (RELATIVE_PRONOUNS.contains(f) && k > 0 && k + 1 < numberStart && tags.at(k + 1).equals("VERB")) {
        continue; // "a final that lasted 161 minutes": the noun before the relative clause
      }
      if (nounAsAdjective) {
        String lemma = Words.lemma(f);
        return new Head(concepts.getOrDefault(lemma, lemma), k, k + 1, false);
      }
      if (tags.at(k).equals("NOUN") || tags.at(k).equals("PROPN")) {
        // "Shares of Brackwater fell 14%", "the price of crude rose 3%", "investors in the company
        // lost $4.8 million": the noun before "of", "in" and the like (SUBJECT_COMPLEMENTS).
        int phrase = k;
        while (phrase > 0 && k - phrase < 4 && NOUN_PHRASE_TAGS.contains(tags.at(phrase - 1))) {
          phrase--;
        }
        // Not a generic or partitive noun: "the rate of inflation rose to 3%" stays inflation's, "the
        // majority of stocks fell 2%" the stocks'.
        // (A sentence's first word may be tagged a proper noun for its capital: "Shares of Acme".)
        if (phrase > 1 && SUBJECT_COMPLEMENTS.contains(Words.fold(t.get(phrase - 1)))
            && (tags.at(phrase - 2).equals("NOUN") || phrase == 2 && tags.at(0).equals("PROPN"))
            && !generic.contains(Words.fold(t.get(phrase - 2))) && !Words.in(t.get(phrase - 2), partitives)) {
          String lemma = Words.lemma(Words.fold(t.get(phrase - 2)));
          return new Head(concepts.getOrDefault(lemma, lemma), phrase - 2, phrase - 1, false);
        }
        if (tags.at(k).equals("PROPN")) {
          return null;
        }
        String lemma = Words.lemma(f);
        return new Head(concepts.getOrDefault(lemma, lemma), k, k + 1, false);
      }
      if (!(tags.at(k).equals("ADP") || tags.at(k).equals("AUX") || tags.at(k).equals("ADV") || tags.at(k).equals("DET")
          || tags.at(k).equals("VERB") || tags.at(k).equals("ADJ") || tags.at(k).equals("PART"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether token {@code k} is a capitalized word inside a name ({@code Halvorsen Fine Jewelry},
   * {@code Rate Cut Fund}) rather than a concept: capitalized mid-sentence next to another
   * capitalized word, in a sentence that is not written in title case (a headline).
   */
  private static boolean inName(List<Token> t, int k) {
    if (k == 0 || !t.get(k).capitalized()
        || !(t.get(k - 1).capitalized() || k + 1 < t.size() && t.get(k + 1).capitalized())) {
      return false;
    }
    int words = 0;
    int capitalized = 0;
    for (Token token : t) {
      if (!token.text().isEmpty() && Character.isLetter(token.text().charAt(0))) {
        words++;
        capitalized += token.capitalized() ? 1 : 0;
      }
    }
    return capitalized * 2 < words;
  }

  /** A specific concept named in the sentence, nearest to the number; not a word of a name. */
  private String conceptInSentence(List<Token> t, int near) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < t.size(); k++) {
      Words.Match c = Words.longestPhrase(t, k, concepts, 3);
      if (c != null && Math.abs(k - near) < bestDistance && !inName(t, k)) {
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

  /**
   * Which extent a length is, from the words right after it ({@code lexicon/extent-words.txt}: "42
   * metres high" is a height, "the 42-metre-high dam" too); a distance when none says.
   */
  private String lengthExtent(List<Token> t, int from, int limit) {
    String last = from > 0 ? Words.fold(t.get(from - 1)) : "";
    int hyphen = last.lastIndexOf('-');
    if (hyphen > 0 && extents.containsKey(last.substring(hyphen + 1))) {
      return extents.get(last.substring(hyphen + 1)); // "the 42-metre-high dam"
    }
    int k = from < limit && t.get(from).text().equals("-") ? from + 1 : from;
    Words.Match extent = k < limit ? Words.longestPhrase(t, k, extents, 3) : null;
    return extent != null ? extent.canonical() : attribute("length");
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

  /** The unit an amount is given per, the token after the words that say it, and how it is paid ("" unsaid). */
  private record PerUnit(String unit, int end, String paidIn) {}

  /** A measured noun: its concept and tokens; generic heads borrow a concept. */
  private record Head(String concept, int start, int end, boolean generic) {}
}
