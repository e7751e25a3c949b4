/**
 * Reliability of coded transcripts: which coders applied which code to which unit, over the
 * transcripts every named coder coded, and the agreement that follows (unit by code presence, and
 * for comparison NVivo-style characters and MAXQDA-style segments). The coefficients themselves
 * come from {@code io.tacit.agreement}; this package only lays codings over units and counts.
 */
@NullMarked
package io.tacit.coding.reliability;

import org.jspecify.annotations.NullMarked;
