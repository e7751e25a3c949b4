/** {@code tacit code ...}: applying codes, listing them, spreadsheets, suggestions. */
@NullMarked
package io.tacit.cli.command.code;

import org.jspecify.annotations.NullMarked;
