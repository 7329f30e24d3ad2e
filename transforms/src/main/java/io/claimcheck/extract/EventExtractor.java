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
import java.util.TreeSet;

/**
 * Events with their time. Four shapes:
 * <ul>
 *   <li>a person does something ({@code attend}, {@code visit}, {@code travel}; {@code meet} with
 *       another named person): keyed by the people, valued by the date when one is given;
 *   <li>something is done to a named person ({@code arrested}, {@code charged}): keyed by that person;
 *   <li>a scheduled event or an incident named by a noun ({@code talks}, {@code trial},
 *       {@code attack}, {@code march}) with a date of its own: keyed by the event (an end phase, a
 *       numbered series), valued by the date;
 *   <li>a court appearance ({@code will appear at X Court on Thursday}): a hearing.
 * </ul>
 * A negation before the verb ({@code will not attend}) makes the claim negative.
 */
final class EventExtractor {

  // How far a date may stand from the event noun it dates.
  private static final int DATE_WINDOW = 8;
  // Words before "to be" + an event done to someone whose subject is theirs: "is due to be charged".
  private static final Set<String> CONTROL_WORDS = Set.of("scheduled", "due", "set", "expected", "likely", "slated", "going");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
  private static final Set<String> OF_WORDS = Set.of("of", "for");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "not", "never", "also");
  // Words an appositive between a name and its verb may have: "Okafor, a 24-year-old welder, was".
  private static final int APPOSITIVE_WINDOW = 8;
  // What a noun phrase is made of, walking back from its head to what governs it.
  // Nouns after an event noun that keep it the event: "the trial date is set for May 3".
  private static final Set<String> DATE_NOUNS = Set.of("date", "day", "dates", "days");
  private static final Set<String> UNTIL = Set.of("until", "till", "through");
  private static final Set<String> FUNCTION_WORDS = Set.of("for", "on", "in", "at", "of", "to", "by", "from", "with", "as", "and", "or");
  // What a noun phrase is made of, walking back from its head to what governs it.
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART");
  // Words before an event noun that make it an earlier one than the story's: "a similar blast".
  private static final Set<String> BACKGROUND_MODIFIERS = Set.of("previous", "earlier", "prior", "similar", "past", "last", "former");
  /** Words before a date at the start of a sentence that make it the start of what follows. */
  private static final Set<String> STARTS = Set.of("starting", "beginning", "from", "effective");
  // Words that open a clause about the noun before the comma: "an inquiry, due to report by ...".
  private static final Set<String> CLAUSE_ABOUT_NOUN = Set.of("which", "due", "expected");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "that", "but", "while", "although");

  private final Map<String, String> eventVerbs = Lexicon.synonyms("event-verbs");
  private final Map<String, String> eventNouns = Lexicon.synonyms("event-nouns");
  private final Map<String, String> patientVerbs = Lexicon.synonyms("patient-event-verbs");
  private final Map<String, String> phases = Lexicon.synonyms("event-phases");
  private final Map<String, String> durations = Lexicon.synonyms("durative-verbs");
  private final Set<String> appearanceVerbs = Lexicon.words("court-appearance-verbs");
  private final Set<String> incidents = Lexicon.words("incident-events");
  private final Set<String> responseVerbs = Lexicon.words("incident-response-verbs");
  private final Set<String> timingVerbs = Lexicon.words("event-timing-verbs");
  private final Map<String, String> nounBlockers = Lexicon.synonyms("event-noun-blockers");
  private final Set<String> courtWords = Lexicon.words("court-words");
  private final Set<String> ordinals = Lexicon.words("ordinal_words");
  // Events of a series an ordinal tells apart ("second reading", "first round"); of others, "a
  // second march" is the next one, which other outlets call "a new march".
  private final Set<String> seriesEvents = Lexicon.words("series-events");
  // Weekdays and months are capitalized too: "who was arrested in March, X, was ..." names no March.
  private final Map<String, String> calendar = calendar();
  private final Set<String> negations = Lexicon.words("negations");
  private final Set<String> refusals = Lexicon.words("refusal-verbs");
  private final Set<String> latestEvents = Lexicon.words("latest-events");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");

  void extract(DocumentContext doc, ClaimSink sink) {
    List<SentenceInfo> sentences = doc.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      SentenceInfo s = sentences.get(index);
      List<Token> t = s.tokens();
      List<DateMention> found = resolved(doc.dates(index), doc.published());
      String passiveSubject = "";
      for (int i = 0; i < t.size(); i++) {
        Words.Match done = Words.longestPhrase(t, i, patientVerbs, 3);
        if (done != null && done.length() == 1 && Words.fold(t.get(i)).equals(done.canonical())) {
          possessiveEvent(doc, index, i, done, found, sink); // "his arraignment is set for March 19"
          continue;
        }
        if (done != null) {
          String patient = patientEvent(doc, index, i, done, passiveSubject, found, sink);
          if (!patient.isEmpty()) {
            passiveSubject = patient;
            i += done.length() - 1;
            continue;
          }
        }
        Words.Match verb = Words.longestPhrase(t, i, eventVerbs, 3);
        if (verb != null && personEvent(doc, index, i, verb, found, sink)) {
          i += verb.length() - 1;
          continue;
        }
        int court = courtAfterAppearance(t, i);
        if (court > 0) {
          // "will appear at Kessington Magistrates' Court on Thursday": a hearing.
          DateMention date = attachedDate(t, i, court + 1, found);
          // "first appeared in court in 2019", "on March 3, 2019" (in a 2026 article) are history.
          if (date != null && !yearOnly(date) && !beforePublicationYear(date, doc.published())) {
            sink.add(ClaimKind.EVENT, "event.hearing", "hearing", "date", Map.of(), date.value(), polarity(t, i),
                s.sentence(), Math.min(t.get(i).start(), date.start()), Math.max(t.get(court).end(), date.end()), 0.7);
          }
          i = court;
          continue;
        }
        Words.Match noun = Words.longestPhrase(t, i, eventNouns, 3);
        if (noun != null) {
          nounEvent(doc, index, i, noun, found, sink);
          i += noun.length() - 1;
        }
      }
    }
  }

  /**
   * A scheduled event ({@code talks}, {@code trial}, {@code reading}) or an incident ({@code attack},
   * {@code explosion}) named by a noun, with the date that is its own: right after it with only
   * words of timing between ("the attack began early on Sunday", "is scheduled for Dec. 18", "would
   * end on Sunday"), or right before it ("Tuesday's explosion", "met on Friday for talks"). A date
   * of another verb ("the attack was condemned on Monday", "gathered on Sunday at the scene of the
   * shooting") is not the event's; nor is one after an incident named as a landmark ("visited the
   * site of the attack on Tuesday", "arrested in connection with the stabbing").
   */
  private void nounEvent(DocumentContext doc, int index, int i, Words.Match noun, List<DateMention> found, ClaimSink sink) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    int end = i + noun.length();
    if (isCalendarName(t.get(i)) || blocked(t, i)) {
      return;
    }
    DateMention date = attachedDate(t, i, end, found);
    if (date == null || beforePublicationYear(date, doc.published())) {
      return;
    }
    PosTags tags = doc.tags(index);
    if (background(t, tags, i)) {
      return;
    }
    boolean incident = incidents.contains(noun.canonical());
    if (incident && yearOnly(date)) {
      return; // "a 2015 bombing": an earlier one
    }
    if (noun.length() == 1 && usedAsVerb(t, tags, i)) {
      return; // "she was reading the statement on Monday"
    }
    if (date.startToken() >= end) {
      if (modifiesNextNoun(t, tags, end)) {
        return; // "the shooting suspect will appear on Thursday", "a ceasefire proposal on Monday"
      }
      if (!onlyTimingWordsBetween(t, tags, end, date.startToken())
          || incident && governingPreposition(t, tags, i).filter(p -> !p.equals("in")).isPresent()
          || incident && objectOfOtherVerb(t, tags, i)) {
        return;
      }
    } else if (!closeBefore(t, tags, date.endToken(), i) && (incident || !openingStart(t, tags, date, i))) {
      return;
    }
    Map<String, String> qualifiers = new java.util.HashMap<>();
    if (endsThere(t, i, end, date)) {
      qualifiers.put("phase", "end");
    }
    String ordinal = seriesEvents.contains(noun.canonical()) ? ordinalBefore(t, i) : "";
    if (!ordinal.isEmpty()) {
      qualifiers.put("ordinal", ordinal);
    }
    sink.add(ClaimKind.EVENT, "event." + noun.canonical(), noun.canonical(), "date", qualifiers,
        date.value(), polarity(t, i), s.sentence(), Math.min(t.get(i).start(), date.start()),
        Math.max(t.get(end - 1).end(), date.end()), 0.75);
  }

  /**
   * Whether every verb between an event noun and its date says when it happens ("began", "is
   * scheduled for", "took place", "would end": {@code lexicon/event-timing-verbs.txt} and the end
   * words), not what was done about it ("was condemned", "was reported", "was banned").
   */
  private boolean onlyTimingWordsBetween(List<Token> t, PosTags tags, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tags.at(k);
      if (!tag.equals("VERB") && !tag.equals("AUX")) {
        continue;
      }
      String f = Words.fold(t.get(k));
      if (!timingVerbs.contains(f) && !timingVerbs.contains(Words.lemma(t.get(k).text()))
          && Words.longestPhrase(t, k, phases, 2) == null && Words.longestPhrase(t, k, durations, 2) == null) {
        return false;
      }
    }
    return true;
  }

  /** The preposition that governs the noun phrase of the noun at {@code i} ("site of the attack"), if any. */
  private static java.util.Optional<String> governingPreposition(List<Token> t, PosTags tags, int i) {
    int k = i - 1;
    // "next" is tagged as in "next to": in "the committee's next meeting" it is a modifier.
    while (k >= 0 && (NOUN_PHRASE_TAGS.contains(firstTag(tags.at(k))) || Words.fold(t.get(k)).equals("next"))) {
      k--;
    }
    return k >= 0 && tags.at(k).equals("ADP") ? java.util.Optional.of(Words.fold(t.get(k))) : java.util.Optional.empty();
  }

  /**
   * Whether the incident noun at {@code i} is the object of a verb of response to it ({@code
   * lexicon/incident-response-verbs.txt}): a date after it is that verb's ("crews contained the
   * blaze on Friday", "condemned the attack on Monday"), not the incident's; not "survived the crash
   * on Sunday", "lightning sparked the fire on Tuesday".
   */
  private boolean objectOfOtherVerb(List<Token> t, PosTags tags, int i) {
    if (!tags.at(i).equals("NOUN")) {
      return false; // "the carrier that pirates hijacked on Monday": the event's own verb
    }
    int k = i - 1;
    while (k >= 0 && NOUN_PHRASE_TAGS.contains(firstTag(tags.at(k))) && !possessed(t, k)) {
      k--;
    }
    return k >= 0 && responseVerbs.contains(Words.lemma(t.get(k).text()));
  }

  /** The tag of a contraction's first part: "week's" is NOUN+PART. */
  private static String firstTag(String tag) {
    int plus = tag.indexOf('+');
    return plus < 0 ? tag : tag.substring(0, plus);
  }

  /**
   * Whether a date ending at {@code dateEnd} stands right before the noun at {@code noun}: adjacent
   * ("the Jan. 6 attack"), possessive with modifiers ("Sunday's deadly attack"), or through "for"
   * or "of" ("met on Friday for talks"); at most three words, no verb.
   */
  private static boolean closeBefore(List<Token> t, PosTags tags, int dateEnd, int noun) {
    if (noun - dateEnd > 3) {
      return false;
    }
    for (int k = dateEnd; k < noun; k++) {
      String f = Words.fold(t.get(k));
      // "by Wednesday, Nov. 26, the deadline set by law": a comma before the noun's determiner names the date.
      boolean apposition = k == dateEnd && k + 1 < noun && commaBeforeThe(t, k);
      if (!possessed(t, k) && !f.equals("for") && !f.equals("of") && !Words.DETERMINERS.contains(f) && !tags.at(k).equals("ADJ")
          && !apposition) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the date opens the sentence as the start of what its clause tells: "Starting Tuesday,
   * June 3, the city's utility will ration supplies", "From Monday, the rollout reaches ...". The
   * event is the clause's subject or its first verb: no verb stands between the comma and it ("From
   * Monday, the inquiry will hear evidence about the explosion" does not date the explosion). (The
   * date is only taken when "the" follows its comma, see {@link #attachedDate}; an incident is
   * never dated so.)
   */
  private static boolean openingStart(List<Token> t, PosTags tags, DateMention date, int noun) {
    if (date.startToken() != 1 || !STARTS.contains(Words.fold(t.get(0))) || date.endToken() >= noun
        || !t.get(date.endToken()).text().equals(",")) {
      return false;
    }
    for (int k = date.endToken() + 1; k < noun; k++) {
      if (tags.at(k).equals("VERB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the event word is a verb of another sense here: a progressive after a form of "be"
   * ("was reading the statement"). Not by its tag alone: the tagger makes a capitalized first word
   * a verb ("Talks/VERB are set to resume"); and a verb of the event names it as well as its noun
   * ("is scheduled to vote on the bill on Tuesday", "will march on Saturday").
   */
  private static boolean usedAsVerb(List<Token> t, PosTags tags, int i) {
    return i > 0 && tags.at(i).equals("VERB") && Words.fold(t.get(i)).endsWith("ing")
        && Words.BE_FORMS.contains(Words.fold(t.get(i - 1)));
  }

  /** Whether the word after an event noun is the noun it modifies ("shooting suspect", "riot police"). */
  private boolean modifiesNextNoun(List<Token> t, PosTags tags, int next) {
    if (next >= t.size() || !tags.at(next).equals("NOUN")) {
      return false;
    }
    String f = Words.fold(t.get(next));
    if (timingVerbs.contains(f) && !Words.lemma(f).equals(f)) {
      return false; // "the avalanche struck/NOUN on Monday": a past form of a timing verb is the verb
    }
    if (timingVerbs.contains(f) && next + 1 < t.size()
        && (Words.fold(t.get(next + 1)).equals("to") || Words.fold(t.get(next + 1)).equals("for"))) {
      return false; // "a three-day strike set/NOUN to start on Monday"
    }
    // The tagger makes a preposition a noun now and then ("march for/NOUN next Saturday"), and a
    // capitalized word is a name or the date itself ("will hold talks Wednesday").
    return Character.isLetter(f.charAt(0)) && !t.get(next).capitalized() && !DATE_NOUNS.contains(f)
        && !FUNCTION_WORDS.contains(f);
  }

  /** Whether the noun at {@code i} is part of a phrase that names no event ("heart attack", "won a landslide"). */
  private boolean blocked(List<Token> t, int i) {
    for (int k = Math.max(0, i - 2); k <= i; k++) {
      Words.Match m = Words.longestPhrase(t, k, nounBlockers, 3);
      if (m != null && k + m.length() > i) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyPunctuation(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(t.get(k).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean yearOnly(DateMention date) {
    String text = date.value().text();
    return text.length() == 4 && Character.isDigit(text.charAt(0));
  }

  /**
   * The court word that an appearance verb at {@code i} leads to within its clause ("appear at
   * Kessington Magistrates' Court", "appeared before a judge", "due in court"), or -1.
   */
  private int courtAfterAppearance(List<Token> t, int i) {
    if (!appearanceVerbs.contains(Words.fold(t.get(i))) || i + 2 >= t.size()) {
      return -1;
    }
    String preposition = Words.fold(t.get(i + 1));
    if (!preposition.equals("at") && !preposition.equals("before") && !preposition.equals("in")) {
      return -1;
    }
    for (int k = i + 2; k < t.size() && k <= i + 7; k++) {
      String f = Words.fold(t.get(k));
      if (courtWords.contains(f)) {
        return k;
      }
      if (CLAUSE_BREAKS.contains(f) && !f.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** "March" or "May" written as a month: a capitalized calendar word is no event noun. */
  private boolean isCalendarName(Token token) {
    return token.capitalized() && calendar.containsKey(Words.fold(token));
  }

  /**
   * Whether the event noun at {@code i} names an earlier occurrence, background to the story: "a
   * previous attack", "a similar blast", "the last election" (the story's own event is "the attack").
   */
  private boolean background(List<Token> t, PosTags tags, int i) {
    if (i >= 1 && Words.fold(t.get(i - 1)).equals("last") && Words.in(t.get(i), latestEvents)) {
      return false; // "was last inspected on March 4": the latest, the story's
    }
    if (i >= 1 && BACKGROUND_MODIFIERS.contains(Words.fold(t.get(i - 1)))) {
      return true;
    }
    // One adjective between: "a similar deadly blast", "an earlier failed march"; not "said
    // earlier the attack began".
    return i >= 2 && !Words.fold(t.get(i - 2)).equals("last") && BACKGROUND_MODIFIERS.contains(Words.fold(t.get(i - 2)))
        && tags.at(i - 1).equals("ADJ");
  }

  /**
   * A date in a year before the article's ("an explosion at the same plant in 2019"): an earlier
   * event of the same kind, not the story's. Unknown without a publication date.
   */
  private static boolean beforePublicationYear(DateMention date, java.time.LocalDate published) {
    String text = date.value().text();
    if (published == null || text.length() < 4 || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    try {
      return Integer.parseInt(text.substring(0, 4)) < published.getYear();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether the date is the event's end: an end word between the noun and a date after it ("the
   * search would end on Sunday", "talks continue until Friday"), or right before the noun's phrase
   * ("called off the strike on Friday").
   */
  private boolean endsThere(List<Token> t, int from, int to, DateMention date) {
    if (date.startToken() >= to && date.startToken() > 0 && UNTIL.contains(Words.fold(t.get(date.startToken() - 1)))) {
      // "remains in force until Oct. 26", "runs until Friday": its end; "adjourned until Thursday"
      // is when it resumes.
      for (int k = to; k < date.startToken() - 1; k++) {
        if (Words.longestPhrase(t, k, durations, 2) != null) {
          return true;
        }
      }
    }
    // Between the noun and a date after it, or between a date before it and the noun; and up to
    // three words before the noun ("called off the strike").
    boolean after = date.startToken() >= to;
    int lo = after ? to : date.endToken();
    int hi = after ? date.startToken() : from;
    for (int k = lo; k < hi; k++) {
      if (Words.longestPhrase(t, k, phases, 2) != null) {
        return true;
      }
    }
    for (int k = Math.max(0, from - 3); after && k < from; k++) {
      if (Words.longestPhrase(t, k, phases, 2) != null) {
        return true;
      }
    }
    return false;
  }

  /** The ordinal right before an event noun ("second reading", "third and final reading"), or "". */
  private String ordinalBefore(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 2 && Words.fold(t.get(k)).equals("final") && Words.fold(t.get(k - 1)).equals("and")) {
      k -= 2;
    }
    return k >= 0 && ordinals.contains(Words.fold(t.get(k))) ? Words.fold(t.get(k)) : "";
  }

  /** A person's event; false when it has no person, so the word may still be an event noun. */
  private boolean personEvent(DocumentContext doc, int index, int i, Words.Match verb, List<DateMention> found, ClaimSink sink) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    int end = i + verb.length();
    String actor = doc.subjectPerson(index, i);
    if (actor.isEmpty()) {
      return false;
    }
    if (i >= 2 && Words.in(t.get(i - 2), refusals) && Words.fold(t.get(i - 1)).equals("to")) {
      return true; // "has refused to concede": no event, a stance (StanceExtractor)
    }
    DateMention date = attachedDate(t, i, end, found);
    ClaimValue value = date != null ? date.value() : ClaimValue.stated(verb.canonical() + "s");
    int start = t.get(i).start();
    int stop = t.get(end - 1).end();
    if (date != null) {
      start = Math.min(start, date.start());
      stop = Math.max(stop, date.end());
    }
    Polarity polarity = polarity(t, i);
    if (verb.canonical().equals("meet")) {
      // A meeting is between people: key it by both, whoever is the grammatical subject.
      boolean any = false;
      for (PersonMention other : s.persons()) {
        if (other.startToken() >= end && other.startToken() <= end + 10 && !other.name().equals(actor)) {
          TreeSet<String> pair = new TreeSet<>(List.of(actor, other.name()));
          sink.add(ClaimKind.EVENT, "event.meet", String.join(" & ", pair), "meet",
              Map.of("persons", String.join(" & ", pair)), value, polarity, s.sentence(), start,
              Math.max(stop, t.get(other.endToken() - 1).end()), 0.75);
          any = true;
        }
      }
      return any;
    }
    sink.add(ClaimKind.EVENT, "event." + verb.canonical(), actor, verb.canonical(), Map.of("actor", actor),
        value, polarity, s.sentence(), start, stop, 0.8);
    return true;
  }

  /**
   * An event that happens to a person ({@code arrest}, {@code charge}, {@code killing}), keyed by
   * that person: the subject of a passive ({@code Okafor was arrested}, {@code he has been
   * charged}, also {@code ... and charged} after an earlier passive of the sentence) or the object
   * of an active verb ({@code police arrested Daniel Okafor}). Returns the person, or "" when
   * there is none (a participle that names nobody, {@code a man was arrested}, gives no claim).
   */
  private String patientEvent(DocumentContext doc, int index, int i, Words.Match verb, String passiveSubject,
      List<DateMention> found, ClaimSink sink) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    int end = i + verb.length();
    String person = "";
    int before = i - 1;
    while (before >= 0 && (Words.fold(t.get(before)).endsWith("ly") || Words.in(t.get(before), negations))) {
      before--; // "was later charged", "was not charged"
    }
    String previous = before >= 0 ? Words.fold(t.get(before)) : "";
    if (Words.BE_FORMS.contains(previous)) {
      person = passiveSubject(doc, index, before);
    } else if (!passiveSubject.isEmpty() && (previous.equals("and") || previous.equals(","))) {
      person = passiveSubject; // "was arrested on Saturday and charged with murder"
    }
    int after = end; // where a date after the event may start
    if (person.isEmpty()) {
      int object = ageEnd(t, end); // "charged 45-year-old Mark Evans"
      for (PersonMention p : s.persons()) {
        if (p.startToken() == object && !possessed(t, p.endToken())) {
          person = p.name(); // "police arrested Daniel Okafor", not "arrested Mark Evans' son"
          after = appositiveEnd(t, p.endToken());
          break;
        }
      }
      if (person.isEmpty()) {
        // A proper name the finder had no cue for, as the object ("police arrested Daniel Okafor on
        // Saturday"): taken as a name, like a passive's subject.
        // (By capitals alone: the tagger makes unknown names anything, "Okafor/ADP".)
        int stop = object;
        while (stop < t.size() && stop - object < 3 && t.get(stop).capitalized()
            && Character.isLetter(t.get(stop).text().charAt(0)) && !calendar.containsKey(Words.fold(t.get(stop)))) {
          stop++;
        }
        boolean possessive = stop > object && Words.endsPossessive(t.get(stop - 1)) || possessed(t, stop);
        // Not a modifier of a noun after it: "arrested New York residents".
        boolean modifier = stop < t.size() && !t.get(stop).capitalized() && doc.tags(index).at(stop).equals("NOUN");
        if (stop - object >= 2 && !possessive && !modifier) {
          person = PersonFinder.normalize(t.subList(object, stop));
          after = appositiveEnd(t, stop);
        }
      }
    }
    if (person.isEmpty()) {
      return "";
    }
    // Only a date after it and before the next such event: "was arrested on Saturday and charged"
    // does not date the charge, "arrested in Texas and extradited on Monday" not the arrest.
    final int from = after;
    int next = t.size();
    for (int k = end; k < t.size(); k++) {
      if (Words.longestPhrase(t, k, patientVerbs, 3) != null) {
        next = k;
        break;
      }
    }
    final int to = next;
    DateMention date = attachedDate(t, i, after,
        found.stream().filter(d -> d.startToken() >= from && d.endToken() <= to).toList());
    ClaimValue value = date != null ? date.value() : ClaimValue.stated(verb.canonical());
    int start = t.get(i).start();
    int stop = t.get(end - 1).end();
    if (date != null) {
      start = Math.min(start, date.start());
      stop = Math.max(stop, date.end());
    }
    sink.add(ClaimKind.EVENT, "event." + verb.canonical(), person, verb.canonical(), Map.of("person", person),
        value, polarity(t, i), s.sentence(), start, stop, 0.75);
    return person;
  }

  private static Map<String, String> calendar() {
    Map<String, String> all = new java.util.HashMap<>(Lexicon.table("weekdays"));
    all.putAll(Lexicon.table("months"));
    return Map.copyOf(all);
  }

  /**
   * The noun of an event done to a person after a possessive ({@code his arraignment is set for
   * Thursday}, {@code Okafor's arrest on Saturday}), dated by a date after it; without a
   * possessive the noun names no one ({@code resisted arrest}) and gives nothing.
   */
  private void possessiveEvent(DocumentContext doc, int index, int i, Words.Match noun, List<DateMention> found,
      ClaimSink sink) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    if (i == 0) {
      return;
    }
    String person = "";
    String before = Words.fold(t.get(i - 1));
    if (POSSESSIVE_PRONOUNS.contains(before)) {
      person = doc.resolvePerson(index, i - 1);
    } else if (before.endsWith("'s") || before.endsWith("\u2019s")) {
      for (PersonMention p : s.persons()) {
        if (p.endToken() == i) {
          person = p.name(); // the possessive is part of the name's last token: "Okafor's"
        }
      }
    }
    if (person.isEmpty()) {
      return;
    }
    DateMention date = attachedDate(t, i, i + 1, found.stream().filter(d -> d.startToken() > i).toList());
    if (date == null) {
      return; // "his arrest" without a date says nothing a report could contradict or leave out
    }
    sink.add(ClaimKind.EVENT, "event." + noun.canonical(), person, noun.canonical(), Map.of("person", person),
        date.value(), polarity(t, i), s.sentence(), t.get(i).start(), date.end(), 0.7);
  }

  /** Past an age before a name ({@code 45-year-old}, {@code 45 - year-old}), or {@code from}. */
  private static int ageEnd(List<Token> t, int from) {
    Words.Age age = Words.ageAt(t, from);
    return age == null ? from : from + age.length();
  }


  /** Whether a name ending at {@code end} is a possessor ("Mark Evans' son", "Okafor's brother"). */
  private static boolean possessed(List<Token> t, int end) {
    if (end >= t.size()) {
      return false;
    }
    return Words.isPossessiveMarker(t.get(end));
  }

  /** Past an appositive right after a name ({@code Daniel Okafor, 24,}), or {@code from}. */
  private static int appositiveEnd(List<Token> t, int from) {
    if (from >= t.size() || !Words.fold(t.get(from)).equals(",")) {
      return from;
    }
    for (int k = from + 1; k < t.size() && k - from <= APPOSITIVE_WINDOW; k++) {
      if (Words.fold(t.get(k)).equals(",")) {
        return k + 1;
      }
    }
    return from;
  }

  /**
   * The person a passive's form of "be" (at {@code be}) is said of: a pronoun or a name right
   * before it, past auxiliaries ({@code has been}), an appositive ({@code Okafor, 24, was}) or a
   * relative {@code who}; else "" ({@code Smith said a second man was arrested} names no one).
   */
  private String passiveSubject(DocumentContext doc, int index, int be) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    int k = be - 1;
    if (k >= 1 && Words.fold(t.get(k)).equals("to") && CONTROL_WORDS.contains(Words.fold(t.get(k - 1)))) {
      k -= 2; // "Ruskin is scheduled to be arraigned": the subject of "is scheduled"
      while (k >= 0 && Words.BE_FORMS.contains(Words.fold(t.get(k)))) {
        k--;
      }
    }
    while (k >= 0 && (AUXILIARIES.contains(Words.fold(t.get(k))) || Words.fold(t.get(k)).endsWith("ly"))) {
      k--;
    }
    if (k < 0) {
      return "";
    }
    if (DocumentContext.isPersonPronoun(t.get(k))) {
      return doc.resolvePerson(index, k);
    }
    if (Words.fold(t.get(k)).equals("who") && k > 0 && Words.fold(t.get(k - 1)).equals(",")) {
      k -= 2; // "Okafor, who was arrested"
    } else if (Words.fold(t.get(k)).equals(",")) {
      for (PersonMention p : s.persons()) {
        // "A third escapee, 27-year-old Caleb Strandquist, was captured": an age may open the appositive.
        int start = p.startToken();
        Words.Age spelled = Words.ageAt(t, start - 3); // "27", "-", "year-old"
        Words.Age joined = Words.ageAt(t, start - 1); // "27-year-old"
        if (spelled != null && spelled.length() == 3) {
          start -= 3;
        } else if (joined != null && joined.length() == 1) {
          start -= 1;
        }
        if (p.endToken() == k && start > 0 && Words.fold(t.get(start - 1)).equals(",")) {
          return p.name(); // "A lawyer for Daniel Okafor, Jane Smith, was detained": the appositive is the subject
        }
      }
      int open = k - 1;
      while (open >= 0 && k - open <= APPOSITIVE_WINDOW && !Words.fold(t.get(open)).equals(",")) {
        open--;
      }
      if (open < 0 || !Words.fold(t.get(open)).equals(",")) {
        return "";
      }
      boolean named = k - open >= 2 && k - open <= 4;
      for (int i = open + 1; i < k && named; i++) {
        named = t.get(i).capitalized() && Character.isLetter(t.get(i).text().charAt(0));
      }
      if (named) {
        return PersonFinder.normalize(t.subList(open + 1, k)); // an appositive that is a name: "..., Tom Reyes, was"
      }
      k = open - 1; // "Okafor, 24, was arrested"; "Mia Tran, a second suspect, was ..."
    }
    for (PersonMention p : s.persons()) {
      if (p.endToken() == k + 1) {
        // "The son of (Councillor) James Whitfield was arrested": the son, not the name after "of".
        int first = Math.min(p.startToken(), p.roleStartToken());
        return first > 0 && OF_WORDS.contains(Words.fold(t.get(first - 1))) ? "" : p.name();
      }
    }
    // "Nelelford was taken into custody" in a report that named her without a title: a proper
    // noun as the subject of an arrest is a name (the story's name pool makes it her full name).
    PosTags tags = doc.tags(index);
    int start = k + 1;
    while (start > 0 && k + 1 - start < 3 && t.get(start - 1).capitalized() && tags.at(start - 1).equals("PROPN")
        && !calendar.containsKey(Words.fold(t.get(start - 1)))) {
      start--;
    }
    if (start == k + 1 || start > 0 && OF_WORDS.contains(Words.fold(t.get(start - 1)))) {
      return "";
    }
    return PersonFinder.normalize(t.subList(start, k + 1));
  }

  /**
   * Relative dates ("yesterday", "on Friday") made absolute when the publication date is known,
   * so that sources published on different days compare the same calendar day.
   */
  static List<DateMention> resolved(List<DateMention> found, java.time.LocalDate published) {
    if (published == null) {
      return found;
    }
    return found.stream().map(d -> {
      String text = d.value().text();
      if (!text.startsWith("relative:")) {
        return d;
      }
      return DateParser.resolve(text, published)
          .map(day -> new DateMention(d.startToken(), d.endToken(), d.start(), d.end(), ClaimValue.date(day.toString())))
          .orElse(d);
    }).toList();
  }

  /** The date nearest the event within its clause, or null. */
  private DateMention attachedDate(List<Token> t, int from, int to, List<DateMention> found) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : found) {
      if (d.value().text().startsWith("relative:")) {
        continue; // "next week" cannot be compared without a publication date
      }
      int lo = d.endToken() <= from ? d.endToken() : to;
      int hi = d.endToken() <= from ? from : d.startToken();
      if (hi < lo || span(t, lo, hi) > DATE_WINDOW) {
        continue;
      }
      boolean broken = false;
      for (int k = lo; k < hi; k++) {
        String f = Words.fold(t.get(k));
        // "by Friday, March 6, the deadline set by ...": a date named by the noun after it; "an
        // inquiry, due to report by March 28", "an inquiry, which is expected to ...": a clause
        // about the noun (its verbs are checked later). Not "the hearing, originally scheduled for
        // March 3, was moved": a date it no longer has.
        boolean apposition = k == lo && k + 1 < hi && (d.endToken() <= from && commaBeforeThe(t, k)
            || d.startToken() >= to && f.equals(",") && CLAUSE_ABOUT_NOUN.contains(Words.fold(t.get(k + 1))))
            // "the strike that was due to begin on Monday": a relative clause about the noun
            || k == lo && d.startToken() >= to && (f.equals("that") || f.equals("which"));
        if ((CLAUSE_BREAKS.contains(f) || speechVerbs.contains(f)) && !apposition) {
          broken = true;
          break;
        }
      }
      if (!broken && hi - lo < bestDistance) {
        best = d;
        bestDistance = hi - lo;
      }
    }
    if (best != null) {
      // "Tuesday, Dec. 9": a weekday and a date side by side name one day; keep both, so a source
      // that gives only the weekday can still be compared.
      for (DateMention d : found) {
        if (d == best || d.value().text().startsWith("relative:")) {
          continue;
        }
        boolean bestIsWeekday = !best.value().text().contains("-");
        boolean otherIsWeekday = !d.value().text().contains("-");
        DateMention first = d.startToken() < best.startToken() ? d : best;
        DateMention second = first == d ? best : d;
        if (bestIsWeekday != otherIsWeekday && second.startToken() - first.endToken() <= 2 && second.startToken() >= first.endToken()
            && onlyPunctuation(t, first.endToken(), second.startToken())) { // not "on Monday, effective March 31"
          String weekday = bestIsWeekday ? best.value().text() : d.value().text();
          String date = bestIsWeekday ? d.value().text() : best.value().text();
          return new DateMention(first.startToken(), second.endToken(), first.start(), second.end(),
              ClaimValue.date(weekday + ", " + date));
        }
      }
    }
    return best;
  }

  /**
   * How many words stand in {@code [lo, hi)}, a name counting as one: "will be held at St. Mawgan's
   * Church in Linmouth on Friday" is as near as "will be held at the church on Friday".
   */
  private static int span(List<Token> t, int lo, int hi) {
    int words = 0;
    boolean inName = false;
    for (int k = lo; k < hi; k++) {
      boolean nameWord = t.get(k).capitalized() || inName && Words.isPossessiveMarker(t.get(k));
      if (!(inName && nameWord)) {
        words++;
        if (words > DATE_WINDOW) {
          return words; // far enough: the exact count no longer matters
        }
      }
      inName = nameWord;
    }
    return words;
  }

  /** A comma and "the" at {@code k}: "by Friday, March 6, the deadline" names the date by the noun. */
  private static boolean commaBeforeThe(List<Token> t, int k) {
    return k + 1 < t.size() && t.get(k).text().equals(",") && Words.fold(t.get(k + 1)).equals("the");
  }

  /** Negative when a negation stands within three tokens before the verb. */
  private Polarity polarity(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (Words.in(t.get(k), negations)) {
        return Polarity.NEGATIVE;
      }
    }
    return Polarity.POSITIVE;
  }

}
