package io.claimcheck.normalize;

/** Readable plurals of the canonical nouns keys use, for value texts and fact texts. */
public final class Nouns {

  private Nouns() {}

  /** {@code country} → {@code countries}, {@code man} → {@code men} ({@code irregular-plurals.txt}). */
  public static String plural(String noun) {
    String irregular = Lexicon.table("irregular-plurals").get(noun);
    if (irregular != null) {
      return irregular;
    }
    if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }
}
