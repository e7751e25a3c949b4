/**
 * Codings: one coder's application of a code to a span of a transcript, each coder's file, and what
 * is built from them (worksheets, suggestions, consensus, unit-level reliability data).
 */
@NullMarked
package io.tacit.coding;

import org.jspecify.annotations.NullMarked;
