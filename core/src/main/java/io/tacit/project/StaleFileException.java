package io.tacit.project;

import io.tacit.TacitException;

/**
 * A write refused because the file changed since the writer read it (another command, window or
 * coder wrote it meanwhile): nothing was written, and the writer should read the file again.
 * Immutable.
 */
public final class StaleFileException extends TacitException {
  private static final long serialVersionUID = 1L;

  private final String location;

  public StaleFileException(String location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  /** The file, as the project names it ({@code coding/lead.csv}). */
  public String location() {
    return location;
  }
}
