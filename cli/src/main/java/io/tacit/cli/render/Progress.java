package io.tacit.cli.render;

import java.io.PrintWriter;

/**
 * A one-line progress display for long work, redrawn in place on a terminal; silent when the output
 * is not a terminal or -q was given, so logs and pipes stay clean.
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private boolean drawn;

  public Progress(PrintWriter err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  public void update(int done, int total, String item) {
    if (!enabled) {
      return;
    }
    int width = 24;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + item
            + "\u001b[K");
    err.flush();
    drawn = true;
  }

  public void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
