package io.claimcheck.nlp;

import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a document into sentences: paragraphs (lines) first, then the OpenNLP sentence model
 * within each paragraph, then rule-based repairs around abbreviations ({@code abbreviations.txt},
 * {@code sentence-openers.txt}) and a length cap. Not thread-safe: make one per thread (per DoFn
 * instance).
 */
public final class SentenceSplitter {

  /** Default cap: longer sentences are cut at the last space before this many characters. */
  public static final int MAX_SENTENCE_CHARS = 1_000;

  /** Lines longer than this go to the model in windows. */
  private static final int MODEL_WINDOW_CHARS = 5_000;

  /** Words longer than this are never abbreviations (and are not scanned further). */
  private static final int MAX_ABBREVIATION_CHARS = 24;

  private static final String TITLE = "title";
  private static final String FIXED = "fixed";
  private static final String AMBIGUOUS = "ambiguous";

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  // Leading quotes/brackets and trailing closers; a trailing comma means "no abbreviation end".
  private static final Pattern EDGE_NON_WORD = Pattern.compile("^[^\\p{L}\\d]+|[\"'”’)\\]]+$");

  private final SentenceDetectorME detector;
  private final int maxSentenceChars;
  private final Map<String, String> abbreviations = Lexicon.table("abbreviations");
  // A word ending in a decimal number: "$1.42", "€3.20".
  private static final Pattern DECIMAL_END = Pattern.compile("\\d\\.\\d+$");
  private final Set<String> openers = Lexicon.words("sentence-openers");

  /** A splitter with the default cap of {@value #MAX_SENTENCE_CHARS} characters per sentence. */
  public SentenceSplitter() {
    this(MAX_SENTENCE_CHARS);
  }

  /**
   * A splitter that cuts sentences longer than {@code maxSentenceChars}, so that the tagger and the
   * extractors (superlinear in sentence length) never see a pathological run-on line whole.
   */
  public SentenceSplitter(int maxSentenceChars) {
    if (maxSentenceChars < 1) {
      throw new IllegalArgumentException("maxSentenceChars must be positive, got " + maxSentenceChars);
    }
    this.detector = new SentenceDetectorME(NlpModels.sentenceModel());
    this.maxSentenceChars = maxSentenceChars;
  }

  /** The sentences of {@code text}, with offsets in {@code text}. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        List<int[]> spans = modelSpans(text, lineStart, lineEnd);
        spans = splitAfterAbbreviations(text, spans);
        spans = mergeAfterAbbreviations(text, spans);
        spans = capLength(text, spans);
        for (int[] span : spans) {
          out.add(new Sentence(out.size(), span[0], span[1], text.substring(span[0], span[1])));
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  /** The OpenNLP sentences of one line, trimmed, as document offsets {start, end}. */
  private List<int[]> modelSpans(String text, int lineStart, int lineEnd) {
    List<int[]> spans = new ArrayList<>();
    int start = lineStart;
    while (start < lineEnd) {
      int end = windowEnd(text, start, lineEnd);
      for (Span span : detector.sentPosDetect(text.substring(start, end))) {
        addTrimmed(text, start + span.getStart(), start + span.getEnd(), spans);
      }
      start = end;
    }
    return spans;
  }

  /**
   * The model slows down quadratically on huge unbroken runs ("a.a.a..."), so very long lines are
   * fed in windows, cut after a period and space when there is one, else at a space.
   */
  private static int windowEnd(String text, int start, int lineEnd) {
    if (lineEnd - start <= MODEL_WINDOW_CHARS) {
      return lineEnd;
    }
    int limit = start + MODEL_WINDOW_CHARS;
    int space = -1;
    for (int i = limit; i > start + MODEL_WINDOW_CHARS / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        if (text.charAt(i - 1) == '.') {
          return i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /**
   * The model keeps "in the U.S. The talks ..." together; split after an ambiguous abbreviation
   * when a capitalized sentence opener follows it.
   */
  private List<int[]> splitAfterAbbreviations(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int start = span[0];
      int i = span[0];
      while (i < span[1]) {
        int wordEnd = i;
        while (wordEnd < span[1] && !Character.isWhitespace(text.charAt(wordEnd))) {
          wordEnd++;
        }
        int next = wordEnd;
        while (next < span[1] && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < span[1]
            && wordEnd - i <= MAX_ABBREVIATION_CHARS
            && AMBIGUOUS.equals(abbreviationKind(text.substring(i, wordEnd)))
            && startsWithCapitalizedOpener(firstWord(text, next, span[1]))) {
          out.add(new int[] {start, wordEnd});
          start = next;
        }
        i = next;
      }
      out.add(new int[] {start, span[1]});
    }
    return out;
  }

  /**
   * The model splits after "Mr." or "U.S." in "Mr. Smith" and "U.S. Treasury Secretary"; join a
   * piece to the previous one when that ends in an abbreviation and the piece does not really
   * start a new sentence, or when that ends inside a decimal number.
   */
  private List<int[]> mergeAfterAbbreviations(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      if (!out.isEmpty()) {
        int[] previous = out.get(out.size() - 1);
        // Index-based word lookups keep this linear on long merged runs.
        int lastWordStart = previous[1];
        while (lastWordStart > previous[0]
            && previous[1] - lastWordStart < MAX_ABBREVIATION_CHARS
            && !Character.isWhitespace(text.charAt(lastWordStart - 1))) {
          lastWordStart--;
        }
        String lastWord = text.substring(lastWordStart, previous[1]);
        if (DECIMAL_END.matcher(lastWord).find()
            || continuesAfter(abbreviationKind(lastWord), firstWord(text, span[0], span[1]))) {
          // The model may end a sentence at the point of a decimal ("fell 9% to $1.42 | billion"):
          // OpenNLP then ends it at the next space. No sentence ends inside a number.
          previous[1] = span[1];
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }

  /** Cuts sentences longer than {@link #maxSentenceChars} at the last space before the cap. */
  private List<int[]> capLength(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int start = span[0];
      while (span[1] - start > maxSentenceChars) {
        int limit = start + maxSentenceChars;
        int cut = limit;
        while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
          cut--;
        }
        if (cut == start) {
          cut = limit; // no space at all: hard cut, but never inside a surrogate pair
          if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
          }
        }
        int before = out.size();
        addTrimmed(text, start, cut, out);
        start = cut;
        while (start < span[1] && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        if (out.size() == before && start == cut) {
          start = limit; // defensive: always make progress
        }
      }
      addTrimmed(text, start, span[1], out);
    }
    return out;
  }

  /**
   * Kind of abbreviation {@code word} ends with: title, fixed, ambiguous, or null when it is not
   * one. A single capital with a period is an initial (fixed); other dotted acronyms are ambiguous.
   */
  String abbreviationKind(String word) {
    // Every word of the text is asked; most hold no period, so skip the regex for them.
    if (word.indexOf('.') < 0) {
      return null;
    }
    String w = EDGE_NON_WORD.matcher(word).replaceAll("");
    if (w.isEmpty() || w.charAt(w.length() - 1) != '.') {
      return null;
    }
    String kind = abbreviations.get(w.toLowerCase(Locale.ROOT));
    if (kind != null) {
      return kind;
    }
    if (INITIAL.matcher(w).matches()) {
      return FIXED;
    }
    if (DOTTED_ACRONYM.matcher(w).matches()) {
      return AMBIGUOUS;
    }
    return null;
  }

  /**
   * Whether a piece starting with word {@code first} continues the sentence that ended with an
   * abbreviation of {@code kind}.
   */
  private boolean continuesAfter(String kind, String first) {
    if (kind == null) {
      return false;
    }
    if (first.isEmpty()) {
      return false;
    }
    char c = first.charAt(0);
    if (Character.isLowerCase(c) || Character.isDigit(c)) {
      return true;
    }
    if (TITLE.equals(kind) || FIXED.equals(kind)) {
      return true;
    }
    return !openers.contains(first.toLowerCase(Locale.ROOT));
  }

  private boolean startsWithCapitalizedOpener(String first) {
    return !first.isEmpty()
        && Character.isUpperCase(first.charAt(0))
        && openers.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * The first word of {@code text[from, to)}, without leading quotes or brackets and trailing
   * punctuation; empty if it does not start within a few characters.
   */
  private static String firstWord(String text, int from, int to) {
    int i = from;
    while (i < to && i < from + 8 && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\'')) {
      j++;
    }
    return text.substring(i, j);
  }

  private static void addTrimmed(String text, int s, int e, List<int[]> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }
}
