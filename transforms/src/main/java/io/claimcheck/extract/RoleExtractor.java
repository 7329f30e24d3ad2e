package io.claimcheck.extract;

import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and their roles: a title before a name ({@code Treasury Secretary Scott Bessent}) or a
 * role after it ({@code Kurt Tong, a former State Department official}). The value is the role's
 * status, {@code former} or {@code current}: roles are descriptions, so two sources describing a
 * person differently do not disagree, but one calling a role past and another present do.
 */
final class RoleExtractor {

  private static final java.util.regex.Pattern YEARS_OLD = java.util.regex.Pattern.compile("years?-old");
  private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("years?");

  private final Set<String> titles = Lexicon.words("titles");
  private final Set<String> formerMarkers = Lexicon.words("former-markers");
  private final Map<String, String> countries = Lexicon.synonyms("countries");
  private final Map<String, String> spelling = Lexicon.synonyms("spelling");
  private final Set<String> auxiliaries = Lexicon.words("auxiliaries");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");
  private final Set<String> predicateAdjectives = Lexicon.words("predicate-adjectives");

  void extract(DocumentContext doc, ClaimSink sink) {
    for (int index = 0; index < doc.sentences().size(); index++) {
      SentenceInfo s = doc.sentences().get(index);
      for (PersonMention p : s.persons()) {
        if (!p.role().isEmpty()) {
          emit(sink, s, p.name(), p.role(), p.former(), s.tokens().get(p.roleStartToken()).start(),
              s.tokens().get(p.endToken() - 1).end());
        }
        appositive(sink, s, p);
        age(sink, s, p);
      }
      yearsOld(sink, doc, index);
    }
  }

  /** "Smith, 38," — an age right after a name, between commas (or before the sentence end). */
  private static void age(ClaimSink sink, SentenceInfo s, PersonMention p) {
    List<Token> t = s.tokens();
    int years = Words.ageAfterName(t, p.endToken());
    Token number = years < 0 ? null : t.get(p.endToken() + 1);
    if (years < 1 || years > 120) {
      return;
    }
    sink.add(ClaimKind.ROLE, "person.age", p.name(), "age", Map.of("person", p.name()),
        ClaimValue.quantity(years + " years", (double) years, (double) years, "years"), Polarity.POSITIVE,
        s.sentence(), t.get(p.startToken()).start(), number.end(), 0.9);
  }

  /**
   * "the 47-year-old Dmitri Kovalenko", "Kovalenko, a 47-year-old former director": the nearest
   * person; "jurors found the 35-year-old guilty", naming no one, the one person of the sentences
   * just before when the article is about that person.
   */
  private void yearsOld(ClaimSink sink, DocumentContext doc, int index) {
    SentenceInfo s = doc.sentences().get(index);
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!Words.isSmallNumber(t.get(i).text())) {
        continue;
      }
      boolean hyphenated = t.get(i + 1).text().equals("-") && YEARS_OLD.matcher(Words.fold(t.get(i + 2))).matches();
      boolean spaced = i + 2 < t.size() && YEARS.matcher(Words.fold(t.get(i + 1))).matches()
          && Words.fold(t.get(i + 2)).equals("old");
      if (!Words.isSmallNumber(t.get(i).text()) || !(hyphenated || spaced)) {
        continue;
      }
      int years = Integer.parseInt(t.get(i).text());
      // The person the age describes: the first named right after it, else the last right before.
      PersonMention who = null;
      for (PersonMention p : s.persons()) {
        if (p.startToken() > i && p.startToken() <= i + 7) {
          if (!(i + 3 < t.size() && doc.tags(index).at(i + 3).equals("VERB"))) {
            who = p; // not "the 27-year-old won the Port Talwyn Marathon": an object names someone else
          }
          break;
        }
        if (p.endToken() <= i && p.endToken() >= i - 4) {
          who = p;
        }
      }
      String name = who != null ? who.name() : "";
      if (who == null && i > 0 && Words.fold(t.get(i - 1)).equals("the") && hyphenated) {
        if (i + 3 < t.size() && Words.in(t.get(i + 3), titles)) {
          // "the 58-year-old mayor told supporters": the one person the article gives that title.
          name = doc.titledPerson(Words.fold(t.get(i + 3)));
        } else if (!nounOfItsOwn(doc, index, i + 3)) {
          // "jurors found the 35-year-old guilty" (not "the 19-year-old victim"): the person named in
          // the sentences just before, or before in this one only as the object of "making",
          // "leaving" ... ("recalled Mayor Vantassel, making the 59-year-old the first ..."; not
          // "Ellis, who has managed the club since 2019, said the 19-year-old would start"), when
          // the article is about that person.
          String before = s.nearestPersonBefore(i);
          boolean object = i >= 2 && Words.fold(t.get(i - 2)).endsWith("ing");
          name = before.isEmpty() ? onlyPersonBefore(doc, index) : object ? before : "";
          name = name.equals(protagonist(doc)) ? name : "";
        }
      }
      if (!name.isEmpty() && years >= 1 && years <= 120) {
        sink.add(ClaimKind.ROLE, "person.age", name, "age", Map.of("person", name),
            ClaimValue.quantity(years + " years", (double) years, (double) years, "years"), Polarity.POSITIVE,
            s.sentence(), t.get(i).start(), t.get(i + 2).end(), who != null ? 0.85 : 0.7);
      }
    }
  }

  /**
   * Whether the word at {@code k} after "the 19-year-old" is a noun of its own ("victim", "woman in
   * the other car"), which names someone, not the one the article has named: a title, or a word
   * tagged as a noun that is no state the person is found in ("the 35-year-old guilty/NOUN";
   * {@code lexicon/predicate-adjectives.txt}).
   */
  private boolean nounOfItsOwn(DocumentContext doc, int index, int k) {
    List<Token> t = doc.sentences().get(index).tokens();
    if (k >= t.size()) {
      return false;
    }
    return Words.in(t.get(k), titles)
        || doc.tags(index).at(k).equals("NOUN") && !Words.in(t.get(k), predicateAdjectives);
  }

  /**
   * The one person named in the nearest of the three sentences before {@code index} that names
   * any; empty when that sentence names two.
   */
  private static String onlyPersonBefore(DocumentContext doc, int index) {
    for (int k = index - 1; k >= 0 && k >= index - 3; k--) {
      Set<String> names = new HashSet<>();
      doc.sentences().get(k).persons().forEach(p -> names.add(p.name()));
      if (!names.isEmpty()) {
        return names.size() == 1 ? names.iterator().next() : "";
      }
    }
    return "";
  }

  /**
   * Whom the article is about: the person whose surname the most sentences write, when no other's
   * is written as often; else empty.
   */
  private static String protagonist(DocumentContext doc) {
    // One name per surname, the longest: "valdane" and "delphine valdane" are one person.
    Map<String, String> bySurname = new HashMap<>();
    for (SentenceInfo s : doc.sentences()) {
      for (PersonMention p : s.persons()) {
        bySurname.merge(surname(p.name()), p.name(), (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    Collection<String> people = bySurname.values();
    Map<String, Integer> sentencesNaming = new HashMap<>();
    for (SentenceInfo s : doc.sentences()) {
      Set<String> words = new HashSet<>();
      s.tokens().stream().filter(Token::capitalized).forEach(token -> words.add(Words.fold(token)));
      for (String name : people) {
        if (words.contains(surname(name))) {
          sentencesNaming.merge(name, 1, Integer::sum);
        }
      }
    }
    String best = "";
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : sentencesNaming.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return most >= 2 && !tie ? best : "";
  }

  /** The last word of a person's name. */
  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** "Name, (a|the) role [and role]," */
  private void appositive(ClaimSink sink, SentenceInfo s, PersonMention p) {
    List<Token> t = s.tokens();
    int i = p.endToken();
    if (i >= t.size() || !t.get(i).text().equals(",")) {
      return;
    }
    if (i + 1 < t.size() && PersonFinder.CLAUSE_OPENERS.contains(Words.fold(t.get(i + 1)))) {
      return; // "Name, but ...": a clause
    }
    List<Token> part = new ArrayList<>();
    for (int k = i + 1; k <= t.size(); k++) {
      String f = k < t.size() ? Words.fold(t.get(k)) : ".";
      boolean end = f.equals(",") || f.equals(".") || f.equals(";") || f.equals("—") || f.equals("–")
          || f.equals("\"") || f.equals("”") || f.equals(":");
      if (end || f.equals("and")) {
        rolePart(sink, s, p, part);
        part.clear();
        if (end) {
          return;
        }
      } else {
        part.add(t.get(k));
      }
      if (k - i > 14) {
        return;
      }
    }
  }

  private void rolePart(ClaimSink sink, SentenceInfo s, PersonMention p, List<Token> part) {
    int from = 0;
    boolean former = false;
    while (from < part.size()) {
      String f = Words.fold(part.get(from));
      if (Words.ARTICLES.contains(f) || f.endsWith("'s")) {
        // "a", "the", "Eastbridge's": not part of the role itself
        from++;
      } else if (formerMarkers.contains(f)) {
        former = true;
        from++;
      } else {
        break;
      }
    }
    if (from >= part.size()) {
      return;
    }
    for (Token token : part) {
      if (Words.in(token, auxiliaries) || Words.in(token, speechVerbs)) {
        return; // ", will meet …", ", officials said": a clause, not a role
      }
    }
    boolean hasTitle = false;
    StringBuilder role = new StringBuilder();
    for (int k = from; k < part.size(); k++) {
      String f = Words.fold(part.get(k));
      if (f.startsWith("ex-")) {
        former = true;
        f = f.substring(3);
      }
      if (formerMarkers.contains(f)) {
        former = true; // "a city's former finance director"
        continue;
      }
      if (k == from && countries.containsKey(f)) {
        continue;
      }
      if (titles.contains(f)) {
        hasTitle = true;
      }
      f = spelling.getOrDefault(f, f);
      if (role.length() > 0) {
        role.append(' ');
      }
      role.append(f);
    }
    if (hasTitle && part.size() - from <= 8) {
      emit(sink, s, p.name(), role.toString(), former, part.get(0).start(), part.get(part.size() - 1).end());
    }
  }

  private static void emit(ClaimSink sink, SentenceInfo s, String person, String role, boolean former, int start, int end) {
    sink.add(ClaimKind.ROLE, "person.role", person, "role", Map.of("person", person, "role", role),
        ClaimValue.status(former ? "former" : "current"), Polarity.POSITIVE, s.sentence(), start, end, 0.9);
  }
}
