package io.tacit.coding.consensus;

import io.tacit.transcript.UnitId;
import java.util.Comparator;

/** A code on a unit: what one decision is about. Ordered by unit, then code. */
public record UnitCode(UnitId unit, String code) implements Comparable<UnitCode> {
  private static final Comparator<UnitCode> ORDER =
      Comparator.comparing(UnitCode::unit).thenComparing(UnitCode::code);

  @Override
  public int compareTo(UnitCode o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return unit + " " + code;
  }
}
