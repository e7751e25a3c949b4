package io.tacit.transcript;

import io.tacit.text.Span;

/**
 * A coding unit: a turn or a sentence, with who said it.
 *
 * @param id e.g. {@code p01:t12}
 * @param speaker the turn's speaker label
 * @param role interviewer or participant
 * @param span where it is in the canonical text
 * @param text its text
 */
public record Unit(UnitId id, String speaker, Role role, Span span, String text) {}
