/** {@code tacit memo ...}: notes on transcripts, units, codes and themes. */
@NullMarked
package io.tacit.cli.command.memo;

import org.jspecify.annotations.NullMarked;
