/**
 * Reading a reliability data matrix from a CSV file ({@code tacit agree --table}): one row per
 * unit, one column per coder, blank for missing. Kept apart from {@code agreement} so that the
 * mathematics stays JDK-only; this package may use Apache Commons CSV and report {@link
 * io.tacit.BadInputException}.
 */
@NullMarked
package io.tacit.agreement.table;

import org.jspecify.annotations.NullMarked;
