package io.claimcheck.extract;

import io.claimcheck.model.ClaimValue;

/**
 * A date expression found in a tokenized sentence.
 *
 * @param startToken index of the first token of the expression
 * @param endToken index just past the last token (exclusive)
 * @param start character offset of the expression in the document
 * @param end character offset just past the expression in the document
 * @param value a {@link io.claimcheck.model.ValueKind#DATE} value: a weekday ({@code Wednesday}), an
 *     ISO date ({@code 2025-04-16}, {@code --04-16} without a year, {@code 2025-04}, {@code 1998}),
 *     or a relative date ({@code relative:yesterday})
 */
public record DateMention(int startToken, int endToken, int start, int end, ClaimValue value) {}
