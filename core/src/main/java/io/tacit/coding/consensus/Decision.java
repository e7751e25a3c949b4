package io.tacit.coding.consensus;

import java.util.Locale;
import java.util.Optional;

/**
 * How the team settled one disagreement: two coders differ on whether a code belongs on a unit, and
 * the team keeps the first coder's judgement, the second's, the code (both), or neither.
 */
public enum Decision {
  FIRST("first"),
  SECOND("second"),
  BOTH("both"),
  NEITHER("neither");

  private final String key;

  Decision(String key) {
    this.key = key;
  }

  /** The word written in a decisions sheet. */
  public String key() {
    return key;
  }

  /** Whether the code goes on the unit, given whether each coder applied it. */
  public boolean keeps(boolean first, boolean second) {
    return switch (this) {
      case FIRST -> first;
      case SECOND -> second;
      case BOTH -> true;
      case NEITHER -> false;
    };
  }

  /**
   * Reads a decision as a team writes it: {@code first}, {@code second}, {@code both}, {@code
   * neither}, or a coder's id for that coder's judgement, each optionally after {@code keep} ("keep
   * lead"), ignoring case. Empty for anything else.
   */
  public static Optional<Decision> parse(String text, String firstCoder, String secondCoder) {
    String word = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^keep[\\s_-]+", "");
    for (Decision d : values()) {
      if (d.key.equals(word)) {
        return Optional.of(d);
      }
    }
    if (word.equals(firstCoder)) {
      return Optional.of(FIRST);
    }
    if (word.equals(secondCoder)) {
      return Optional.of(SECOND);
    }
    return Optional.empty();
  }
}
