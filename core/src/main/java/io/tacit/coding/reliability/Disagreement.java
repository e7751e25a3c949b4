package io.tacit.coding.reliability;

import io.tacit.transcript.Unit;
import java.util.List;

/**
 * One unit and code on which the coders differ: some applied the code, some did not. Immutable.
 *
 * @param unit the unit, with its span and text
 * @param code the code
 * @param appliedBy the coders who applied it, in the order of the selection; never all of them
 */
public record Disagreement(Unit unit, String code, List<String> appliedBy) {

  public Disagreement {
    appliedBy = List.copyOf(appliedBy);
  }

  /** Whether {@code coder} applied the code to the unit. */
  public boolean appliedBy(String coder) {
    return appliedBy.contains(coder);
  }
}
