package io.tacit.cli.serve;

/** A request refused with an HTTP status and a message for the person at the page. Immutable. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
