/** {@code tacit codebook ...}: one class per subcommand, each thin over the core's codebook API. */
@NullMarked
package io.tacit.cli.command.codebook;

import org.jspecify.annotations.NullMarked;
