package io.tacit.transcript;

import java.util.Locale;

/** The units of analysis: a speaker turn, or a sentence within one. */
public enum UnitType {
  TURN('t'),
  SENTENCE('s');

  private final char prefix;

  UnitType(char prefix) {
    this.prefix = prefix;
  }

  /** The letter in unit ids: {@code p01:t12}, {@code p01:s45}. */
  public char prefix() {
    return prefix;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
