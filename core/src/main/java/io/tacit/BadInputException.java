package io.tacit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's data cannot be used as it is; nothing was written. Carries every problem found, each
 * with its location, compiler-style, so that a file with many problems is fixed in one pass.
 * Immutable.
 */
public final class BadInputException extends TacitException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public BadInputException(List<Problem> problems) {
    super(render(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a BadInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public BadInputException(String location, String message) {
    this(List.of(Problem.at(location, message)));
  }

  public BadInputException(String location, String message, Throwable cause) {
    this(List.of(Problem.at(location, message)));
    initCause(cause);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
