package io.claimcheck.extract;

import io.claimcheck.nlp.Token;
import io.claimcheck.nlp.Tokenizer;
import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds person names in a sentence from capitalization, titles and context. A capitalized phrase is
 * a person when a title stands before it ({@code Treasury Secretary Scott Bessent}, {@code top
 * trade negotiator Ryosei Akazawa}), when a speech verb stands next to it ({@code said Kurt Tong}),
 * when a role follows it after a comma, or when the document already named that person.
 */
final class PersonFinder {

  private static final int MAX_AGE = 110;
  static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sir", "dame");
  private static final Set<String> PREPOSITIONS = Set.of("for", "of", "from", "in", "at", "to", "by", "with", "near", "outside");
  private static final Pattern LETTERS_AND_HYPHENS = Pattern.compile("[\\p{L}-]+");
  static final Pattern POSSESSIVE = Pattern.compile("'s$");
  static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}\\-' ]");
  static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*");
  // Words that open a clause after a comma, never a role: "in Port Talwyn, but coach rules out".
  static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "or", "yet", "so", "while", "as", "though",
      "although", "because", "when", "after", "before", "if", "since", "until");
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "del", "della", "bin", "al", "el", "le", "la", "du", "di", "der", "den", "ter", "ibn");
  private static final Set<String> CALENDAR = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.");
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "as", "if", "when", "while",
      "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that",
      "these", "those", "there", "still", "however", "then", "now", "so", "yet", "after", "before", "ahead", "under", "despite",
      "possible", "president", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");

  private final Set<String> titles = Lexicon.words("titles");
  private final Set<String> kinship = Lexicon.words("kinship-nouns");
  private final Set<String> descriptorEndings = Lexicon.words("name-descriptor-endings");
  private final Set<String> blockers = Lexicon.words("person-blockers");
  private final Set<String> speechVerbs = Lexicon.words("speech-verbs");
  private final Set<String> formerMarkers = Lexicon.words("former-markers");
  private final Set<String> roleModifiers = Lexicon.words("role-modifiers");
  private final Map<String, String> countries = Lexicon.synonyms("countries");
  private final Map<String, String> spelling = Lexicon.synonyms("spelling");

  /**
   * Persons of one sentence. {@code knownNames} are full names (two words or more) the document
   * already established; single words of those names are recognized as that person.
   */
  List<PersonMention> find(List<Token> tokens, Set<String> knownNames) {
    return find(tokens, knownNames, new ArrayList<>());
  }

  /**
   * As {@link #find(List, Set)}, and adds to {@code candidates} every normalized name that was
   * checked against {@code knownNames}: only through those does the result depend on them.
   */
  List<PersonMention> find(List<Token> tokens, Set<String> knownNames, List<String> candidates) {
    List<PersonMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameWord(tokens, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && (isNameWord(tokens, j) || isInnerParticle(tokens, j))) {
        j++;
        if (Words.fold(tokens.get(j - 1)).endsWith("'s")) {
          break; // a possessive ends the name: "Trump's White House"
        }
      }
      readRun(tokens, i, j, knownNames, out, candidates);
      i = j;
    }
    return out;
  }

  private void readRun(List<Token> tokens, int from, int to, Set<String> known, List<PersonMention> out,
      List<String> candidates) {
    // The last title word inside the run splits it into role and name.
    int lastTitle = -1;
    for (int k = from; k < to; k++) {
      if (isTitle(tokens.get(k))) {
        lastTitle = k;
      }
    }
    int nameStart = lastTitle >= 0 ? lastTitle + 1 : from;
    // A title vouches for the name after it: "Governor Ellen Park" keeps "Park", which alone
    // would read as a place word.
    boolean titled = lastTitle >= 0 && nameStart < to;
    // Drop opener words and blocked words at the edges of what is left.
    while (nameStart < to && (OPENERS.contains(Words.fold(tokens.get(nameStart)))
        || !titled && blocked(tokens.get(nameStart)) || hyphenatedDescriptor(tokens.get(nameStart)))) {
      nameStart++;
    }
    int nameEnd = to;
    while (nameEnd > nameStart && (!titled && blocked(tokens.get(nameEnd - 1)) || isPlace(tokens.get(nameEnd - 1)))) {
      nameEnd--;
    }
    if (nameEnd <= nameStart || nameEnd - nameStart > 4) {
      return;
    }
    if (nameEnd < tokens.size() && Character.isDigit(tokens.get(nameEnd).text().charAt(0))
        && tokens.get(nameEnd).start() == tokens.get(nameEnd - 1).end()) {
      return; // a name glued to a number is a channel or a product: "told Q8 News", "a K9 unit"
    }
    boolean allBlocked = true;
    for (int k = nameStart; k < nameEnd; k++) {
      allBlocked &= blocked(tokens.get(k));
    }
    if (allBlocked) {
      return; // "Tarnholm General Hospital": a title before an institution's word names no one
    }
    for (int k = nameStart; k < nameEnd; k++) {
      if ((!titled && blocked(tokens.get(k))) || isPlace(tokens.get(k)) || isTitle(tokens.get(k))) {
        return;
      }
    }
    String name = normalize(tokens.subList(nameStart, nameEnd));
    // Every candidate resolved below is made of words of this name.
    candidates.add(name);
    int roleStart = nameStart;
    String role = "";
    boolean former = false;
    if (lastTitle >= 0) {
      roleStart = from;
      for (int k = from; k < lastTitle; k++) {
        if (Words.fold(tokens.get(k)).endsWith("'s")) {
          roleStart = k + 1; // "Trump's Treasury Secretary": the possessor is not part of the role
        }
      }
      while (roleStart <= lastTitle && (isPlace(tokens.get(roleStart)) || Words.in(tokens.get(roleStart), formerMarkers))) {
        if (Words.in(tokens.get(roleStart), formerMarkers)) {
          former = true; // "Former Police Chief Harold Grimes"
        }
        roleStart++;
      }
      if (roleStart == from) {
        // "former state Senator David Kessler": lower-case modifiers before the capitalized title.
        int k = roleStart;
        while (k > 0 && k > roleStart - 3 && Words.in(tokens.get(k - 1), roleModifiers)) {
          k--;
        }
        roleStart = k;
      }
      role = roleText(tokens.subList(roleStart, lastTitle + 1));
    } else if (nameStart > 0 && isTitle(tokens.get(nameStart - 1)) && !tokens.get(nameStart - 1).capitalized()) {
      // "top trade negotiator Ryosei Akazawa": a lower-case role right before the name.
      roleStart = nameStart - 1;
      while (roleStart > 0 && roleStart > nameStart - 5 && isRoleModifier(tokens.get(roleStart - 1))) {
        roleStart--;
      }
      role = roleText(tokens.subList(roleStart, nameStart));
    }
    if (role.isEmpty() && nameStart >= 2 && tokens.get(nameStart - 1).text().equals(",")
        && isTitle(tokens.get(nameStart - 2)) && !tokens.get(nameStart - 2).capitalized()) {
      // "Japan's top trade negotiator, Ryosei Akazawa,": the role before a comma
      // (a marker before it, "Its former chief operating officer, Oswin Pryor", makes it past).
      int end = nameStart - 1;
      roleStart = end - 1;
      while (roleStart > 0 && roleStart > end - 5 && isRoleModifier(tokens.get(roleStart - 1))) {
        roleStart--;
      }
      role = roleText(tokens.subList(roleStart, end));
    }
    if (!role.isEmpty()) {
      if (role.startsWith("ex-")) {
        role = role.substring(3);
        former = true;
      }
      if (role.startsWith("former ")) {
        role = role.substring(7);
        former = true;
      }
      // "Former Eastbridge finance director X": the marker may stand before an organization name.
      for (int k = roleStart - 1; k >= Math.max(0, roleStart - 3); k--) {
        if (Words.in(tokens.get(k), formerMarkers)) {
          former = true;
          break;
        }
        if (!tokens.get(k).capitalized() || tokens.get(k).text().equals(",")) {
          break;
        }
      }
    }
    boolean evidence = !role.isEmpty()
        || nameStart > 0 && HONORIFICS.contains(Words.fold(tokens.get(nameStart - 1))) // "Dr. Annika Marchetti"
        || nextToSpeechVerb(tokens, nameStart, nameEnd)
        || appositiveRole(tokens, nameEnd)
        || nameEnd - nameStart >= 2 && appositiveAfterRole(tokens, nameStart, nameEnd)
        || ageApposition(tokens, nameEnd)
        || nameEnd - nameStart >= 2 && (ageBefore(tokens, nameStart) || relativeWho(tokens, nameStart, nameEnd)
            || describedByAge(tokens, nameEnd));
    int words = nameEnd - nameStart;
    if (evidence && words >= 1) {
      out.add(new PersonMention(nameStart, nameEnd, resolve(name, known), role, former, roleStart));
      return;
    }
    // No evidence of its own: accept names, or single words of names, the document established.
    for (int k = nameStart; k < nameEnd; k++) {
      for (int len = nameEnd - k; len >= 1; len--) {
        String candidate = normalize(tokens.subList(k, k + len));
        String resolved = resolve(candidate, known);
        if (known.contains(resolved) && otherGivenName(tokens, nameStart, nameEnd, k, k + len, resolved)) {
          return; // "Maisie Tolverne" when the document knows Joanne Tolverne: another Tolverne
        }
        if (known.contains(resolved)) {
          out.add(new PersonMention(k, k + len, resolved, "", false, k));
          k += len - 1;
          break;
        }
      }
    }
  }

  /**
   * Whether a capitalized name word next to the part {@code [from, to)} that names a known person
   * is not that person's: "Maisie Tolverne" is not Joanne Tolverne, though "Tolverne" alone would be.
   */
  private boolean otherGivenName(List<Token> tokens, int nameStart, int nameEnd, int from, int to, String known) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(known.split(" "))); // (a name may repeat a word)
    for (int k = nameStart; k < nameEnd; k++) {
      if (k >= from && k < to) {
        continue;
      }
      String word = nameWord(Words.fold(tokens.get(k)));
      // (Not a sentence's capitalized first word: "Although Ruiz opposed ..." is Ruiz.)
      if (k > 0 && isNameWord(tokens, k) && !isTitle(tokens.get(k)) && !blocked(tokens.get(k)) && !words.contains(word)
          && !HONORIFICS.contains(Words.fold(tokens.get(k))) && !CLAUSE_OPENERS.contains(word) && !OPENERS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A single word, or a name in another order, resolved to the one known full name it fits. */
  static String resolve(String name, Set<String> known) {
    if (known.contains(name)) {
      return name;
    }
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(name.split(" ")));
    String match = null;
    for (String k : known) {
      if (new java.util.HashSet<>(java.util.Arrays.asList(k.split(" "))).containsAll(words)) {
        if (match != null && !match.equals(k)) {
          return name; // fits two people: leave it
        }
        match = k;
      }
    }
    return match == null ? name : match;
  }

  /** A person's name in normal form: folded, possessive and punctuation removed. */
  static String normalize(List<Token> nameTokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : nameTokens) {
      String w = nameWord(Words.fold(t));
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }

  /**
   * {@code NOT_NAME_CHARS} removed from {@code folded} after a final {@code POSSESSIVE}: a
   * code-point loop for words without line terminators (where {@code $} means the end), the two
   * regexes otherwise. Runs on every word of every candidate name.
   */
  static String nameWord(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return NOT_NAME_CHARS.matcher(POSSESSIVE.matcher(folded).replaceAll("")).replaceAll("");
      }
    }
    String w = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    StringBuilder b = null;
    for (int i = 0; i < w.length(); ) {
      int c = w.codePointAt(i);
      int n = Character.charCount(c);
      boolean keep = Character.isLetter(c) || c == '-' || c == '\'' || c == ' ';
      if (!keep && b == null) {
        b = new StringBuilder(w.length()).append(w, 0, i);
      } else if (keep && b != null) {
        b.appendCodePoint(c);
      }
      i += n;
    }
    return b == null ? w : b.toString();
  }

  private String roleText(List<Token> roleTokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : roleTokens) {
      String w = Words.fold(t);
      if (w.equals("'s") || w.equals(",")) {
        continue;
      }
      w = spelling.getOrDefault(w, w);
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }

  private boolean isNameWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!matchesNameWord(t.text())) {
      return false;
    }
    String f = Words.fold(t);
    return !CALENDAR.contains(f) && !f.equals("'s");
  }

  /**
   * {@code NAME_WORD.matcher(text).matches()} as a code-point loop: an upper-case letter, then
   * letters, marks and {@code .'’-}. Asked of every token of every sentence, twice.
   */
  static boolean matchesNameWord(String text) {
    if (text.isEmpty() || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok = Tokenizer.isLetterOrMark(c) || c == '.' || c == '\'' || c == '’' || c == '-';
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private boolean isInnerParticle(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i).text()) && isNameWord(tokens, i + 1) && i > 0
        && isNameWord(tokens, i - 1);
  }

  private boolean isTitle(Token t) {
    String f = Words.fold(t);
    return titles.contains(f) || (f.startsWith("ex-") && titles.contains(f.substring(3)));
  }

  private boolean isRoleModifier(Token t) {
    String f = Words.fold(t);
    // "former" itself is not part of the role: it marks the role as past.
    return LETTERS_AND_HYPHENS.matcher(f).matches() && !t.capitalized() && !OPENERS.contains(f) && !speechVerbs.contains(f)
        && !formerMarkers.contains(f);
  }

  private boolean isPlace(Token t) {
    return countries.containsKey(Words.fold(t));
  }

  private boolean blocked(Token t) {
    String f = Words.fold(t);
    return blockers.contains(f) || countries.containsKey(f) || f.endsWith("-based");
  }

  private boolean nextToSpeechVerb(List<Token> tokens, int start, int end) {
    return (end < tokens.size() && Words.in(tokens.get(end), speechVerbs))
        || (start > 0 && Words.in(tokens.get(start - 1), speechVerbs));
  }

  /** "Maria Ortiz, 38, …": only people have an age between commas after their name. */
  private static boolean ageApposition(List<Token> tokens, int end) {
    return end + 2 < tokens.size() && Words.ageAfterName(tokens, end) >= 0;
  }

  /**
   * "Declan Moorcroft, who represents Quillan East,": "who" is said of people, not of places or
   * firms; but not after a preposition ("the member for Quillan East, who ...": the who is the member).
   */
  private static boolean relativeWho(List<Token> tokens, int start, int end) {
    return (start == 0 || !PREPOSITIONS.contains(Words.fold(tokens.get(start - 1))))
        && end + 1 < tokens.size() && tokens.get(end).text().equals(",")
        && (Words.fold(tokens.get(end + 1)).equals("who") || Words.fold(tokens.get(end + 1)).equals("whose"));
  }

  /** "Morag Pettigrew, the 58-year-old who chairs ...", "Lena Moss, a 34-year-old nurse,": an age describing the name. */
  private boolean describedByAge(List<Token> tokens, int end) {
    if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    String article = Words.fold(tokens.get(end + 1));
    Words.Age age = Words.ageAt(tokens, end + 2);
    if (!(article.equals("the") || article.equals("a") || article.equals("an")) || age == null || age.years() > MAX_AGE) {
      return false;
    }
    // Said of a person: "who" or an occupation after the age ("a 34-year-old nurse"); not "The
    // Kestrel Dam, a 60-year-old structure".
    int after = end + 2 + age.length();
    return after < tokens.size() && (Words.fold(tokens.get(after)).equals("who") || isTitle(tokens.get(after)));
  }

  /** "45-year-old Aurel Danek": an age right before a name of two words or more. */
  private static boolean ageBefore(List<Token> tokens, int start) {
    // A person's age ("the 120-year-old Grand Hotel" is a building).
    Words.Age age = Words.ageBeforeName(tokens, start);
    return age != null && age.years() <= MAX_AGE;
  }


  /**
   * A capitalized word ending in a descriptor after a hyphen describes the person before their name:
   * "Fourth-ranked Kalinda Brandvik", "Top-seeded" ({@code lexicon/name-descriptor-endings.txt});
   * not a name like "Jean-Luc" or "Heung-min".
   */
  private boolean hyphenatedDescriptor(Token token) {
    String text = token.text();
    int dash = text.lastIndexOf('-');
    return dash > 0 && dash + 1 < text.length()
        && descriptorEndings.contains(text.substring(dash + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Maisie's mother, Joanne Tolverne, said", "her husband, Tom Reyes,": a name of two words or more
   * set off by commas right after a noun of kin.
   */
  private boolean appositiveAfterRole(List<Token> tokens, int start, int end) {
    if (start < 2 || end >= tokens.size() || !tokens.get(start - 1).text().equals(",") || !tokens.get(end).text().equals(",")) {
      return false;
    }
    Token before = tokens.get(start - 2);
    return !before.capitalized() && Words.in(before, kinship); // (after a title the role is the evidence)
  }

  /** "Kurt Tong, managing partner at …": a comma, then a role phrase with a title word. */
  private boolean appositiveRole(List<Token> tokens, int end) {
    if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    for (int k = end + 1; k < Math.min(tokens.size(), end + 6); k++) {
      String f = Words.fold(tokens.get(k));
      if (f.equals(",") || f.equals(".") || k == end + 1 && CLAUSE_OPENERS.contains(f)) {
        return false; // (not "record in Port Talwyn, but coach rules out ...": a clause)
      }
      if (isTitle(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }
}
