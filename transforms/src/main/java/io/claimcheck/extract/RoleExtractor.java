package io.claimcheck.extract;

import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
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
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  private final Set<String> titles = Lexicon.words("titles");
  private final Set<String> formerMarkers = Lexicon.words("former-markers");
  private final Map<String, String> countries = Lexicon.synonyms("countries");
  private final Map<String, String> spelling = Lexicon.synonyms("spelling");
  private final Set<String> auxiliaries = Lexicon.words("auxiliaries");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");

  void extract(DocumentContext doc, ClaimSink sink) {
    for (SentenceInfo s : doc.sentences()) {
      for (PersonMention p : s.persons()) {
        if (!p.role().isEmpty()) {
          emit(sink, s, p.name(), p.role(), p.former(), s.tokens().get(p.roleStartToken()).start(),
              s.tokens().get(p.endToken() - 1).end());
        }
        appositive(sink, s, p);
        age(sink, s, p);
      }
      yearsOld(sink, s);
    }
  }

  /** "Smith, 38," — an age right after a name, between commas (or before the sentence end). */
  private static void age(ClaimSink sink, SentenceInfo s, PersonMention p) {
    List<Token> t = s.tokens();
    int i = p.endToken();
    if (i + 2 >= t.size() + 1 || i + 1 >= t.size() || !t.get(i).text().equals(",")) {
      return;
    }
    Token number = t.get(i + 1);
    String after = i + 2 < t.size() ? t.get(i + 2).text() : ".";
    if (!Words.isSmallNumber(number.text()) || !(after.equals(",") || after.equals("."))) {
      return;
    }
    int years = Integer.parseInt(number.text());
    if (years < 1 || years > 120) {
      return;
    }
    sink.add(ClaimKind.ROLE, "person.age", p.name(), "age", Map.of("person", p.name()),
        ClaimValue.quantity(years + " years", (double) years, (double) years, "years"), Polarity.POSITIVE,
        s.sentence(), t.get(p.startToken()).start(), number.end(), 0.9);
  }

  /** "the 47-year-old Dmitri Kovalenko", "Kovalenko, a 47-year-old former director": the nearest person. */
  private static void yearsOld(ClaimSink sink, SentenceInfo s) {
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
          who = p;
          break;
        }
        if (p.endToken() <= i && p.endToken() >= i - 4) {
          who = p;
        }
      }
      if (who != null && years >= 1 && years <= 120) {
        sink.add(ClaimKind.ROLE, "person.age", who.name(), "age", Map.of("person", who.name()),
            ClaimValue.quantity(years + " years", (double) years, (double) years, "years"), Polarity.POSITIVE,
            s.sentence(), t.get(i).start(), t.get(i + 2).end(), 0.85);
      }
    }
  }

  /** "Name, (a|the) role [and role]," */
  private void appositive(ClaimSink sink, SentenceInfo s, PersonMention p) {
    List<Token> t = s.tokens();
    int i = p.endToken();
    if (i >= t.size() || !t.get(i).text().equals(",")) {
      return;
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
      if (DETERMINERS.contains(f) || f.endsWith("'s")) {
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
