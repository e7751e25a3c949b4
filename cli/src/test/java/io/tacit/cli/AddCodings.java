package io.tacit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * A separate process for {@code CodeConcurrencyTest}: runs {@code tacit code add} once per coding,
 * through {@link Main#run}, so that two processes contend for the project lock many times.
 * Arguments: project folder, coder, first offset, count. Exits non-zero at the first failure.
 */
public final class AddCodings {
  private AddCodings() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    String coder = args[1];
    int first = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    for (int i = first; i < first + count; i++) {
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "code", "add", "--coder", coder, "--code", "transport", "p01:" + i + "-" + (i + 1)
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              dir,
              false);
      if (code != 0) {
        System.err.println("coding " + i + " failed with " + code + ": " + err);
        System.exit(1);
      }
    }
    System.exit(0);
  }
}
