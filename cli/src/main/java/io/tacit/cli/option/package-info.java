@NullMarked
package io.tacit.cli.option;

import org.jspecify.annotations.NullMarked;
