/**
 * {@code tacit serve}: the coding workbench, a local web page over the same core calls as the
 * commands. {@link io.tacit.cli.serve.Workbench} runs the JDK's HTTP server on the loopback
 * address; {@link io.tacit.cli.serve.Guard} lets through only requests carrying the session token
 * to the right host; {@link io.tacit.cli.serve.Assets} serves the page from a fixed table; {@link
 * io.tacit.cli.serve.Views} and {@link io.tacit.cli.serve.Edits} are the JSON endpoints.
 */
@NullMarked
package io.tacit.cli.serve;

import org.jspecify.annotations.NullMarked;
