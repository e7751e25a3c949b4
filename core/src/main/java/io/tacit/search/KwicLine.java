package io.tacit.search;

import io.tacit.text.Span;
import io.tacit.transcript.UnitId;

/**
 * One line of a keyword-in-context concordance: a match with the words around it in its unit. Line
 * breaks in the contexts are spaces. Immutable.
 *
 * @param unit the unit the match is in
 * @param participant the participant the transcript belongs to
 * @param span the match in the canonical text
 * @param left up to the context width of text before the match
 * @param match the matched text
 * @param right up to the context width of text after the match
 */
public record KwicLine(
    UnitId unit, String participant, Span span, String left, String match, String right) {}
