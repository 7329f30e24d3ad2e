package io.claimcheck.extract;

import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.PosTags;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stances: a holder (a person, else a country or an organization) for or against something.
 * Three shapes:
 * <ul>
 *   <li>a stance verb and its object: {@code ruled out countermeasures}, {@code does not plan to
 *       make big concessions} (negation flips the verb's polarity; light verbs such as {@code make}
 *       pass the concept on to their noun);
 *   <li>a negated modal and a verb: {@code won't rush}, {@code will not compromise};
 *   <li>a commitment in reported speech, its subject the speaker: {@code Orvenza said it would appeal}.
 * </ul>
 * The key is the holder and the concept (normalized through {@code concepts.txt}); the value is
 * the polarity, so a source that says the holder ruled something out and one that says the holder
 * plans it disagree.
 */
final class StanceExtractor {

  private static final int OBJECT_WINDOW = 7;
  private static final Set<String> SKIP_WORDS = Set.of("to", "on", "for", "against", "into", "a", "an", "the", "any", "all", "its", "their", "his", "her", "out", "from");
  private static final java.util.regex.Pattern ORG_WORD = java.util.regex.Pattern.compile("[\\p{L}&.'’-]+");
  private static final Set<String> VOLITIONAL = Set.of("will", "would", "won't", "wouldn't", "shall");
  private static final Set<String> MODALS = Set.of("will", "would", "won't", "wouldn't", "does", "did", "do", "doesn't", "didn't", "don't", "can't", "cannot", "couldn't", "shall", "should", "must");

  private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "ADV");
  // After "to VERB", tags that show no object noun follows.
  private static final Set<String> VERB_ONLY_NEXT_TAGS = Set.of("PRON", "ADP", "PUNCT", "CCONJ", "SCONJ");
  // The British "-ise" of verbs that have "-ize" ("privatise", "organise", "subsidise", "recognise",
  // "authorise"), not "promise", "compromise", "exercise", "advertise", "expertise", "merchandise".
  private static final java.util.regex.Pattern BRITISH_IZE = java.util.regex.Pattern.compile("(al|at|an|id|on|or|gn)ise$");
  private static final Set<String> VERB_AFTER_MODAL_TAGS = Set.of("VERB", "NOUN", "ADJ");
  private static final Set<String> TIME_DEICTICS = Set.of("next", "last", "this", "every", "each");
  /** Particles between a verb and its object: "shooting down the drones". */
  private static final Set<String> VERB_PARTICLES = Set.of("down", "up", "off", "out", "away");
  private static final Set<String> OBJECT_START_TAGS = Set.of("DET", "NOUN", "ADJ", "NUM");
  private static final Set<String> BACK_AS_DIRECTION = Lexicon.words("back-directions");
  /** Nouns of people ({@code counted-nouns.txt}): "People in Rovenia", "Staff at Corvane Mills". */
  private static final Set<String> PEOPLE_NOUNS = Lexicon.synonyms("counted-nouns").entrySet().stream()
      .filter(e -> e.getValue().equals("person")).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Prepositions that make the name after them part of another noun's phrase: "voters in Rovenia". */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("in", "across", "throughout", "of", "from", "at");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
  private final Map<String, String> stanceVerbs = Lexicon.table("stance-verbs");
  private final Map<String, String> concepts = Lexicon.synonyms("concepts");
  private final Set<String> lightVerbs = Lexicon.words("light-verbs");
  private final Set<String> refusedLightVerbs = Lexicon.words("refused-light-verbs");
  private final Set<String> commitmentLightVerbs = Lexicon.words("commitment-light-verbs");
  private final Set<String> increaseWords = Lexicon.words("increase-words");
  private final Set<String> timeNouns = Lexicon.words("time-nouns");
  private final Set<String> genericHeads = Lexicon.words("generic-object-heads");
  private final Set<String> companyNouns = Lexicon.words("company-nouns");
  private final Set<String> companyVoices = Lexicon.words("company-voices");
  private final Set<String> auxiliaries = Lexicon.words("auxiliaries");
  private final Set<String> negations = Lexicon.words("negations");
  private final Map<String, String> countries = Lexicon.synonyms("countries");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");
  /** "would not say/comment/confirm": declining to speak is no stance on what follows. */
  private final Set<String> withheldWords = Lexicon.words("withheld-speech-verbs");
  // Words an object noun asks for: "rejected calls for an inquiry" is against the inquiry.
  private final Set<String> requestNouns = Lexicon.words("request-nouns");
  // Nouns whose stance is on the verb after "to": "defended her decision to exclude pupils".
  private final Set<String> planNouns = Lexicon.words("plan-nouns");
  private final Set<String> planForNouns = Lexicon.words("plan-for-nouns");
  private final Set<String> reversingHeads = Lexicon.words("reversing-heads");
  private final Set<String> removalVerbs = Lexicon.words("removal-verbs");
  // Nouns of verbs not formed by a suffix: "exclude" -> "exclusion".
  private static final Map<String, String> NOUNS_OF_VERBS = Lexicon.synonyms("nominalizations");

  void extract(DocumentContext doc, ClaimSink sink) {
    List<SentenceInfo> sentences = doc.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      List<Token> t = sentences.get(index).tokens();
      for (int i = 0; i < t.size(); i++) {
        int stanceLength = stanceAt(t, i);
        if (stanceLength > 0 && !doc.tags(index).at(i).equals("VERB") && !verbLike(t, i + stanceLength)
            && !(stanceLength > 1 && Words.fold(t.get(i + stanceLength - 1)).equals("to")) // "intends/NOUN to play"
            && !Words.BE_FORMS.contains(Words.fold(t.get(i))) // "was against relocating" is a stance
            && !pastAfterName(t, doc.tags(index), i) && !presentAfterName(t, doc.tags(index), i)
            && !afterModal(t, doc.tags(index), i)) {
          stanceLength = 0; // "military support costs": the noun, not the stance
        }
        if (stanceLength > 0 && i > 0 && Words.DETERMINERS.contains(Words.fold(t.get(i - 1)))
            && Words.fold(t.get(i)).endsWith("ed") && !verbLike(t, i + stanceLength)) {
          stanceLength = 0; // "the recommended dose", "the rejected bid": an adjective
        }
        if (stanceLength == 1 && Words.lemma(Words.fold(t.get(i))).equals("back") && i + 1 < t.size()
            && BACK_AS_DIRECTION.contains(Words.fold(t.get(i + 1)))) {
          stanceLength = 0; // "legislate teachers back to work", "came back from": a direction, not support
        }
        if (stanceLength > 0 && phrase(t, i, stanceLength).startsWith("agree") && i + stanceLength < t.size()
            && doc.tags(index).at(i + stanceLength).equals("VERB")) {
          stanceLength = 0; // "agreed to buy Caltek" reports the deal itself; "agreed to an inquiry" is a stance
        }
        if (stanceLength > 0 && i > 0 && Words.DETERMINERS.contains(Words.fold(t.get(i - 1)))
            && i + stanceLength < t.size() && Words.fold(t.get(i + stanceLength)).equals("to")) {
          // "opposed the plan to close", "her pledge to resign": a noun, the object of another
          // stance ("her support for the bill" is hers).
          stanceLength = 0;
        }
        if (stanceLength > 0 && i > 0 && doc.tags(index).at(i).equals("NOUN") && stanceAt(t, i - 1) > 0) {
          stanceLength = 0; // "opposed plans for a runway", "rejected calls for": the other stance's object
        }
        if (stanceLength == 1 && i > 0 && t.get(i - 1).text().equals(",") && Words.fold(t.get(i)).endsWith("ed")
            && i + 1 < t.size() && doc.tags(index).at(i + 1).equals("ADP") && !verbLike(t, i + 1)
            && verbAfterComma(t, doc.tags(index), i + 1)) {
          stanceLength = 0; // "Kowalski, wanted on fraud charges, was arrested": a participle about the name
        }
        if (stanceLength > 0 && passive(t, i, i + stanceLength)) {
          stanceLength = 0; // "Lopez was criticized for the delay by ...": she is the target, not the holder
        }
        if (stanceLength > 0) {
          String phrase = phrase(t, i, stanceLength);
          boolean against = stanceVerbs.get(phrase).equals("against");
          boolean negated = negatedBefore(t, i);
          PosTags tags = doc.tags(index);
          int object = objectAfter(t, tags, i + stanceLength);
          if (object >= 0) {
            emit(doc, index, i, object, against != negated, negated ? "not " + phrase : phrase, sink);
          }
          i += stanceLength - 1;
          continue;
        }
        if (isReportedCommitment(doc, index, i)) {
          // "Orvenza said it would appeal", "she says the company will compensate victims".
          PosTags tags = doc.tags(index);
          int verb = i + 1;
          while (verb < t.size() && tags.at(verb).equals("ADV")) {
            verb++;
          }
          // After "would" a word is a verb whatever its tag ("she would appeal/ADJ .").
          if (verb < t.size() && VERB_AFTER_MODAL_TAGS.contains(tags.at(verb)) && stanceAt(t, verb) == 0
              && !t.get(verb).capitalized() && !Words.in(t.get(verb), lightVerbs) && !Words.in(t.get(verb), auxiliaries)) {
            emit(doc, index, i, changedObject(t, tags, verb), false, "will", sink);
          } else if (verb < t.size() && Words.in(t.get(verb), commitmentLightVerbs) && stanceAt(t, verb) == 0) {
            // (A stance word itself, "would seek tougher penalties", is read where it stands.)
            // "she would order binding arbitration": the light verb's noun, as in its refusal.
            int noun = objectAfter(t, tags, verb + 1);
            if (noun >= 0) {
              emit(doc, index, i, noun, false, "will", sink);
            }
          }
          continue;
        }
        if (isNegatedModal(t, i)) {
          PosTags tags = doc.tags(index);
          int verb = i + 1;
          while (verb < t.size() && (Words.in(t.get(verb), negations) || Words.in(t.get(verb), auxiliaries)
              || tags.at(verb).equals("ADV") || tags.at(verb).equals("PUNCT") && !t.get(verb).text().equals(","))) {
            verb++;
          }
          if (verb < t.size() && Words.in(t.get(verb), lightVerbs)) {
            // "would not form a coalition": the light verb's noun; not "would not give details"
            // (lexicon/refused-light-verbs.txt: the verbs whose refusal is a stance on their noun).
            int noun = Words.in(t.get(verb), refusedLightVerbs) ? objectAfter(t, tags, verb + 1) : -1;
            if (noun >= 0) {
              emit(doc, index, i, noun, true, "will not", sink);
            }
          } else if (verb < t.size() && VERB_AFTER_MODAL_TAGS.contains(tags.at(verb)) && !t.get(verb).capitalized()
              && stanceAt(t, verb) == 0 && !Words.in(t.get(verb), auxiliaries)
              && !Words.in(t.get(verb), withheldWords)) { // "would not say how": no comment, no stance
            // After "will not" a word is a verb whatever its tag ("would not close/ADJ other bridges").
            emit(doc, index, i, changedObject(t, tags, verb), true, "will not", sink);
            coordinated(doc, index, i, verb + 1, tags, sink);
          }
        }
      }
    }
  }

  /** A passive stance verb: a form of "be" before it and its agent or reason after ("by", "for"). */
  private static boolean passive(List<Token> t, int marker, int end) {
    int k = marker - 1;
    while (k >= 0 && Words.fold(t.get(k)).endsWith("ly")) {
      k--;
    }
    if (k < 0 || !Words.BE_FORMS.contains(Words.fold(t.get(k))) || end >= t.size()) {
      return false;
    }
    String next = Words.fold(t.get(end));
    if (next.equals("by") || next.equals("for")) {
      return true;
    }
    // "two teenagers were refused bail": the subject received the refusal. Not "is opposed to" (a
    // stance held) nor "is planning to" (active).
    String first = Words.fold(t.get(marker));
    return (first.endsWith("ed") || first.equals("sought")) && !next.equals("to") && !first.equals("opposed");
  }

  /** "will not rush into a deal or offer concessions": the negation covers the second verb too. */
  private void coordinated(DocumentContext doc, int index, int marker, int from, PosTags tags, ClaimSink sink) {
    List<Token> t = doc.sentences().get(index).tokens();
    for (int k = from; k < Math.min(t.size() - 1, from + 6); k++) {
      String f = Words.fold(t.get(k));
      if (f.equals(",") || f.equals(".") || f.equals(";")) {
        return;
      }
      if ((f.equals("or") || f.equals("nor") || f.equals("and")) && tags.at(k + 1).equals("VERB")) {
        int verb = k + 1;
        int concept = Words.in(t.get(verb), lightVerbs) ? objectAfter(t, tags, verb + 1) : verb;
        if (concept >= 0) {
          emit(doc, index, marker, concept, true, "will not", sink);
        }
        return;
      }
    }
  }

  private void emit(DocumentContext doc, int index, int markerToken, int conceptToken, boolean against,
      String marker, ClaimSink sink) {
    SentenceInfo s = doc.sentences().get(index);
    String holder = holder(doc, index, markerToken);
    if (holder.isEmpty()) {
      return;
    }
    List<Token> t = s.tokens();
    String concept = concept(t, conceptToken);
    boolean ownWord = concept.equals(Words.lemma(t.get(conceptToken).text()));
    // A verb, a gerund ("ruled out excluding/NOUN"), or a word after "to" or a modal ("calls to
    // resign/NOUN", "would not close/ADJ").
    String previous = conceptToken > 0 ? Words.fold(t.get(conceptToken - 1)) : "";
    boolean verb = doc.tags(index).at(conceptToken).equals("VERB") || Words.fold(t.get(conceptToken)).endsWith("ing")
        || previous.equals("to") || MODALS.contains(previous) || negations.contains(previous);
    if (ownWord && verb) {
      concept = nominalized(concept); // a lexicon concept keeps its name
    } else if (concept.endsWith("isation")) {
      concept = concept.substring(0, concept.length() - 6) + "zation"; // British spelling of the noun
    }
    Polarity polarity = against ? Polarity.NEGATIVE : Polarity.POSITIVE;
    int end = t.get(Math.min(t.size() - 1, conceptToken + conceptLength(t, conceptToken) - 1)).end();
    sink.add(ClaimKind.STANCE, "stance." + concept, holder, concept, Map.of("holder", holder),
        ClaimValue.stated(against ? "against" : "for"), polarity, s.sentence(), t.get(markerToken).start(), end, 0.75);
  }

  /**
   * Who holds the stance: the person or pronoun that is the subject right before the marker, else
   * the nearest person before it in the sentence (the speaker of a reported stance), else a
   * country that is the subject.
   */
  private String holder(DocumentContext doc, int index, int marker) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    for (int k = marker - 1; k >= 0 && !t.get(k).text().equals(","); k--) {
      if (Words.fold(t.get(k)).equals("whose")) {
        return ""; // "Daleborg, whose party draws support from factory towns,": the party's, not hers
      }
    }
    PosTags tags = doc.tags(index);
    int k = marker - 1;
    while (k >= 0 && (Words.in(t.get(k), negations) || Words.in(t.get(k), auxiliaries)
        || MODALS.contains(Words.fold(t.get(k))) || tags.at(k).equals("ADV"))) {
      k--;
    }
    if (k >= 0 && DocumentContext.isPersonPronoun(t.get(k))) {
      return doc.resolvePerson(index, k);
    }
    if (k >= 2 && (Words.fold(t.get(k)).equals("it") || Words.fold(t.get(k)).equals("they"))) {
      // "Orvenza said it would appeal": the organization that said it.
      int verb = Words.fold(t.get(k - 1)).equals("that") ? k - 2 : k - 1;
      if (verb >= 1 && speechVerbs.contains(Words.fold(t.get(verb)))) {
        String speaker = speakingOrganization(doc, t, verb);
        if (!speaker.isEmpty()) {
          return speaker;
        }
      }
    }
    if (k >= 3 && companyNouns.contains(Words.fold(t.get(k))) && Words.fold(t.get(k - 1)).equals("the")) {
      // "She said the bank will refund ...": the executive the pronoun stands for speaks for it.
      int verb = Words.fold(t.get(k - 2)).equals("that") ? k - 3 : k - 2;
      if (verb >= 1 && speechVerbs.contains(Words.fold(t.get(verb))) && DocumentContext.isPersonPronoun(t.get(verb - 1))
          && speaksForCompany(doc, s, verb)) {
        return doc.resolvePerson(index, verb - 1);
      }
    }
    String relativeSubject = beforeRelativeClause(s, k);
    if (!relativeSubject.isEmpty()) {
      return relativeSubject;
    }
    String executive = executiveNamingCompany(doc, s, k);
    if (!executive.isEmpty()) {
      return executive;
    }
    String nearest = s.nearestPersonBefore(marker);
    if (!nearest.isEmpty()) {
      return nearest;
    }
    String described = describedPerson(doc, index, marker);
    if (!described.isEmpty()) {
      return described;
    }
    for (SentenceInfo.CountryMention c : s.countries()) {
      boolean inName = c.startToken() >= 2 && Words.fold(t.get(c.startToken() - 1)).equals("of")
          && t.get(c.startToken() - 2).capitalized(); // "the Central Bank of Ireland": the bank's (below)
      if (c.endToken() == k + 1 && !inName && !ofAnotherNoun(t, c.startToken())) {
        return c.country();
      }
    }
    if (ofAnotherNoun(t, nameStart(t, k))) {
      return "";
    }
    return organization(doc, t, k);
  }

  /**
   * The executive who names their company as the subject: "Haverstock said Kestrava would not pay
   * a dividend" is his, as "said the company would" is; other reports give him the stance. Empty
   * when the speaker holds no role that speaks for a company (company-voices.txt).
   */
  private String executiveNamingCompany(DocumentContext doc, SentenceInfo s, int k) {
    List<Token> t = s.tokens();
    if (k < 2 || !t.get(k).capitalized()) {
      return "";
    }
    int first = nameStart(t, k);
    int verb = first >= 1 && Words.fold(t.get(first - 1)).equals("that") ? first - 2 : first - 1;
    if (first > k || verb < 1 || !speechVerbs.contains(Words.fold(t.get(verb))) || !speaksForCompany(doc, s, verb)) {
      return "";
    }
    // A company's one-word name, not a person ("said Mayor Jo Park would not resign", "said
    // Marcus Webb would not appeal", "said Webb would not appeal" when Marcus Webb is named).
    if (first != k || partOfPersonName(doc, Words.fold(t.get(k)))) {
      return "";
    }
    for (PersonMention p : s.persons()) {
      if (p.endToken() == k + 1 && !rolesOf(doc, p.name()).isEmpty()) {
        return "";
      }
    }
    return s.nearestPersonBefore(verb);
  }

  private static boolean partOfPersonName(DocumentContext doc, String word) {
    for (SentenceInfo other : doc.sentences()) {
      for (PersonMention p : other.persons()) {
        if (p.name().contains(" ") && java.util.Arrays.asList(p.name().split(" ")).contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first of the capitalized words ending at {@code last}; {@code last + 1} when it is not one. */
  private static int nameStart(List<Token> t, int last) {
    int first = last;
    while (first >= 0 && t.get(first).capitalized() && ORG_WORD.matcher(t.get(first).text()).matches()) {
      first--;
    }
    return first + 1;
  }

  /** Whether a comma after {@code from} is followed by a verb: the appositive closes before the main verb. */
  private static boolean verbAfterComma(List<Token> t, PosTags tags, int from) {
    for (int k = from; k + 1 < t.size(); k++) {
      if (t.get(k).text().equals(",") && (tags.at(k + 1).equals("VERB") || tags.at(k + 1).equals("AUX"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name starting at {@code first} is the object of a preposition after a common noun,
   * whose stance it is: "voters in Rovenia have rejected", "shareholders of Corvane Mills rejected"
   * (not "the Government of Ireland rejected", a name).
   */
  private static boolean ofAnotherNoun(List<Token> t, int first) {
    if (first < 2 || !NAME_PREPOSITIONS.contains(Words.fold(t.get(first - 1)))
        || !Character.isLetter(t.get(first - 2).text().charAt(0))) {
      return false;
    }
    // (A sentence's first word is capitalized anyway: "Voters in Rovenia", "People in Rovenia", but
    // "Bank of England".)
    Token noun = t.get(first - 2);
    return !noun.capitalized() || first == 2 && (Words.fold(noun).endsWith("s") || PEOPLE_NOUNS.contains(Words.fold(noun)));
  }

  /**
   * The person a sentence opening "The 54-year-old prime minister has since rejected ..." stands
   * for: the one person the document gives that age elsewhere ("Tomas Vale, 34,"), else the one
   * whose current role ends in the description's last word ("Prime Minister Andrik Brenzik", as
   * {@link RoleExtractor} reads "the 58-year-old mayor"); "" when none or several are ("The
   * 150-year-old brewer rejected the offer"), or for "The 34-year-old's lawyer".
   */
  private static String describedPerson(DocumentContext doc, int index, int marker) {
    List<Token> t = doc.sentences().get(index).tokens();
    Words.Age age = t.isEmpty() || !Words.fold(t.get(0)).equals("the") ? null : Words.ageAt(t, 1);
    int after = age == null ? 0 : 1 + age.length();
    if (age == null || after > marker || Words.endsPossessive(t.get(after - 1)) || Words.isPossessiveMarker(t.get(after))) {
      return "";
    }
    PosTags tags = doc.tags(index);
    String head = "";
    for (int k = after; k < marker && (tags.at(k).equals("NOUN") || tags.at(k).equals("ADJ")) && !t.get(k).capitalized(); k++) {
      head = Words.fold(t.get(k)); // "prime minister": minister
    }
    String aged = doc.personAged(age.years(), index);
    return !aged.isEmpty() || head.isEmpty() ? aged : doc.titledPerson(head);
  }


  /**
   * The person a relative clause ending at the comma {@code comma} is about, who is the subject of
   * the verb after it: "Almqvist, who has guided Marovic since 2019, would not ..." is Almqvist's,
   * not Marovic's. Empty when {@code comma} ends no such clause.
   */
  private static String beforeRelativeClause(SentenceInfo s, int comma) {
    List<Token> t = s.tokens();
    if (comma < 0 || !t.get(comma).text().equals(",")) {
      return "";
    }
    for (int c = comma - 1; c >= 1; c--) {
      String f = t.get(c).text();
      if (f.equals(",") && c + 1 < comma && Words.fold(t.get(c + 1)).equals("who")) {
        for (PersonMention p : s.persons()) {
          if (p.endToken() == c) {
            return p.name();
          }
        }
        return "";
      }
      if (f.equals(",") || f.equals(";")) {
        return "";
      }
    }
    return "";
  }

  /**
   * The organization that is the subject of the speech verb at {@code verb}: "Orvenza said", or
   * through a relative clause, "Orvenza, which has said it will appeal".
   */
  private String speakingOrganization(DocumentContext doc, List<Token> t, int verb) {
    int k = verb - 1;
    while (k >= 0 && Words.in(t.get(k), auxiliaries)) {
      k--;
    }
    if (k >= 2 && Words.fold(t.get(k)).equals("which") && t.get(k - 1).text().equals(",")) {
      return organization(doc, t, k - 2);
    }
    return organization(doc, t, k);
  }

  /**
   * A capitalized name ending right before the verb ("Brightwater Foods ruled out"), as the
   * holder when it is not a person: companies, agencies, parties take stances too. A sentence's
   * first word alone is taken only when the document writes it capitalized inside a sentence too
   * ("Tellamar said it would ..." after "Tellamar Petroleum's refinery").
   */
  private static String organization(DocumentContext doc, List<Token> t, int last) {
    int first = nameStart(t, last);
    // "The Ministry of Defence", "the Central Bank of Ireland": one name across "of".
    while (first >= 2 && Words.fold(t.get(first - 1)).equals("of") && t.get(first - 2).capitalized()
        && ORG_WORD.matcher(t.get(first - 2).text()).matches()) {
      first = nameStart(t, first - 2);
    }
    if (first > last || (first == 0 && last == 0 && !doc.writtenAsName(Words.fold(t.get(0))))) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= last; k++) {
      String w = Words.fold(t.get(k));
      if (k == first && (w.equals("the") || PersonFinder.CLAUSE_OPENERS.contains(w))) {
        continue; // "And Veltra says it will"
      }
      b.append(b.length() == 0 ? "" : " ").append(w);
    }
    return b.toString();
  }

  /** The token where the stance's object concept starts, or -1. */
  private int objectAfter(List<Token> t, PosTags tags, int from) {
    for (int k = from; k < t.size() && k < from + OBJECT_WINDOW; k++) {
      String f = Words.fold(t.get(k));
      // A light verb after a determiner or an adjective is a noun: "rejected the offer", "denied a
      // request to move", "called for a nationwide strike".
      boolean lightVerb = lightVerbs.contains(f) && !(k > from && Words.DETERMINERS.contains(Words.fold(t.get(k - 1))))
          && !(k > from && tags.at(k).equals("NOUN") && tags.at(k - 1).equals("ADJ"));
      if (lightVerb && k + 1 < t.size()) {
        continue; // "offer significant concessions": the concept is the noun, not the light verb ("rejected the offer": a noun)
      }
      Words.Match conceptHere = Words.longestPhrase(t, k, concepts, 3);
      if (conceptHere != null) {
        return unlessTurnedAround(t, k, conceptHere);
      }
      if (f.equals(",") || f.equals(".") || f.equals(";")) {
        return -1;
      }
      if (k > 0 && Words.fold(t.get(k - 1)).equals("to") && VERB_AFTER_MODAL_TAGS.contains(tags.at(k))
          && !t.get(k).capitalized() && hasOwnNoun(Words.lemma(f))) {
        // "refused to close the bridges" is on the closure, as "ruled out closing the bridges" (a
        // verb whatever its tag: "no plans to close/ADJ other bridges").
        return k;
      }
      // (A hyphenated word the tagger calls punctuation, "water-use", goes on with the phrase.)
      boolean lastWord = k + 1 >= t.size() || tags.at(k + 1).equals("ADP") || (tags.at(k + 1).equals("PUNCT")
          && !t.get(k + 1).text().equals("-") && !Character.isLetter(t.get(k + 1).text().charAt(0)));
      if (tags.at(k).equals("ADJ") && lastWord && !SKIP_WORDS.contains(f)) {
        return k; // "ruled out a curfew.": a phrase-final word is the noun whatever its tag says
      }
      if (k == from && f.endsWith("ing") && tags.at(k).equals("ADJ") && hasOwnNoun(Words.lemma(f))) {
        return k; // "ruled out compensating/ADJ customers": the compensation
      }
      if (SKIP_WORDS.contains(f) || lightVerb || tags.at(k).equals("ADJ") || tags.at(k).equals("ADV")
          || comparativeAsParticle(tags, k, f) // "seek tougher/PART penalties"
          || tags.at(k).equals("DET") || tags.at(k).equals("PRON") || tags.at(k).equals("PUNCT")) {
        continue;
      }
      for (int n = k; n < t.size() && n < k + 3 && (n == k || tags.at(n).equals("NOUN")); n++) {
        if (requestNouns.contains(Words.fold(t.get(n))) && n + 2 < t.size() && Words.fold(t.get(n + 1)).equals("for")) {
          return objectAfter(t, tags, n + 2); // "rejected opposition calls for an independent inquiry"
        }
        if (n == k && planForNouns.contains(Words.fold(t.get(n)))
            && n + 2 < t.size() && Words.fold(t.get(n + 1)).equals("for")) {
          // "backed plans for a new sea wall", "opposed a scheme for a third runway"; not "a rescue
          // operation for the time being" (a compound says what it is, a time is no object).
          int planned = objectAfter(t, tags, n + 2);
          if (planned >= 0 && !timeNouns.contains(Words.fold(t.get(planned)))) {
            return planned;
          }
        }
        boolean asksFor = requestNouns.contains(Words.fold(t.get(n))) || planNouns.contains(Words.fold(t.get(n)));
        if (asksFor && n + 2 < t.size() && Words.fold(t.get(n + 1)).equals("to")
            && (tags.at(n + 2).equals("VERB") || tags.at(n + 2).equals("NOUN")) && !t.get(n + 2).capitalized()) {
          return verbConcept(t, tags, n + 2); // "rejected calls to resign", "defended her decision to exclude pupils"
        }
      }
      if (tags.at(k).equals("NOUN") && k + 1 < t.size() && looksAdjectival(f)
          && (tags.at(k + 1).equals("NOUN") || t.get(k + 1).text().indexOf('-') > 0)) {
        continue; // "mandatory water-use restrictions": an adjective the tagger made a noun
      }
      if (tags.at(k).equals("NOUN") && k == from && f.endsWith("ing") && f.length() > 5 && k + 1 < t.size()
          && Words.ARTICLES.contains(Words.fold(t.get(k + 1))) && !hasOwnNoun(Words.lemma(f))
          && !concepts.containsKey(Words.lemma(f))) {
        continue; // a gerund the tagger calls a noun, before its object: "supports building/NOUN a new dam" is on the dam
      }
      if (tags.at(k).equals("NOUN") && timeNouns.contains(f) && k > from && TIME_DEICTICS.contains(Words.fold(t.get(k - 1)))) {
        return -1; // "will play the final next month": a time, no object
      }
      if (tags.at(k).equals("NOUN")) {
        // A compound: a concept of the lexicon in it ("a plea deal"), else its head, the last
        // noun ("a full oil embargo": embargo; "binding arbitration"), unless that says no more
        // than a change, a kind or a state (see notTheHead).
        int last = k;
        while (last + 1 < t.size() && (tags.at(last + 1).equals("NOUN") || tags.at(last + 1).equals("VERB")
            && !t.get(last + 1).capitalized() && Words.longestPhrase(t, last + 1, concepts, 3) != null)) {
          last++; // (a concept the tagger calls a verb ends the compound: "federal disaster aid/VERB")
          Words.Match inCompound = Words.longestPhrase(t, last, concepts, 3);
          if (inCompound != null) {
            return unlessTurnedAround(t, last, inCompound); // ("a fuel duty freeze": the freeze)
          }
        }
        if (f.endsWith("ing") && hasOwnNoun(Words.lemma(f))) {
          return k; // "capping/NOUN rents": the cap, as "banning energy drinks"; "compensating/NOUN customers"
        }
        int head = last;
        while (head > k && notTheHead(Words.fold(t.get(head)))) {
          head--;
        }
        return head;
      }
      boolean gerundMisread = tags.at(k).equals("SCONJ") && !t.get(k).capitalized();
      if ((tags.at(k).equals("VERB") || gerundMisread) && k == from && f.endsWith("ing") && f.length() > 5) {
        // (A gerund the tagger calls a conjunction: "opposed raising/SCONJ the pension age".)
        // A gerund right after the stance verb: a process with a noun of its own is the concept
        // ("supports relocating the village": relocation, as in "supports the relocation of");
        // else its object ("ruled out paying the ransom": ransom), or itself when none follows.
        // (A lexicon concept is one too: "ruled out suspending the guards" is on the suspension.)
        return verbConcept(t, tags, k);
      }
      if (k + 1 < t.size() && tags.at(k + 1).equals("NOUN") && Character.isLetter(t.get(k).text().charAt(0))) {
        continue; // "a plea deal" with "plea" tagged as an interjection: the noun comes next
      }
      if (tags.at(k).equals("VERB") && k > from && f.endsWith("s")
          && (MODIFIER_TAGS.contains(tags.at(k - 1)) || comparativeAsParticle(tags, k - 1, Words.fold(t.get(k - 1))))) {
        return k; // "did not rule out further cuts if ...": a plural after a modifier, tagged as a verb
      }
      if (tags.at(k).equals("VERB")) {
        if (k > 0 && Words.fold(t.get(k - 1)).equals("to") && k + 2 < t.size()
            && VERB_PARTICLES.contains(Words.fold(t.get(k + 1))) && OBJECT_START_TAGS.contains(tags.at(k + 2))) {
          return verbConcept(t, tags, k); // "refused to shoot down the drones": the drones
        }
        if (k > 0 && Words.fold(t.get(k - 1)).equals("to")
            && (k + 1 >= t.size() || VERB_ONLY_NEXT_TAGS.contains(tags.at(k + 1)))) {
          return k; // "pledged to compensate everyone", "to negotiate with": no noun follows, the verb is the concept
        }
        // "plans to expand investment": the verb's own noun comes next; keep looking.
        continue;
      }
      return -1;
    }
    return -1;
  }

  /**
   * The concept at {@code k}, unless a head after it turns it around: "opposed the tax cut" is
   * against the cut, "backed a tariff exemption" for the exemption ({@code
   * lexicon/reversing-heads.txt}); "opposed the tax" is another stance.
   */
  private int unlessTurnedAround(List<Token> t, int k, Words.Match concept) {
    int next = k + concept.length();
    return next < t.size() && Words.in(t.get(next), reversingHeads) ? next : k;
  }

  /**
   * The concept of a verb after a modal: the verb, but for a verb of increase its object ("would not
   * raise taxes" is on the tax, as "ruled out tax increases"; {@code lexicon/increase-words.txt}).
   */
  private int changedObject(List<Token> t, PosTags tags, int verb) {
    if (!increaseWords.contains(Words.fold(t.get(verb)))) {
      return verbConcept(t, tags, verb); // ("would cut taxes" stays a cut: on the tax it would be the opposite stance)
    }
    int object = objectAfter(t, tags, verb + 1);
    return object >= 0 ? object : verb;
  }

  /**
   * The concept of a verb with its object, read the same after a modal, after "calls to" and as a
   * gerund: a verb with a noun of its own is the concept ("would close the bridge", "ruled out
   * closing the bridge": the closure), as is one that turns its object around ("would cut taxes");
   * else its object, past a particle ("would deploy the army", "refused to deploy the army", "ruled
   * out deploying the army": the army; "shooting down the drones", "shooting the drones down"). A
   * verb that removes its object stays the concept ("would scrap the tariffs", removal-verbs.txt).
   */
  private int verbConcept(List<Token> t, PosTags tags, int verb) {
    String lemma = Words.lemma(t.get(verb).text());
    if (hasOwnNoun(lemma) || concepts.containsKey(lemma) || removalVerbs.contains(lemma)
        || Words.in(t.get(verb), reversingHeads) || reversingHeads.contains(lemma)) {
      return verb;
    }
    int next = verb + 1;
    if (next < t.size() && VERB_PARTICLES.contains(Words.fold(t.get(next)))) {
      next++;
    }
    if (next >= t.size() || !OBJECT_START_TAGS.contains(tags.at(next))) {
      return verb;
    }
    int object = objectAfter(t, tags, next);
    return object >= 0 ? object : verb;
  }

  /**
   * Whether the last noun of an object compound leaves the stance to the noun before it: an
   * increase ("tax increases": tax, as "raising taxes"; not "tax cuts", the opposite), a kind of
   * thing ("a rescue operation": rescue,
   * {@code generic-object-heads.txt}), an adjective the tagger made a noun ("making vaccination
   * mandatory"), a time ("backed the deal today").
   */
  private boolean notTheHead(String word) {
    return increaseWords.contains(word) || genericHeads.contains(word) || looksAdjectival(word) || timeNouns.contains(word);
  }

  /** Adjective endings: a word so ending before a noun modifies it ("mandatory", "national", "punitive"). */
  private static boolean looksAdjectival(String word) {
    return word.length() > 5 && (word.endsWith("ory") || word.endsWith("ary") || word.endsWith("ive")
        || word.endsWith("al") || word.endsWith("ous") || word.endsWith("ful") || word.endsWith("less")
        || word.endsWith("wide") // "a citywide referendum", "a nationwide strike"
        || word.endsWith("ic") || word.endsWith("able") || word.endsWith("ible"));
  }

  private String concept(List<Token> t, int k) {
    Words.Match m = Words.longestPhrase(t, k, concepts, 3);
    if (m != null) {
      return m.canonical();
    }
    String lemma = Words.lemma(t.get(k).text());
    return concepts.getOrDefault(lemma, countries.containsKey(lemma) ? "country" : lemma);
  }

  /**
   * The noun of a verb by its regular suffix, so that a stance on a verb and on its noun are one
   * ({@code pledged to compensate} and {@code ruled out compensation}; {@code privatize},
   * {@code privatization}); other words unchanged.
   */
  static String nominalized(String word) {
    String irregular = NOUNS_OF_VERBS.get(word);
    if (irregular != null) {
      return irregular; // "exclude": "exclusion"
    }
    // Longer than six letters: "debate", "update" are nouns as they stand.
    if (word.length() <= 6) {
      return word;
    }
    if (word.endsWith("ate") && !word.endsWith("date")) { // not "mandate", "validate"
      return word.substring(0, word.length() - 1) + "ion";
    }
    if (word.endsWith("ize") || BRITISH_IZE.matcher(word).find()) {
      return word.substring(0, word.length() - 2) + "zation"; // "privatise" and "privatize" are one
    }
    if (word.endsWith("ify")) {
      return word.substring(0, word.length() - 1) + "ication";
    }
    return word;
  }

  /** Whether a verb has a noun of its own, by suffix or in the lexicon ("refund" is one). */
  static boolean hasOwnNoun(String lemma) {
    return NOUNS_OF_VERBS.containsKey(lemma) || !nominalized(lemma).equals(lemma);
  }

  private int conceptLength(List<Token> t, int k) {
    Words.Match m = Words.longestPhrase(t, k, concepts, 3);
    return m == null ? 1 : m.length();
  }

  /**
   * A past form right after a name or a date, which the tagger sometimes calls an adjective:
   * "Rowan Halloran on Sunday rejected calls for ..." ("rejected/ADJ"). Not after a determiner
   * ("the rejected bid").
   */
  private static boolean pastAfterName(List<Token> t, PosTags tags, int i) {
    return i > 0 && Words.fold(t.get(i)).endsWith("ed") && tags.at(i).equals("ADJ") && tags.at(i - 1).equals("PROPN")
        && t.get(i - 1).capitalized();
  }

  /**
   * A present form right after a name, which the tagger sometimes calls a noun: "Minister Celestine
   * Ndoro backs/NOUN tougher penalties". Not a capitalized word ("Ndoro Supports", a name).
   */
  private static boolean presentAfterName(List<Token> t, PosTags tags, int i) {
    String f = Words.fold(t.get(i));
    return i > 0 && f.endsWith("s") && !f.endsWith("ss") && tags.at(i).equals("NOUN") && !t.get(i).capitalized()
        && tags.at(i - 1).equals("PROPN") && t.get(i - 1).capitalized();
  }

  /**
   * A stance word right after a modal, or a modal and its negation or an adverb, is a verb whatever
   * its tag: "said he would back/ADV a second vote", "will not support/NOUN", "would also seek".
   */
  private static boolean afterModal(List<Token> t, PosTags tags, int i) {
    int k = i - 1;
    while (k >= 0 && i - k <= 2 && (Words.fold(t.get(k)).equals("not") || tags.at(k).equals("ADV"))) {
      k--;
    }
    return k >= 0 && MODALS.contains(Words.fold(t.get(k)));
  }

  /**
   * A comparative the tagger calls a particle before the object's noun: "seek tougher/PART
   * penalties", "wants stricter/PART rules". (A particle proper, "to" or "not", is no modifier.)
   */
  private static boolean comparativeAsParticle(PosTags tags, int k, String word) {
    return tags.at(k).equals("PART") && word.length() > 4 && word.endsWith("er");
  }

  /** "plans to", "ruled out", "lobbied for": a stance word used as a verb whatever its tag. */
  private static boolean verbLike(List<Token> t, int next) {
    if (next >= t.size()) {
      return false;
    }
    String f = Words.fold(t.get(next));
    return f.equals("to") || f.equals("for") || f.equals("against");
  }

  private int stanceAt(List<Token> t, int i) {
    for (int n = 2; n >= 1; n--) {
      if (i + n <= t.size() && stanceVerbs.containsKey(phrase(t, i, n))) {
        return n;
      }
    }
    return 0;
  }

  private static String phrase(List<Token> t, int i, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      if (k > i) {
        b.append(' ');
      }
      b.append(Words.fold(t.get(k)));
    }
    return b.toString();
  }

  private boolean negatedBefore(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (Words.in(t.get(k), negations)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "will" or "would" in reported speech whose subject is a pronoun for the speaker: {@code Orvenza
   * said it would appeal}, {@code she said she will resign}. Any other subject makes it a forecast
   * or someone else's plan ({@code analysts said prices would rise}, {@code Klopp said Salah would
   * miss the match}, {@code an analyst said the bank would cut rates}); a condition ({@code would
   * resign if the party lost}) makes it none.
   */
  private boolean isReportedCommitment(DocumentContext doc, int index, int i) {
    List<Token> t = doc.sentences().get(index).tokens();
    String f = Words.fold(t.get(i));
    if (!f.equals("will") && !f.equals("would") || i < 2 || i + 1 >= t.size() || Words.in(t.get(i + 1), negations)) {
      return false;
    }
    String pronoun = Words.fold(t.get(i - 1));
    // "Linwood said the company would compensate customers": its spokesman's commitment.
    boolean company = i >= 3 && Words.fold(t.get(i - 2)).equals("the") && companyNouns.contains(pronoun);
    if (!SUBJECT_PRONOUNS.contains(pronoun) && !company) {
      return false;
    }
    int before = company ? i - 3 : i - 2;
    if (Words.fold(t.get(before)).equals("that")) {
      // "said in a statement that she would appeal", "told reporters on Monday that it would"
      int verb = before - 1;
      while (verb >= 0 && before - verb <= 5 && !speechVerbs.contains(Words.fold(t.get(verb)))
          && Character.isLetterOrDigit(t.get(verb).text().charAt(0))) {
        verb--;
      }
      before = verb;
    } else if (before >= 1 && !speechVerbs.contains(Words.fold(t.get(before)))) {
      // "told Radio Brennmoor he will", "told reporters she would": past the one told
      int verb = before;
      while (verb > 0 && before - verb < 3 && Character.isLetter(t.get(verb).text().charAt(0))
          && !speechVerbs.contains(Words.fold(t.get(verb)))) {
        verb--;
      }
      if (Words.fold(t.get(verb)).equals("told") || Words.fold(t.get(verb)).equals("tells")) {
        before = verb;
      }
    }
    if (before < 0 || !speechVerbs.contains(Words.fold(t.get(before)))) {
      return false;
    }
    // The pronoun is the speaker: "it"/"they" an organization that said it ("Orvenza said it
    // would"), a personal pronoun the person who said it ("Smith said he would"); not "Smith said
    // they would", "she said it would rain".
    boolean organizationPronoun = pronoun.equals("it") || pronoun.equals("they");
    if (company) {
      if (!speaksForCompany(doc, doc.sentences().get(index), before)) {
        return false; // (the holder is the person who speaks for the company)
      }
    } else if (organizationPronoun) {
      // A name right before the speech verb ("Qantor Air said it"), not a titled person's ("Mayor
      // Jo Park said it would rain").
      if (before < 1 || speakingOrganization(doc, t, before).isEmpty()) {
        return false;
      }
      for (PersonMention p : doc.sentences().get(index).persons()) {
        if (p.endToken() <= before && p.endToken() >= before - 2 && !p.role().isEmpty()) {
          return false;
        }
      }
    } else {
      String person = doc.sentences().get(index).nearestPersonBefore(before);
      if (!person.isEmpty() && !person.equals(doc.resolvePerson(index, i - 1))) {
        return false;
      }
    }
    for (int k = i + 1; k < t.size(); k++) {
      String w = Words.fold(t.get(k));
      if (w.equals("if") || w.equals("unless")) {
        return false;
      }
      if (w.equals(";") || w.equals(".")) {
        break;
      }
    }
    return true;
  }

  /**
   * Whether the person nearest before the speech verb at {@code before} holds a role that speaks
   * for a company ({@code company-voices.txt}): a title before the name anywhere in the document
   * ("Chief executive Yorick Linwood"), or an appositive between the name and the verb ("Yorick
   * Linwood, 58, chief executive of Tressel Valley Power, said").
   */
  private boolean speaksForCompany(DocumentContext doc, SentenceInfo s, int before) {
    String name = s.nearestPersonBefore(before);
    if (name.isEmpty() && before > 0 && SUBJECT_PRONOUNS.contains(Words.fold(s.tokens().get(before - 1)))) {
      name = doc.resolvePerson(doc.sentences().indexOf(s), before - 1); // "she said the company will"
    }
    if (name.isEmpty()) {
      return false;
    }
    for (PersonMention p : s.persons()) {
      if (p.name().equals(name) && p.endToken() <= before) {
        StringBuilder between = new StringBuilder(" ");
        for (int k = p.endToken(); k < before; k++) {
          between.append(Words.fold(s.tokens().get(k))).append(' ');
        }
        if (speaksForCompany(between.toString())) {
          return true;
        }
      }
    }
    return rolesOf(doc, name).stream().anyMatch(role -> speaksForCompany(" " + role + " "));
  }

  /** The roles the document gives {@code name} anywhere. */
  private static List<String> rolesOf(DocumentContext doc, String name) {
    List<String> roles = new java.util.ArrayList<>();
    for (SentenceInfo other : doc.sentences()) {
      for (PersonMention p : other.persons()) {
        if (p.name().equals(name) && !p.role().isEmpty()) {
          roles.add(p.role());
        }
      }
    }
    return roles;
  }

  /** Whether {@code words} (folded, space-padded) hold a role of {@code company-voices.txt}. */
  private boolean speaksForCompany(String words) {
    for (String voice : companyVoices) {
      if (words.contains(" " + voice + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "won't", "will not", "would not", "refuses to" style intentions. Plain past or present
   * negation ("did not look", "does not say") reports what happened, not a position.
   */
  private boolean isNegatedModal(List<Token> t, int i) {
    String f = Words.fold(t.get(i));
    if (f.endsWith("n't")) {
      return VOLITIONAL.contains(f);
    }
    return VOLITIONAL.contains(f) && i + 1 < t.size() && Words.fold(t.get(i + 1)).equals("not");
  }
}
