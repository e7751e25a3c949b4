package io.tacit.cli.render;

import java.io.PrintWriter;

/** Messages for the person at the terminal, on standard error, silenced by -q. */
public final class Messages {
  private final PrintWriter err;
  private final boolean quiet;

  public Messages(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  public void info(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }

  public void warn(String where, String message) {
    if (!quiet) {
      err.println("warning: " + (where.isEmpty() ? "" : where + ": ") + message);
      err.flush();
    }
  }
}
