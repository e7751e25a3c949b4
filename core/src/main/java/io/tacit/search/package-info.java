/**
 * Search over the data: the Lucene index of every unit (turns and sentences, with speaker, role,
 * participant attributes and codes), queries in Lucene's classic syntax, highlighted hits and
 * keyword in context, word frequencies and keyness, and term matching for code suggestions.
 *
 * <p>This is the only package that touches Lucene: its public types speak in transcripts, units,
 * spans and plain Java values. The index is derived data; {@code project.IndexStore} decides when
 * to (re)build it and holds the project lock while this package writes it.
 */
@NullMarked
package io.tacit.search;

import org.jspecify.annotations.NullMarked;
