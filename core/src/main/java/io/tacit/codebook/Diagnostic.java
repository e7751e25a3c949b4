package io.tacit.codebook;

import io.tacit.Problem;

/**
 * One problem found in a codebook file, compiler-style: where, how bad, what to do. Immutable.
 *
 * @param severity an error stops the codebook from being used; a warning only with --strict
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param message what is wrong and what to do
 */
public record Diagnostic(Severity severity, String file, int line, String message) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static Diagnostic error(String file, int line, String message) {
    return new Diagnostic(Severity.ERROR, file, line, message);
  }

  static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(Severity.WARNING, file, line, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public String location() {
    return line > 0 ? file + ":" + line : file;
  }

  /** As a problem for {@link io.tacit.BadInputException}. */
  public Problem toProblem() {
    return Problem.at(location(), message);
  }

  /** {@code codebook.yaml:12: message}, or {@code codebook.yaml:12: warning: message}. */
  @Override
  public String toString() {
    return location() + ": " + (isError() ? "" : "warning: ") + message;
  }
}
