package io.tacit.coding.consensus;

import io.tacit.transcript.UnitId;

/**
 * One row of a filled-in decisions sheet. Immutable.
 *
 * @param unit the unit the coders disagree on
 * @param code the code they disagree about
 * @param decision what the team decided
 * @param decidedBy who decided, as written (may be empty)
 * @param reason why, as written (may be empty)
 * @param line the sheet's line, for messages
 */
public record SettledDecision(
    UnitId unit, String code, Decision decision, String decidedBy, String reason, long line) {}
