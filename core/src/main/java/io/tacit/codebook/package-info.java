/**
 * The study's codebook: a tree of codes with definitions, when to use them and when not, examples
 * and search terms. Reading (YAML, CSV, REFI-QDA .qdc) with every problem located, compiler-style;
 * writing (YAML, JSON, CSV, Markdown, .qdc); and the edits a codebook goes through as a study
 * proceeds, each recorded in its changelog.
 */
@NullMarked
package io.tacit.codebook;

import org.jspecify.annotations.NullMarked;
