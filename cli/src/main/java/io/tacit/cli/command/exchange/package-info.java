/** {@code tacit exchange ...}: whole projects in and out as REFI-QDA, thin over core's exchange. */
@NullMarked
package io.tacit.cli.command.exchange;

import org.jspecify.annotations.NullMarked;
