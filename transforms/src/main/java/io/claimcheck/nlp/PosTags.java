package io.claimcheck.nlp;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Part-of-speech tags of one sentence, computed only for the stretches of it that an extractor
 * asks about. Tagging is the most expensive step of extraction, and the extractors read tags a few
 * tokens either side of a number or a stance word, so the sentence is cut into chunks of {@value
 * #CHUNK} tokens and a chunk is tagged, on first request, together with the {@value #LEFT} tokens
 * before it and the {@value #RIGHT} after it.
 *
 * <p>Why those margins: the OpenNLP tagger's features for a token are the words two either side,
 * a "sentence begins" flag within two tokens of the start, and the two previous tags; decoding is
 * greedy and left to right. So two words of right context make a chunk's features exact on the
 * right, and on the left the first tokens of the window, which lack their own left context, have
 * five tokens to lose their influence before the chunk starts. Chunks are fixed, so a token's tag
 * never depends on the order in which tokens are asked for. Short sentences are tagged whole.
 */
public final class PosTags {

  static final int CHUNK = 8;
  static final int LEFT = 5;
  static final int RIGHT = 2;

  private final String[] words;
  private final Function<String[], String[]> tagger;
  private final String[] tags;

  /** Tags of {@code words}, to be computed by {@code tagger} (which tags a whole token sequence). */
  public PosTags(String[] words, Function<String[], String[]> tagger) {
    this.words = words;
    this.tagger = tagger;
    this.tags = new String[words.length];
  }

  /** The tag of token {@code k}. */
  public String at(int k) {
    String tag = tags[k];
    if (tag == null) {
      tagChunkOf(k);
      tag = tags[k];
    }
    return tag;
  }

  /** Number of tokens. */
  public int length() {
    return words.length;
  }

  private void tagChunkOf(int k) {
    int n = words.length;
    if (n <= CHUNK + LEFT + RIGHT) {
      System.arraycopy(tagger.apply(words), 0, tags, 0, n);
      return;
    }
    int chunkStart = k - k % CHUNK;
    int chunkEnd = Math.min(n, chunkStart + CHUNK);
    int from = Math.max(0, chunkStart - LEFT);
    int to = Math.min(n, chunkEnd + RIGHT);
    String[] windowTags = tagger.apply(Arrays.copyOfRange(words, from, to));
    System.arraycopy(windowTags, chunkStart - from, tags, chunkStart, chunkEnd - chunkStart);
  }
}
