package io.claimcheck.extract;

/**
 * A person named in a sentence.
 *
 * @param startToken first token of the name (titles excluded)
 * @param endToken token after the name
 * @param name normalized name: lower case, no accents, words in text order
 * @param role the title or role written before the name ({@code treasury secretary}), or empty
 * @param former whether that role was marked as past ({@code ex-}, {@code former})
 * @param roleStartToken first token of the role, or {@code startToken} when there is none
 */
record PersonMention(int startToken, int endToken, String name, String role, boolean former, int roleStartToken) {}
