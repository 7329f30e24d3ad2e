package io.claimcheck.read;

/**
 * The size limit on one document, and the rejection reasons it gives. A document (a {@code .txt}
 * file or the {@code text} of a JSONL line) longer than the limit is <em>rejected</em>, not
 * truncated: a truncated article would look as if it left out the facts of its missing end, and
 * would be reported for omissions it did not make.
 *
 * <p>A {@code .txt} file is read up to {@link #maxFileBytes} bytes only (after gzip decompression),
 * so an endless or hugely compressed file cannot exhaust a worker's memory.
 */
public final class DocumentLimits {

  /** Default maximum document length in characters (about 150,000 words: far beyond any article). */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

  // UTF-8 takes at most 4 bytes per char (a surrogate pair is 2 chars in 4 bytes); UTF-16 takes 2.
  private static final int MAX_BYTES_PER_CHAR = 4;

  private DocumentLimits() {}

  /** The most bytes a text file of at most {@code maxChars} characters can have. */
  public static int maxFileBytes(int maxChars) {
    return (int) Math.min((long) maxChars * MAX_BYTES_PER_CHAR, Integer.MAX_VALUE - 16);
  }

  /** The reason for a document of {@code chars} characters, or null when it is within {@code maxChars}. */
  public static String tooLarge(int chars, int maxChars) {
    return chars > maxChars ? "too large: " + chars + " characters (limit " + maxChars + ")" : null;
  }

  /** The reason for a text file with more than {@link #maxFileBytes} bytes. */
  public static String tooManyBytes(int maxChars) {
    return "too large: more than " + maxFileBytes(maxChars) + " bytes (limit " + maxChars + " characters)";
  }
}
