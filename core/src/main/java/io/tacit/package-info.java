/**
 * Tacit: thematic analysis and coding of interview transcripts. This root package holds only the
 * exceptions that every capability package may throw.
 */
@NullMarked
package io.tacit;

import org.jspecify.annotations.NullMarked;
