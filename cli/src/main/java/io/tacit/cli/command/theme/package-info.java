/** {@code tacit themes} and its subcommands: suggest, edit, check and show themes. */
@NullMarked
package io.tacit.cli.command.theme;

import org.jspecify.annotations.NullMarked;
