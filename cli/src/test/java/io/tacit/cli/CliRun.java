package io.tacit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process, as a person or a script would, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun in(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), workingDir, false);
    return new CliRun(code, out.toString(), err.toString());
  }
}
