/**
 * The theme report: a model of what a study did and found ({@link io.tacit.report.Report}), built
 * from one coder's codings, the codebook, the themes and the agreement between coders, and its
 * writers (Markdown, self-contained HTML with SVG charts, tidy CSV, JSON) from Mustache templates.
 */
@NullMarked
package io.tacit.report;

import org.jspecify.annotations.NullMarked;
