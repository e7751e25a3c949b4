@NullMarked
package io.tacit.cli.render;

import org.jspecify.annotations.NullMarked;
