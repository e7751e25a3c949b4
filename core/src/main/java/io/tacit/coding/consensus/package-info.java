/**
 * Consensus coding: two coders' codings merged unit by unit, their disagreements settled by the
 * team's decisions sheet, and the trail of those decisions kept for the report.
 */
@NullMarked
package io.tacit.coding.consensus;

import org.jspecify.annotations.NullMarked;
