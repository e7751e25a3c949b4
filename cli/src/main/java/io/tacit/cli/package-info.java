/**
 * The command line: {@link io.tacit.cli.Main}, the root command, exit codes and the one place that
 * turns exceptions into messages. Commands live in {@code command}, shared options in {@code
 * option}, terminal output in {@code render}.
 */
@NullMarked
package io.tacit.cli;

import org.jspecify.annotations.NullMarked;
