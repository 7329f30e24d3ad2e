package io.claimcheck.nlp;

import java.io.Serializable;

/**
 * A sentence of a document, with character offsets in the document text.
 *
 * @param index position of the sentence in the document, from 0
 * @param start offset of the first character in the document text
 * @param end offset just past the last character in the document text
 * @param text the sentence text ({@code documentText.substring(start, end)})
 */
public record Sentence(int index, int start, int end, String text) implements Serializable {}
