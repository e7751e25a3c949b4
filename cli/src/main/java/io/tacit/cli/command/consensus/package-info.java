/** {@code tacit consensus}: two coders merged into one, their disagreements settled by a sheet. */
@NullMarked
package io.tacit.cli.command.consensus;

import org.jspecify.annotations.NullMarked;
