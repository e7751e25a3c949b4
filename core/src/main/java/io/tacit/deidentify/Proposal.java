package io.tacit.deidentify;

/** A finding and the replacement proposed for it. Immutable. */
public record Proposal(Finding finding, String replacement) {}
