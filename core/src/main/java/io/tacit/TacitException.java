package io.tacit;

/** A failure that Tacit explains to its user in words, without a stack trace. Immutable. */
public class TacitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TacitException(String message) {
    super(message);
  }

  public TacitException(String message, Throwable cause) {
    super(message, cause);
  }
}
