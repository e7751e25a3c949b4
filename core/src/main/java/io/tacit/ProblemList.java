package io.tacit;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems collected while checking many rows or files, so that every one is reported at once,
 * compiler-style. Capped, so that a file wrong on every one of 100,000 lines still gives a short
 * report. Mutable; one owner.
 */
public final class ProblemList {
  /** Enough to show what is wrong without flooding the terminal. */
  public static final int MAX_SHOWN = 100;

  private final List<Problem> problems = new ArrayList<>();
  private int dropped;

  public void add(Problem problem) {
    if (problems.size() < MAX_SHOWN) {
      problems.add(problem);
    } else {
      dropped++;
    }
  }

  public void add(String location, String message) {
    add(Problem.at(location, message));
  }

  public void add(String file, long line, String message) {
    add(Problem.at(file, line, message));
  }

  public void addAll(BadInputException e) {
    e.problems().forEach(this::add);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were found, shown or not. */
  public int size() {
    return problems.size() + dropped;
  }

  /** @throws BadInputException with every problem so far, if there is any */
  public void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> all = new ArrayList<>(problems);
    if (dropped > 0) {
      all.add(Problem.at("", "... and " + dropped + " more problem(s) like these; fix these and"
          + " run the command again"));
    }
    throw new BadInputException(all);
  }
}
