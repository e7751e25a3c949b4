package io.tacit.deidentify;

import io.tacit.text.Span;

/** A span one detector proposes, before overlaps between detectors are settled. */
record Candidate(IdentifierType type, Span span) {}
