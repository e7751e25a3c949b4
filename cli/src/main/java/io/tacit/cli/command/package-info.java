@NullMarked
package io.tacit.cli.command;

import org.jspecify.annotations.NullMarked;
