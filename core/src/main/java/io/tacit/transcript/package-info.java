/**
 * Transcripts as Tacit stores them: canonical text, speaker turns with roles, sentences, and the
 * coding units (turns and sentences) that researchers code. Immutable values.
 */
@NullMarked
package io.tacit.transcript;

import org.jspecify.annotations.NullMarked;
