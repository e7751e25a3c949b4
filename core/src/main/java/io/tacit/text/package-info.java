/**
 * Text as Tacit counts it: code-point spans, normalisation (NFC, LF), decoding of files as
 * researchers have them, hashes, and the rule for identifiers that become file names. JDK only.
 */
@NullMarked
package io.tacit.text;

import org.jspecify.annotations.NullMarked;
