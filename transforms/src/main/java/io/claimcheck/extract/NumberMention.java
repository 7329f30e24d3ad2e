package io.claimcheck.extract;

import io.claimcheck.model.ClaimValue;

/**
 * A number expression found in a tokenized sentence, with its normalized value.
 *
 * @param startToken index of the first token of the expression (an approximator such as "more than"
 *     or a currency symbol included)
 * @param endToken index just past the last token (exclusive)
 * @param start character offset of the expression in the document
 * @param end character offset just past the expression in the document
 * @param value the normalized quantity (see {@link NumberParser} for the interval and text rules)
 * @param approximator {@code exact}, {@code more_than}, {@code at_least}, {@code up_to}, {@code
 *     fewer_than}, {@code about}, {@code nearly} or {@code range}
 * @param dimension {@code count}, {@code percent}, {@code percentage_points}, {@code money}, {@code
 *     duration}, {@code length}, {@code mass}, {@code speed}, {@code area}, {@code magnitude}, {@code
 *     category}
 * @param unitless whether this is a bare count: the caller attaches the counted noun that follows
 */
public record NumberMention(
    int startToken,
    int endToken,
    int start,
    int end,
    ClaimValue value,
    String approximator,
    String dimension,
    boolean unitless) {}
