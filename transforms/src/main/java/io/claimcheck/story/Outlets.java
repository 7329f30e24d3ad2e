package io.claimcheck.story;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article comes from, so that an outlet's own words — its name in datelines and
 * footers, its syndication notes, its recurring slogans — are not taken for a story's. Two short
 * reports of one outlet about different events share all of those; across a large corpus they link
 * unrelated stories ({@link AssignStories#withOutletFeatures}).
 *
 * <p>The outlet is the JSONL {@code source} when given, else the credit of a wire-style dateline that
 * starts a line near the top of the text: {@code WASHINGTON (Reuters) -}, {@code LONDON, March 3 (AP)
 * —}, {@code SAN JUAN, Puerto Rico (AFP) -}. Otherwise it is unknown, and nothing is dropped per
 * outlet. Not read: title-case datelines ({@code Washington (CNN) —}, which running text with a
 * bracket also looks like), credits without a place ({@code (CNN) —}), press-release datelines
 * ({@code /PRNewswire/}).
 */
public final class Outlets {

  /** The hash of an unknown outlet. */
  public static final long NONE = 0L;

  // A place in capitals (a dateline), optionally a comma and a date or region, then the credit in
  // brackets and a dash. Not a colon: "SPEAKER (voice-over):" is a transcript. Only the first
  // LEAD_CHARS characters are searched: datelines open the story, under the headline and byline.
  private static final Pattern DATELINE_CREDIT = Pattern.compile(
      "(?m)^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{1,40}(?:,[^()\\n]{1,30})?[ \\t]*\\(([^()\\n]{2,60})\\)[ \\t]*[-–—]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int LEAD_CHARS = 1000;

  private Outlets() {}

  /** The outlet of an article: its {@code source} if not blank, else its dateline's credit, else "". */
  public static String of(String source, String text) {
    String named = normalize(source);
    return named.isEmpty() ? creditOf(text) : named;
  }

  /** The credit of the first wire-style dateline in the lead of {@code text}, normalized; "" if none. */
  public static String creditOf(String text) {
    Matcher m = DATELINE_CREDIT.matcher(text);
    m.region(0, Math.min(text.length(), LEAD_CHARS));
    while (m.find()) {
      if (isName(m.group(1))) {
        return normalize(m.group(1));
      }
    }
    return "";
  }

  /** At least half letters ("Radio 4 News", not a formation "4-2-3-1" or a time "10:30 GMT"). */
  private static boolean isName(String credit) {
    int letters = 0;
    for (int i = 0; i < credit.length(); i++) {
      if (Character.isLetter(credit.charAt(i))) {
        letters++;
      }
    }
    return letters >= 2 && 2 * letters >= credit.strip().length();
  }

  /** The hash of an outlet; {@link #NONE} for "". */
  public static long hash(String outlet) {
    if (outlet.isEmpty()) {
      return NONE;
    }
    long h = MinHash.hash("outlet:" + outlet);
    return h == NONE ? 1 : h;
  }

  /** The key of one feature of one outlet: what is counted, and dropped, per outlet. */
  public static long featureKey(long outlet, long feature) {
    return MinHash.mix(MinHash.mix(outlet) ^ Long.rotateLeft(feature, 29) ^ 0x9E3779B97F4A7C15L);
  }

  private static String normalize(String name) {
    return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
