package io.tacit.agreement.table;

import io.tacit.BadInputException;
import io.tacit.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Problems found so far in one file, compiler-style ({@code file:line: message}), capped so that a
 * file wrong on every line does not flood the terminal. Mutable; one owner.
 */
final class Problems {

  /** Enough to show what is wrong without flooding the terminal. */
  static final int MAX_PROBLEMS = 50;

  private final String source;
  private final List<Problem> list = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private int dropped;

  Problems(String source) {
    this.source = source;
  }

  void add(long line, String message) {
    if (list.size() < MAX_PROBLEMS) {
      list.add(Problem.at(source, line, message));
      lines.add(line);
    } else {
      dropped++;
    }
  }

  boolean full() {
    return list.size() >= MAX_PROBLEMS;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw exception();
    }
  }

  /** All problems so far as one exception, in line order; there must be at least one. */
  BadInputException exception() {
    // Repeated units are found after the other row problems; report in file order regardless.
    Integer[] order = new Integer[list.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(lines::get));
    List<Problem> all = new ArrayList<>();
    for (int i : order) {
      all.add(list.get(i));
    }
    if (dropped > 0 || full()) {
      all.add(
          Problem.at(
              source,
              "stopped after " + MAX_PROBLEMS + " problems; fix these and read the file again"));
    }
    return new BadInputException(all);
  }
}
