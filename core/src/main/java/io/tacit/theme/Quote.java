package io.tacit.theme;

import io.tacit.transcript.UnitId;

/**
 * An extract quoted for a theme, attributed by role and participant id, never by name. Immutable.
 */
public record Quote(UnitId unit, String participant, String role, String text) {}
