/** {@code tacit agree}: agreement on a reliability table, or between coders of the project. */
@NullMarked
package io.tacit.cli.command.agree;

import org.jspecify.annotations.NullMarked;
