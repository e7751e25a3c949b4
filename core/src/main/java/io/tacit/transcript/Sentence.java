package io.tacit.transcript;

import io.tacit.text.Span;

/**
 * A sentence as CoreNLP's splitter found it, always inside one turn.
 *
 * @param number 1-based position in the transcript
 * @param turn the number of the turn it belongs to
 * @param span the sentence in the canonical text
 */
public record Sentence(int number, int turn, Span span) {}
