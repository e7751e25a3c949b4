/**
 * Exchanging whole coded projects with other QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) through
 * the REFI-QDA project format ({@code .qdpx}): the archive read with limits, the project document
 * read safely, vendors' character positions turned into Tacit's code-point offsets ({@link
 * io.tacit.exchange.SourceAlignment}), an import planned in full before anything is written, and a
 * deterministic, schema-valid export.
 */
@NullMarked
package io.tacit.exchange;

import org.jspecify.annotations.NullMarked;
