package io.claimcheck.extract;

import io.claimcheck.extract.SentenceInfo.CountryMention;
import io.claimcheck.nlp.GreedyPosTagger;
import io.claimcheck.nlp.PosTags;
import io.claimcheck.nlp.Sentence;
import io.claimcheck.nlp.SentenceSplitter;
import io.claimcheck.nlp.Token;
import io.claimcheck.nlp.Tokenizer;
import io.claimcheck.normalize.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One document prepared for extraction: sentences, tokens, persons (with names established across
 * the document), countries, quotation speakers, and part-of-speech tags computed only for the
 * sentences an extractor asks about.
 */
final class DocumentContext {

  // Verbs after a sentence-opening surname that show it is a person's (lexicon/person-subject-verbs.txt).
  private static final Set<String> PERSON_VERBS = Lexicon.words("person-subject-verbs");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

  /** Words between a speaker and the speech verb: "police have said", "officials also said". */
  private static final Set<String> SPEECH_AUXILIARIES = Set.of("has", "have", "had", "also", "later", "earlier",
      "previously", "again", "then", "repeatedly");
  /** Words that end a speaker read backward from the speech verb: a clause or a verb's object comes before. */
  private static final Set<String> NOT_IN_SUBJECT = Set.of("and", "or", "but", "that", "which", "who", "to", "would",
      "will", "could", "should", "can", "may", "might", "is", "are", "was", "were", "be", "been", "not", "when",
      "while", "after", "before", "because", "if", "than", "it", "they", "he", "she", "we", "i", "you", "has", "have",
      "had", "also", "then");
  /** Roles of those who ask: an interviewer told something is not whom the story is about. */
  private static final Set<String> INTERVIEWER_ROLES = Lexicon.words("interviewer-roles");
  private static final Set<String> TELL_FORMS = Set.of("told", "tells", "tell", "telling");
  private static final Set<String> CLAUSE_END = Set.of(",", ".", ";", ":", "!", "?");
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'.-]*");

  private final List<SentenceInfo> sentences;
  private final GreedyPosTagger tagger;
  private final LocalDate published;
  private final Map<Integer, PosTags> tags = new HashMap<>();
  private Set<String> namesWritten; // computed on first request

  private final DateParser dateParser;
  private final List<List<DateMention>> dates;

  private DocumentContext(List<SentenceInfo> sentences, GreedyPosTagger tagger, DateParser dateParser, LocalDate published) {
    this.sentences = sentences;
    this.tagger = tagger;
    this.dateParser = dateParser;
    this.published = published;
    this.dates = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
  }

  static DocumentContext of(String text, SentenceSplitter splitter, GreedyPosTagger tagger, PersonFinder persons, DateParser dates) {
    return of(text, null, splitter, tagger, persons, dates);
  }

  /** A document published on {@code published} (null when unknown). */
  static DocumentContext of(String text, LocalDate published, SentenceSplitter splitter, GreedyPosTagger tagger,
      PersonFinder persons, DateParser dates) {
    List<Sentence> split = splitter.split(text);
    List<List<Token>> tokens = new ArrayList<>();
    for (Sentence s : split) {
      tokens.add(Tokenizer.tokenize(s.text(), s.start()));
    }
    // Pass 1: names the document establishes with a title, a speech verb or a role.
    Set<String> known = new TreeSet<>();
    List<List<PersonMention>> firstPass = new ArrayList<>();
    List<List<String>> candidates = new ArrayList<>();
    for (List<Token> t : tokens) {
      List<String> names = new ArrayList<>();
      List<PersonMention> found = persons.find(t, Set.of(), names);
      for (PersonMention p : found) {
        if (p.name().contains(" ")) {
          known.add(p.name());
        }
      }
      firstPass.add(found);
      candidates.add(names);
    }
    known.addAll(namesOfSurnames(firstPass, candidates, tokens));
    Set<String> knownWords = new java.util.HashSet<>();
    for (String name : known) {
      knownWords.addAll(java.util.Arrays.asList(name.split(" ")));
    }
    // Pass 2: every mention, with surnames resolved to those names; then quotation speakers.
    List<SentenceInfo> infos = new ArrayList<>();
    String previousSpeaker = "";
    String lastPerson = "";
    Map<String, String> lastFullNameOfSurname = new HashMap<>();
    for (int i = 0; i < split.size(); i++) {
      List<Token> t = tokens.get(i);
      // Known names only change what a sentence yields through a candidate name sharing a word
      // with one of them (PersonFinder.resolve); otherwise the first pass already has the answer.
      List<PersonMention> found = sharesWord(candidates.get(i), knownWords)
          ? persons.find(t, known) : firstPass.get(i);
      found = latestOfSurname(t, found, known, lastFullNameOfSurname);
      List<CountryMention> countries = countries(t);
      String speaker = speaker(t, found, lastPerson, previousSpeaker);
      infos.add(new SentenceInfo(split.get(i), t, found, countries, speaker));
      if (!found.isEmpty()) {
        lastPerson = found.get(0).name();
      }
      previousSpeaker = speaker.isEmpty() && !startsWithQuote(t) ? "" : speaker;
    }
    return new DocumentContext(infos, tagger, dates, published);
  }

  /**
   * A surname two known people share is the one of them named last: "Maisie's mother, Joanne
   * Tolverne, 46, sat in the gallery" then "Mrs Tolverne condemned the sentence" is Joanne, though
   * Maisie Tolverne is named too, and "Maisie" alone since. Records each name written in full as it
   * goes.
   */
  private static List<PersonMention> latestOfSurname(List<Token> t, List<PersonMention> found, Set<String> known,
      Map<String, String> lastFullNameOfSurname) {
    List<PersonMention> out = new ArrayList<>(found.size());
    for (PersonMention p : found) {
      String name = p.name();
      // Only after an honorific ("Mrs Tolverne"), the way a story names a relative; a bare surname
      // ("Reiter told the judge") is often the story's main person, not the one named last.
      boolean honorific = p.startToken() > 0 && PersonFinder.HONORIFICS.contains(Words.fold(t.get(p.startToken() - 1)));
      if (honorific && !name.contains(" ") && lastFullNameOfSurname.containsKey(name) && !known.contains(name)
          && known.stream().filter(k -> k.endsWith(" " + name)).count() >= 2) {
        p = new PersonMention(p.startToken(), p.endToken(), lastFullNameOfSurname.get(name), p.role(), p.former(),
            p.roleStartToken());
      }
      if (p.name().contains(" ") && p.endToken() - p.startToken() >= 2) { // written in full, not "Maisie" alone
        lastFullNameOfSurname.put(p.name().substring(p.name().lastIndexOf(' ') + 1), p.name());
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Full names the document gives once and then shortens to the surname, which it uses as a person
   * ("Selina Marovic broke the record ..." then "Marovic, 27, took ..."), or alone in two
   * sentences after the full name ("Marovic wins", "Marovic had never won"): the one candidate
   * name of two or three words ending in that surname. Without it "Marovic" would stay a person
   * of its own, and "Selina Marovic" no person at all.
   */
  private static Set<String> namesOfSurnames(List<List<PersonMention>> found, List<List<String>> candidates,
      List<List<Token>> tokens) {
    Set<String> surnames = new java.util.HashSet<>();
    for (List<PersonMention> sentence : found) {
      for (PersonMention p : sentence) {
        if (!p.name().contains(" ")) {
          surnames.add(p.name());
        }
      }
    }
    Map<String, Set<String>> fullNames = new HashMap<>();
    Map<String, Integer> aloneAfter = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (String name : new java.util.HashSet<>(candidates.get(i))) {
        int space = name.lastIndexOf(' ');
        int words = name.split(" ").length;
        if (space > 0 && words <= 3) {
          fullNames.computeIfAbsent(name.substring(space + 1), w -> new TreeSet<>()).add(name);
        } else if (space < 0 && fullNames.containsKey(name) && followedByWho(tokens.get(i), name)) {
          aloneAfter.merge(name, 2, Integer::sum); // "Tarkanen, who needed treatment, said ...": a person
        } else if (space < 0 && fullNames.containsKey(name) && usedAsPersonAlone(tokens.get(i), name)) {
          aloneAfter.merge(name, 1, Integer::sum);
        }
      }
    }
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : fullNames.entrySet()) {
      boolean usedAlone = surnames.contains(e.getKey()) || aloneAfter.getOrDefault(e.getKey(), 0) >= 2;
      if (e.getValue().size() == 1 && usedAlone && !writtenLowercase(tokens, e.getKey())) {
        out.add(e.getValue().iterator().next());
      }
    }
    return out;
  }

  /** Whether {@code surname} stands capitalized before ", who" ("Tarkanen, who needed treatment"): said of a person. */
  private static boolean followedByWho(List<Token> t, String surname) {
    for (int k = 0; k + 2 < t.size(); k++) {
      if (t.get(k).capitalized() && PersonFinder.normalize(t.subList(k, k + 1)).equals(surname)
          && t.get(k + 1).text().equals(",") && Words.fold(t.get(k + 2)).equals("who")
          && !(k > 0 && Words.DETERMINERS.contains(Words.fold(t.get(k - 1))))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the document writes {@code word} in lower case: a word, not a name ("Thames Water" and "the water supply"). */
  private static boolean writtenLowercase(List<List<Token>> tokens, String word) {
    for (List<Token> sentence : tokens) {
      for (Token token : sentence) {
        if (!token.capitalized() && Words.fold(token).equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code surname} stands alone in the sentence as a person does: no determiner before it
   * and no capitalized word after ("Marovic wins"; not "the Stellwood", "Stellwood Museum").
   */
  private static boolean usedAsPersonAlone(List<Token> t, String surname) {
    for (int k = 0; k < t.size(); k++) {
      if (!t.get(k).capitalized() || !PersonFinder.normalize(t.subList(k, k + 1)).equals(surname)) {
        continue;
      }
      boolean determiner = k > 0 && Words.DETERMINERS.contains(Words.fold(t.get(k - 1)));
      boolean before = k > 0 && t.get(k - 1).capitalized();
      boolean after = k + 1 < t.size() && t.get(k + 1).capitalized();
      // A sentence's first word is capitalized anyway: alone only before a verb a person takes
      // ("Marovic wins", "Marovic had"; not "Water bills will rise", "Forest have won").
      boolean opening = k == 0 && !(k + 1 < t.size() && PERSON_VERBS.contains(Words.fold(t.get(k + 1))));
      if (!determiner && !before && !after && !opening) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesWord(List<String> names, Set<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String name : names) {
      for (String w : name.split(" ")) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The dates of sentence {@code index} ({@link DateParser#find}), parsed once for all extractors. */
  List<DateMention> dates(int index) {
    List<DateMention> d = dates.get(index);
    if (d == null) {
      d = dateParser.find(sentences.get(index).tokens());
      dates.set(index, d);
    }
    return d;
  }

  List<SentenceInfo> sentences() {
    return sentences;
  }

  /**
   * Whether the document writes {@code folded} capitalized after a lowercase word somewhere
   * ("through Tellamar Petroleum's refinery"): a name, not a word capitalized because it opens a
   * sentence or stands in a title-case headline.
   */
  boolean writtenAsName(String folded) {
    if (namesWritten == null) {
      Set<String> names = new java.util.HashSet<>();
      for (SentenceInfo s : sentences) {
        List<Token> t = s.tokens();
        for (int k = 1; k < t.size(); k++) {
          String previous = t.get(k - 1).text();
          if (t.get(k).capitalized() && Character.isLowerCase(previous.charAt(0))) {
            names.add(Words.fold(t.get(k)));
          }
        }
      }
      namesWritten = names;
    }
    return namesWritten.contains(folded);
  }

  /** The publication date, or null when unknown. */
  LocalDate published() {
    return published;
  }

  /**
   * Who each sentence attributes its statement to, by sentence start: a speaker named or resolved
   * ({@code Trump said}), the subject of a speech verb ({@code police said}, {@code said the fire
   * department}), or the object of {@code according to}. Empty when the sentence says nobody.
   */
  Map<Integer, String> attributions() {
    Map<Integer, String> out = new HashMap<>();
    Set<String> speech = Lexicon.words("speech-verbs");
    for (SentenceInfo s : sentences) {
      List<Token> t = s.tokens();
      String who = "";
      for (int i = 0; i < t.size() && who.isEmpty(); i++) {
        String f = Words.fold(t.get(i));
        if (f.equals("according") && i + 1 < t.size() && Words.fold(t.get(i + 1)).equals("to")) {
          who = phrase(s, i + 2, true);
        } else if (speech.contains(f)) {
          who = !s.speaker().isEmpty() ? s.speaker() : phrase(s, beforeAuxiliaries(t, i - 1), false);
          if (who.isEmpty() && i > 0 && !f.equals("told") && !f.equals("tells")
              && (t.get(i - 1).text().equals(",") || "\"“”‘’'".contains(t.get(i - 1).text()))) {
            who = closedPhrase(s, i + 1); // inverted: "..., said the fire department."
          }
        }
      }
      if (!who.isEmpty()) {
        out.put(s.sentence().start(), who);
      }
    }
    return out;
  }

  /**
   * The token before the auxiliaries and adverbs that stand between a subject and its speech verb:
   * "police have said", "officials also said".
   */
  private static int beforeAuxiliaries(List<Token> t, int k) {
    while (k >= 0 && SPEECH_AUXILIARIES.contains(Words.fold(t.get(k)))) {
      k--;
    }
    return k;
  }

  /**
   * A short noun phrase read forward from {@code from} that ends the clause, or empty: "..., said
   * the fire department." names a speaker; "said the board was" and "told reporters" do not.
   */
  private static String closedPhrase(SentenceInfo s, int from) {
    String who = phrase(s, from, true);
    if (who.isEmpty()) {
      return "";
    }
    if (s.persons().stream().anyMatch(p -> p.startToken() == from)) {
      return who;
    }
    int end = from;
    while (end < s.tokens().size() && WORD.matcher(Words.fold(s.tokens().get(end))).matches()) {
      if (NOT_IN_SUBJECT.contains(Words.fold(s.tokens().get(end))) || end - from >= 4) {
        return ""; // "said profits rose", "said a spokesman for the coast guard" (too long to be sure)
      }
      end++;
    }
    return end >= s.tokens().size() || CLAUSE_END.contains(s.tokens().get(end).text()) ? who : "";
  }

  /**
   * A short noun phrase read forward or backward from {@code from}: "the fire department". Read
   * backward it stops at a word that cannot be in the subject ("apologised to customers and said"
   * names no speaker).
   */
  private static String phrase(SentenceInfo s, int from, boolean forward) {
    List<Token> t = s.tokens();
    for (PersonMention p : s.persons()) {
      if (forward ? p.startToken() == from : p.endToken() == from + 1) {
        return p.name();
      }
    }
    List<String> words = new ArrayList<>();
    for (int k = from; k >= 0 && k < t.size() && words.size() < 4; k += forward ? 1 : -1) {
      String f = Words.fold(t.get(k));
      if (!WORD.matcher(f).matches() || Lexicon.words("speech-verbs").contains(f)
          || !forward && NOT_IN_SUBJECT.contains(f)) {
        break;
      }
      if (forward) {
        words.add(f);
      } else {
        words.add(0, f);
      }
    }
    while (!words.isEmpty() && Words.DETERMINERS.contains(words.get(0))) {
      words.remove(0);
    }
    boolean pronoun = words.size() == 1 && (isPersonPronoun(new Token(words.get(0), 0, 0)) || words.get(0).equals("it") || words.get(0).equals("they"));
    return pronoun ? "" : String.join(" ", words);
  }

  /** Universal POS tags of sentence {@code index}, each computed on first request (see {@link PosTags}). */
  PosTags tags(int index) {
    return tags.computeIfAbsent(index, i -> {
      List<Token> t = sentences.get(i).tokens();
      String[] words = new String[t.size()];
      for (int k = 0; k < words.length; k++) {
        words[k] = t.get(k).text();
      }
      return new PosTags(words, tagger::tag);
    });
  }

  /**
   * The person a pronoun or an empty subject at token {@code position} of sentence {@code index}
   * refers to: the nearest person before it in the sentence, else the first person of the
   * nearest earlier sentence that names one; first-person pronouns refer to the speaker.
   */
  String resolvePerson(int index, int position) {
    SentenceInfo s = sentences.get(index);
    String word = position < s.tokens().size() ? Words.fold(s.tokens().get(position)) : "";
    if (FIRST_PERSON.contains(word)) {
      return s.speaker();
    }
    String nearest = s.nearestPersonBefore(position);
    String speaker = speakerBeforeListener(s, position);
    if (!speaker.isEmpty()) {
      return speaker; // "Mayor Ana Ruiz told Jo Park she backs the plan": she is the mayor
    }
    if (!nearest.isEmpty()) {
      return nearest;
    }
    for (int k = index - 1; k >= 0 && k >= index - 3; k--) {
      SentenceInfo before = sentences.get(k);
      for (PersonMention p : before.persons()) {
        // Not a transcript's speaker label ("SANDQVIST: Regional Governor Anika Dorell toured
        // the village. She ruled out ...": she is the governor, not the reporter).
        boolean label = p.endToken() < before.tokens().size() && before.tokens().get(p.endToken()).text().equals(":");
        if (!label) {
          return p.name();
        }
      }
    }
    return "";
  }

  /**
   * The person who is the subject of the verb at {@code position}: a pronoun right before it
   * (auxiliaries and adverbs skipped) resolved, else the nearest person before it in the same
   * sentence, else empty. Unlike {@link #resolvePerson} it never guesses from earlier sentences
   * without a pronoun to say so.
   */
  String subjectPerson(int index, int position) {
    SentenceInfo s = sentences.get(index);
    List<Token> t = s.tokens();
    Set<String> aux = Lexicon.words("auxiliaries");
    Set<String> neg = Lexicon.words("negations");
    int k = position - 1;
    while (k >= 0 && (Words.in(t.get(k), aux) || Words.in(t.get(k), neg) || t.get(k).text().endsWith("ly"))) {
      k--;
    }
    if (k >= 0 && isPersonPronoun(t.get(k))) {
      return resolvePerson(index, k);
    }
    if (position > 0 && isPersonPronoun(t.get(position - 1))) {
      return resolvePerson(index, position - 1); // "his attendance"
    }
    return s.nearestPersonBefore(position);
  }

  /** The one person the document names with a current role ending in {@code title}; empty when none or several. */
  String titledPerson(String title) {
    Set<String> names = new HashSet<>();
    for (SentenceInfo s : sentences) {
      for (PersonMention p : s.persons()) {
        if (!p.former() && (p.role().equals(title) || p.role().endsWith(" " + title))) {
          names.add(p.name());
        }
      }
    }
    return names.size() == 1 ? names.iterator().next() : "";
  }

  /**
   * The one person the document gives {@code years} next to their name ("Tomas Vale, 34,",
   * "45-year-old Mark Evans") outside sentence {@code except}; empty when none or several.
   */
  String personAged(int years, int except) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> t = sentences.get(i).tokens();
      for (PersonMention p : i == except ? List.<PersonMention>of() : sentences.get(i).persons()) {
        Words.Age before = Words.ageBeforeName(t, p.startToken());
        if (Words.ageAfterName(t, p.endToken()) == years || before != null && before.years() == years) {
          names.add(p.name());
        }
      }
    }
    return names.size() == 1 ? names.iterator().next() : "";
  }

  static boolean isPersonPronoun(Token t) {
    String f = Words.fold(t);
    return SUBJECT_PRONOUNS.contains(f) || FIRST_PERSON.contains(f);
  }

  private static List<CountryMention> countries(List<Token> t) {
    Map<String, String> lexicon = Lexicon.synonyms("countries");
    List<CountryMention> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).capitalized()) {
        continue; // "us" the pronoun is not the US
      }
      Words.Match m = Words.longestPhrase(t, i, lexicon, 3);
      if (m != null) {
        out.add(new CountryMention(i, i + m.length(), m.canonical()));
        i += m.length() - 1;
      }
    }
    return out;
  }

  /**
   * The person who told someone what a pronoun at {@code position} then says: "the mayor, Sidonie
   * Trevithick, told Kestrelton Sound (that) she backs": not the one told, unless the document gives
   * the one told an age or a role other than an interviewer's (an outlet has neither; "Judge Hale
   * told Maria Lopez, 31, she would be sentenced" is about her; "told reporter Jo Park she" is not). Empty when the nearest person before is not the object
   * of "told".
   */
  private String speakerBeforeListener(SentenceInfo s, int position) {
    PersonMention listener = null;
    for (PersonMention p : s.persons()) {
      if (p.endToken() <= position) {
        listener = p;
      }
    }
    int end = listener == null ? -1 : listener.endToken();
    if (end >= 0 && end < position && Words.fold(s.tokens().get(end)).equals("that")) {
      end++; // "told WBRN that she would"
    }
    int before = listener == null ? 0 : Math.min(listener.startToken(), listener.roleStartToken());
    if (listener == null || before == 0 || end != position
        || !TELL_FORMS.contains(Words.fold(s.tokens().get(before - 1)))) {
      return "";
    }
    String told = listener.name();
    for (SentenceInfo other : sentences) {
      for (PersonMention p : other.persons()) {
        boolean interviewer = java.util.Arrays.stream(p.role().split(" ")).anyMatch(INTERVIEWER_ROLES::contains);
        if (p.name().equals(told) && (!p.role().isEmpty() && !interviewer || Words.ageAfterName(other.tokens(), p.endToken()) >= 0)) {
          return ""; // a person with a role or an age, whom the story is about; not an outlet ("told WBRN")
        }
      }
    }
    String speaker = "";
    for (PersonMention p : s.persons()) {
      if (p.endToken() < listener.startToken()) {
        speaker = p.name();
      }
    }
    return speaker;
  }

  /** Who a quotation in the sentence is attributed to. */
  private static String speaker(List<Token> t, List<PersonMention> persons, String lastPerson, String previousSpeaker) {
    Set<String> speech = Lexicon.words("speech-verbs");
    for (int i = 0; i < t.size(); i++) {
      if (!Words.in(t.get(i), speech)) {
        continue;
      }
      // "said Kurt Tong" / "Trump said" / "he said"
      for (PersonMention p : persons) {
        if (p.startToken() == i + 1 || p.endToken() == i) {
          return p.name();
        }
      }
      if (i > 0 && SUBJECT_PRONOUNS.contains(Words.fold(t.get(i - 1)))) {
        return lastPerson;
      }
    }
    return startsWithQuote(t) ? previousSpeaker : "";
  }

  private static boolean startsWithQuote(List<Token> t) {
    return !t.isEmpty() && "\"“‘'".contains(t.get(0).text());
  }
}
