package io.claimcheck.extract;

import io.claimcheck.nlp.Token;
import io.claimcheck.normalize.Lexicon;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Small word-level helpers over the lexicons: lemmas, look-ups of multi-word phrases. */
final class Words {

  private Words() {}

  /**
   * Lower case, accents removed, curly apostrophes straightened, British spellings made American
   * ({@code spelling.txt}), so every look-up and key sees one spelling.
   */
  static String fold(String s) {
    String n = isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    String lower = n.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
    return SPELLING.getOrDefault(lower, lower);
  }

  /** {@link #fold(String)} of the token's text, computed once per token. */
  static String fold(Token t) {
    return t.folded(Words::fold);
  }

  // fold() runs several times per token: no regex compilation or Unicode normalization when the
  // word is plain ASCII, and the spelling map looked up once.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<String, String> SPELLING = Lexicon.synonyms("spelling");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is 1 to 3 digits ("38" in "Smith, 38,"). */
  /** Forms of "be": before a participle they make a passive ("was arrested", "were hurt"). */
  static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been", "be", "being");
  /** Words that open a noun phrase: articles, possessive pronouns, "this". */
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this");

  /** The articles: "supports building a wall" has an object after its gerund; a role after one is a noun. */
  static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Words before a noun an amount or a duration is given per: "$4 a gallon", "3 hours a day", "per share". */
  static final Set<String> PER_WORDS = Set.of("a", "an", "per", "each");

  /** A possessive written as a token of its own: "'s", "'" (straight or curly). */
  static boolean isPossessiveMarker(Token token) {
    String f = fold(token);
    return f.equals("'s") || f.equals("'") || f.equals("\u2019s") || f.equals("\u2019");
  }

  /** A word that ends in a possessive: "county's", "parties'" (straight or curly). */
  static boolean endsPossessive(Token token) {
    String f = fold(token);
    return f.endsWith("'s") || f.endsWith("\u2019s") || f.length() > 1 && (f.endsWith("'") || f.endsWith("\u2019"));
  }

  private static final Pattern AGE_WORD = Pattern.compile("(?:(\\d{1,3})-)?years?-old");

  /** An age written before a name: its years and how many tokens it takes. */
  record Age(int years, int length) {}

  /**
   * The age between commas right after a name ending at {@code end} ("Smith, 38," or "Smith, 38."
   * or at the sentence's end), or -1.
   */
  static int ageAfterName(List<Token> t, int end) {
    if (end + 1 >= t.size() || !t.get(end).text().equals(",") || !isSmallNumber(t.get(end + 1).text())) {
      return -1;
    }
    String after = end + 2 < t.size() ? t.get(end + 2).text() : ".";
    return after.equals(",") || after.equals(".") ? Integer.parseInt(t.get(end + 1).text()) : -1;
  }

  /** The age right before a name starting at {@code start} ("45-year-old Aurel Danek", "45 - year-old"), or null. */
  static Age ageBeforeName(List<Token> t, int start) {
    Age one = ageAt(t, start - 1);
    Age three = ageAt(t, start - 3);
    return one != null && one.length() == 1 ? one : three != null && three.length() == 3 ? three : null;
  }

  /** The age written at token {@code i}: "45-year-old" (one token) or "45", "-", "year-old"; or null. */
  static Age ageAt(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    java.util.regex.Matcher one = AGE_WORD.matcher(fold(t.get(i)));
    if (one.matches() && one.group(1) != null) {
      return new Age(Integer.parseInt(one.group(1)), 1);
    }
    if (i + 2 < t.size() && isSmallNumber(t.get(i).text()) && t.get(i + 1).text().equals("-")
        && AGE_WORD.matcher(fold(t.get(i + 2))).matches()) {
      return new Age(Integer.parseInt(t.get(i).text()), 3);
    }
    return null;
  }

  static boolean isSmallNumber(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A crude lemma: irregular forms from the lexicon, else English plural and verb endings
   * stripped. Only used to make keys agree across sources, never shown alone.
   */
  static String lemma(String word) {
    String w = fold(word);
    String irregular = Lexicon.table("irregular-lemmas").get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return verbStem(w.substring(0, w.length() - 3));
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      String stem = w.substring(0, w.length() - 2);
      return stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : verbStem(stem);
    }
    return w;
  }

  // Endings of a verb stem that lost its "e" to -ed/-ing ("reduc", "clos", "vot", "settl", "releas"), and
  // endings that look alike but keep none ("heat", "shoot", "claim").
  private static final Pattern SILENT_E = Pattern.compile(".*(?:c|v|[^z]z|dg|rg|ang|eng|[^o]ur|[^eo]at|(?:v|n|m|qu)ot"
      + "|[^o]ut|[^aoe]id|ud|[^o]od|[^ae]ir|[^eo]ar|os|ous|aus|fus|ccus|[^aeioulr]l|[^oa]ul|[^aoue]in|[^o]ok|[^eo]ak|ik"
      + "|[^eo]ap|[^aeo]am|[^o]om|[^ae]im|ns|rs|ps|ls|eas|ais|uis|ois|u|e)");
  // One syllable ending in a single vowel and "r" lost an "e": "scor" (scored), "stor", "bor".
  // Not "pour", "clear" (two vowels), nor longer stems: "monitor", "offer".
  private static final Pattern ONE_SYLLABLE_R = Pattern.compile("[^aeiouy]+[aeiou]r");
  private static final Pattern DOUBLED = Pattern.compile(".*[aeiou]([bgmnprt])\\1");

  /** The base form of a verb stem without its -ed/-ing ending: "reduc" -> "reduce", "stopp" -> "stop". */
  private static String verbStem(String stem) {
    if (stem.length() < 2) {
      return stem;
    }
    if (DOUBLED.matcher(stem).matches()) {
      return stem.substring(0, stem.length() - 1);
    }
    return SILENT_E.matcher(stem).matches() || ONE_SYLLABLE_R.matcher(stem).matches() ? stem + "e" : stem;
  }

  /**
   * The longest phrase of {@code lexicon} (a synonym map) that starts at token {@code i}, as
   * {@code [canonical, tokenCount]}, or null. Phrases are matched on folded tokens joined by spaces.
   */
  static Match longestPhrase(List<Token> tokens, int i, Map<String, String> lexicon, int maxWords) {
    if (i >= tokens.size() || maxWords < 1) {
      return null;
    }
    String phrase = fold(tokens.get(i));
    String canonical = lexicon.get(phrase);
    Match best = canonical == null ? null : new Match(canonical, 1);
    Set<String> prefixes = phrasePrefixes(lexicon);
    for (int n = 2; n <= maxWords && i + n <= tokens.size() && prefixes.contains(phrase); n++) {
      // Only while the words so far begin some longer entry: most words begin none.
      phrase = phrase + ' ' + fold(tokens.get(i + n - 1));
      canonical = lexicon.get(phrase);
      if (canonical != null) {
        best = new Match(canonical, n);
      }
    }
    return best;
  }

  // Lexicon maps are a handful of shared immutable maps (Lexicon's cache): their prefix sets are
  // computed once each, keyed by identity.
  private static volatile Map<Map<String, String>, Set<String>> prefixCache = new IdentityHashMap<>();

  /** Every proper word prefix of the lexicon's multi-word keys: "death" for "death toll". */
  static Set<String> phrasePrefixes(Map<String, String> lexicon) {
    Set<String> prefixes = prefixCache.get(lexicon);
    if (prefixes == null) {
      Set<String> computed = new HashSet<>();
      for (String key : lexicon.keySet()) {
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
          computed.add(key.substring(0, space));
        }
      }
      prefixes = Set.copyOf(computed);
      synchronized (Words.class) {
        Map<Map<String, String>, Set<String>> copy = new IdentityHashMap<>(prefixCache);
        copy.put(lexicon, prefixes);
        prefixCache = copy;
      }
    }
    return prefixes;
  }

  /** Whether the folded token is in a word list. */
  static boolean in(Token t, Set<String> words) {
    return words.contains(fold(t));
  }

  /** A lexicon phrase found in a token list. */
  record Match(String canonical, int length) {}
}
