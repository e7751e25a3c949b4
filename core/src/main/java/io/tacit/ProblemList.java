package io.tacit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems collected while checking many rows or files, so that every one is reported at once,
 * compiler-style. Capped, so that a file wrong on every one of 100,000 lines still gives a short
 * report. Mutable; one owner.
 */
public final class ProblemList {
  /** Enough to show what is wrong without flooding the terminal. */
  public static final int MAX_SHOWN = 100;

  private static final Pattern AT_LINE = Pattern.compile("(.*):([0-9]{1,18})");

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

  /** Every problem of {@code other}, after these. */
  public void addAll(ProblemList other) {
    other.problems.forEach(this::add);
    dropped += other.dropped;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were found, shown or not. */
  public int size() {
    return problems.size() + dropped;
  }

  /**
   * The problems by file, files in the order their first problem was found, and within a file by
   * line, so that a report reads top to bottom however the checks were ordered.
   */
  private List<Problem> inFileOrder() {
    Map<String, Integer> fileOrder = new HashMap<>();
    for (Problem p : problems) {
      fileOrder.putIfAbsent(file(p), fileOrder.size());
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.<Problem>comparingInt(p -> fileOrder.get(file(p)))
            .thenComparingLong(ProblemList::line));
    return sorted;
  }

  private static String file(Problem p) {
    Matcher m = AT_LINE.matcher(p.location());
    return m.matches() ? m.group(1) : p.location();
  }

  private static long line(Problem p) {
    Matcher m = AT_LINE.matcher(p.location());
    return m.matches() ? Long.parseLong(m.group(2)) : 0;
  }

  /**
   * @throws BadInputException with every problem so far, if there is any
   */
  public void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> all = inFileOrder();
    if (dropped > 0) {
      all.add(
          Problem.at(
              "",
              "... and "
                  + dropped
                  + " more problem(s) like these; fix these and"
                  + " run the command again"));
    }
    throw new BadInputException(all);
  }
}
