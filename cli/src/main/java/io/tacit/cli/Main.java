package io.tacit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: {@code main} only exits with what {@link #run} returns. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err, Path.of("").toAbsolutePath(), isTerminal()));
  }

  /**
   * The launcher knows whether output goes to a terminal ({@code -Dtacit.terminal}); started some
   * other way, the presence of a console is the best guess.
   */
  private static boolean isTerminal() {
    String told = System.getProperty("tacit.terminal");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /**
   * Runs one command line; tests call this with their own streams and working folder.
   *
   * @param terminal whether output goes to a person (colour, progress, tables by default)
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Path workingDir, boolean terminal) {
    return TacitCommand.commandLine(new CliContext(workingDir, terminal), out, err, args)
        .execute(args);
  }
}
