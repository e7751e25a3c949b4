package io.tacit.transcript;

import io.tacit.text.Ids;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a coding unit: {@code p01:t12} is turn 12 of transcript p01, {@code p01:s45} its
 * sentence 45; numbers are 1-based. Immutable.
 */
public record UnitId(String doc, UnitType type, int number) implements Comparable<UnitId> {
  private static final Pattern FORM =
      Pattern.compile("([a-z0-9][a-z0-9_-]{0,63}):([ts])([0-9]{1,9})");

  public UnitId {
    Ids.require("transcript", doc);
    if (number < 1) {
      throw new IllegalArgumentException("unit numbers start at 1: " + number);
    }
  }

  /** Parses {@code ID:tN} or {@code ID:sN}; empty for anything else. */
  public static Optional<UnitId> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    UnitType type = m.group(2).equals("t") ? UnitType.TURN : UnitType.SENTENCE;
    int number = Integer.parseInt(m.group(3));
    return number < 1 ? Optional.empty() : Optional.of(new UnitId(m.group(1), type, number));
  }

  @Override
  public int compareTo(UnitId o) {
    int c = doc.compareTo(o.doc);
    if (c == 0) {
      c = type.compareTo(o.type);
    }
    return c != 0 ? c : Integer.compare(number, o.number);
  }

  @Override
  public String toString() {
    return doc + ":" + type.prefix() + number;
  }
}
