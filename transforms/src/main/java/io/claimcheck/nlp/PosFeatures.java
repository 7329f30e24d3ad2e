package io.claimcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the English UD part-of-speech model's context generator makes for a token, with the
 * model's parameters for each feature looked up once per distinct word rather than once per token.
 *
 * <p>The generator (the model's {@code generator.featuregen}: bias, suffixes and prefixes up to 4,
 * the lowercase words in a window of two either side, sentence begin in the same window, token
 * class, the two previous tags) builds about seventeen fresh strings per token, which the model
 * then hashes and looks up: together two fifths of extraction time on Flink (BENCHMARKS.md). Most
 * of those strings depend on one word alone — its own affixes, itself as a neighbour, its class — so
 * here they are built and looked up once per word and kept; only the tag features are per token,
 * and there are few tags. Parameters are added in the generator's feature order, so the scores are
 * the very sums the generic path computes, bit for bit.
 *
 * <p>This mirrors a feature configuration rather than reading it, so {@link #matches} checks its
 * features and sums against the model's own generator on probe sentences; {@link GreedyPosTagger}
 * only uses it when the check passes. Not thread-safe (it caches); one per tagger.
 */
final class PosFeatures {

  // Enough for the common vocabulary of news text; cleared when full, so memory stays bounded.
  static final int MAX_CACHED_WORDS = 50_000;

  private static final String BIAS = "def";
  private static final int AFFIX_LENGTH = 4;
  private static final String[] NEIGHBOUR_PREFIXES = {"p1", "p2", "n1", "n2"};
  private static final String[] SENTENCE_BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};
  private static final Context[] NO_CONTEXTS = new Context[0];
  // Tag maps keep absent features too, so a miss is not looked up again.
  private static final Context ABSENT = new Context(new int[0], new double[0]);

  // Sentences whose every token (with tags before it) the check compares; short and odd ones too.
  private static final String[][] PROBES = {
    {"Prices"},
    {"The", "U.S."},
    {"Rescue", "teams", "pulled", "2", "survivors", "from", "the", "rubble", "late", "Tuesday", ",",
        "but", "dozens", "remain", "missing", "."},
    {"\"", "We'll", "appeal", "\"", "said", "lawyer", "Anna", "Kowalczyk-Nowak", ",", "52", ",", "at",
        "3:30", "p.m.", "in", "ZÜRICH", "."},
    {"İSTANBUL", "ΣΟΦΊΑ", "straße", "ǅemal", "\uD835\uDC00x", ""},
    {"Turnout", "was", "61.5", "%", "in", "2024", "(", "up", "from", "$1,200", ")", "A"},
  };

  private final Map<String, Context> parameters;
  private final int numOutcomes;
  private final int maxCachedWords;
  private final Context bias;
  private final Context[] sentenceBegin = new Context[SENTENCE_BEGIN.length];
  private final Map<String, Word> words = new HashMap<>();
  private final Map<String, Context> previousTag = new HashMap<>();
  private final Map<String, Map<String, Context>> previousTwoTags = new HashMap<>();

  /** Features scored with {@code parameters}, the model's predicate → parameters map. */
  PosFeatures(Map<String, Context> parameters, int numOutcomes) {
    this(parameters, numOutcomes, MAX_CACHED_WORDS);
  }

  /** Features scored with {@code parameters}, keeping at most {@code maxCachedWords} words. */
  PosFeatures(Map<String, Context> parameters, int numOutcomes, int maxCachedWords) {
    this.parameters = parameters;
    this.numOutcomes = numOutcomes;
    this.maxCachedWords = maxCachedWords;
    this.bias = parameters.get(BIAS);
    for (int k = 0; k < SENTENCE_BEGIN.length; k++) {
      sentenceBegin[k] = parameters.get(SENTENCE_BEGIN[k]);
    }
  }

  /**
   * One word's parameters: as the token itself and its class (only the features the model has, in
   * order), and as each of the four neighbours (null where the model lacks the feature).
   */
  static final class Word {
    final Context[] own;
    final Context[] asNeighbour;
    final Context[] tokenClass;

    private Word(Context[] own, Context[] asNeighbour, Context[] tokenClass) {
      this.own = own;
      this.asNeighbour = asNeighbour;
      this.tokenClass = tokenClass;
    }
  }

  /** The words of a sentence, from the cache or looked up. */
  Word[] words(String[] tokens) {
    Word[] sentence = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Word w = words.get(tokens[i]);
      if (w == null) {
        if (words.size() >= maxCachedWords) {
          words.clear();
        }
        w = lookUp(tokens[i]);
        words.put(tokens[i], w);
      }
      sentence[i] = w;
    }
    return sentence;
  }

  /** Number of words cached now (for tests). */
  int cachedWords() {
    return words.size();
  }

  private Word lookUp(String token) {
    String lower = StringUtil.toLowerCase(token);
    Context[] asNeighbour = new Context[NEIGHBOUR_PREFIXES.length];
    String[] neighbourFeatures = neighbourFeatures(lower);
    for (int k = 0; k < asNeighbour.length; k++) {
      asNeighbour[k] = parameters.get(neighbourFeatures[k]);
    }
    return new Word(present(ownFeatures(token, lower)), asNeighbour, present(tokenClassFeatures(token, lower)));
  }

  /** The parameters of those features the model has, in order. */
  private Context[] present(List<String> features) {
    List<Context> found = new ArrayList<>(features.size());
    for (String f : features) {
      Context c = parameters.get(f);
      if (c != null) {
        found.add(c);
      }
    }
    return found.isEmpty() ? NO_CONTEXTS : found.toArray(NO_CONTEXTS);
  }

  /**
   * Scores of every outcome for token {@code i} of {@code sentence}, into {@code scores}: the sums
   * of its features' parameters, added in the generator's order. {@code tags} holds the tags of
   * the tokens before {@code i}.
   */
  void score(int i, Word[] sentence, String[] tags, double[] scores) {
    Arrays.fill(scores, 0);
    add(bias, scores);
    Word w = sentence[i];
    addAll(w.own, scores);
    if (i >= 1) {
      add(sentence[i - 1].asNeighbour[0], scores);
    }
    if (i >= 2) {
      add(sentence[i - 2].asNeighbour[1], scores);
    }
    if (i + 1 < sentence.length) {
      add(sentence[i + 1].asNeighbour[2], scores);
    }
    if (i + 2 < sentence.length) {
      add(sentence[i + 2].asNeighbour[3], scores);
    }
    if (i < sentenceBegin.length) {
      add(sentenceBegin[i], scores);
    }
    addAll(w.tokenClass, scores);
    if (i >= 1 && tags[i - 1] != null) {
      add(previousTag(tags[i - 1]), scores);
    }
    if (i >= 2 && tags[i - 2] != null) {
      add(previousTwoTags(tags[i - 2], tags[i - 1]), scores);
    }
  }

  private Context previousTag(String tag) {
    return previousTag.computeIfAbsent(tag, t -> orAbsent(parameters.get("t=" + t)));
  }

  private Context previousTwoTags(String first, String second) {
    return previousTwoTags.computeIfAbsent(first, f -> new HashMap<>())
        .computeIfAbsent(second, s -> orAbsent(parameters.get("t2=" + first + "," + s)));
  }

  private static Context orAbsent(Context c) {
    return c == null ? ABSENT : c;
  }

  private static void addAll(Context[] contexts, double[] scores) {
    for (Context c : contexts) {
      add(c, scores);
    }
  }

  // Every addition of a parameter to a score, on both paths: the order of additions is the order of calls.
  private static void add(Context c, double[] scores) {
    if (c != null) {
      int[] outcomes = c.getOutcomes();
      double[] values = c.getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        scores[outcomes[j]] += values[j];
      }
    }
  }

  /** The feature strings of token {@code i}, in the order the model's generator makes them. */
  static List<String> features(int i, String[] tokens, String[] tags) {
    List<String> features = new ArrayList<>();
    features.add(BIAS);
    String lower = StringUtil.toLowerCase(tokens[i]);
    features.addAll(ownFeatures(tokens[i], lower));
    if (i >= 1) {
      features.add(neighbourFeatures(StringUtil.toLowerCase(tokens[i - 1]))[0]);
    }
    if (i >= 2) {
      features.add(neighbourFeatures(StringUtil.toLowerCase(tokens[i - 2]))[1]);
    }
    if (i + 1 < tokens.length) {
      features.add(neighbourFeatures(StringUtil.toLowerCase(tokens[i + 1]))[2]);
    }
    if (i + 2 < tokens.length) {
      features.add(neighbourFeatures(StringUtil.toLowerCase(tokens[i + 2]))[3]);
    }
    if (i < SENTENCE_BEGIN.length) {
      features.add(SENTENCE_BEGIN[i]);
    }
    features.addAll(tokenClassFeatures(tokens[i], lower));
    // As OpenNLP's tag features: none for a missing tag, though the pair prints a missing second one.
    if (i >= 1 && tags[i - 1] != null) {
      features.add("t=" + tags[i - 1]);
    }
    if (i >= 2 && tags[i - 2] != null) {
      features.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    }
    return features;
  }

  /** Suffixes and prefixes of 1 to 4 characters (as long as the token allows), then the lowercase token. */
  private static List<String> ownFeatures(String token, String lower) {
    int n = Math.min(token.length(), AFFIX_LENGTH);
    List<String> features = new ArrayList<>(2 * n + 1);
    for (int k = 0; k < n; k++) {
      features.add("suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
    }
    for (int k = 0; k < n; k++) {
      features.add("pre=" + token.substring(0, Math.min(k + 1, token.length())));
    }
    features.add("w=" + lower);
    return features;
  }

  /** The lowercase token as the word one and two before, and one and two after. */
  private static String[] neighbourFeatures(String lower) {
    String[] features = new String[NEIGHBOUR_PREFIXES.length];
    for (int k = 0; k < features.length; k++) {
      features[k] = NEIGHBOUR_PREFIXES[k] + "w=" + lower;
    }
    return features;
  }

  /** The token's class (capitalized, digits, punctuation...), alone and with the lowercase token. */
  private static List<String> tokenClassFeatures(String token, String lower) {
    String wordClass = FeatureGeneratorUtil.tokenFeature(token);
    return List.of("wc=" + wordClass, "w&c=" + lower + "," + wordClass);
  }

  /**
   * Whether this mirrors {@code generator}: for every token of the probe sentences, with tags from
   * {@code tagSet} before it, {@link #features} makes exactly the generator's features and {@link
   * #score} the very sums of their parameters ({@link #sum} over the generator's features).
   */
  boolean matches(POSContextGenerator generator, String[] tagSet) {
    Object[] noAdditionalContext = new Object[0];
    double[] expected = new double[numOutcomes];
    double[] actual = new double[numOutcomes];
    for (String[] probe : PROBES) {
      String[] tags = new String[probe.length];
      for (int i = 0; i < probe.length; i++) {
        tags[i] = tagSet[(i * 7 + probe.length) % tagSet.length];
      }
      Word[] sentence = words(probe);
      for (int i = 0; i < probe.length; i++) {
        String[] prior = Arrays.copyOf(tags, i);
        String[] context = generator.getContext(i, probe, prior, noAdditionalContext);
        if (!Arrays.asList(context).equals(features(i, probe, prior))) {
          return false;
        }
        sum(parameters, context, expected);
        score(i, sentence, prior, actual);
        if (!Arrays.equals(expected, actual)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The generic scores: the parameters of each feature of {@code context} the model has, added in
   * the context's order into {@code scores}.
   */
  static void sum(Map<String, Context> parameters, String[] context, double[] scores) {
    Arrays.fill(scores, 0);
    for (String predicate : context) {
      add(parameters.get(predicate), scores);
    }
  }
}
