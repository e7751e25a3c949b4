/**
 * Memos: a researcher's notes on a transcript, a unit, a code or a theme, kept as Markdown files
 * under {@code memos/}, one file per thing noted on.
 */
@NullMarked
package io.tacit.memo;

import org.jspecify.annotations.NullMarked;
