package io.tacit.agreement.table;

import io.tacit.agreement.ReliabilityData;
import java.util.List;

/**
 * A reliability data matrix as read from a file: the unit ids in file order and the ratings.
 * Immutable.
 *
 * @param source the file it was read from, as named in messages
 * @param unitIds one id per unit, distinct, in file order
 * @param data the ratings, units in the same order
 */
public record ReliabilityTable(String source, List<String> unitIds, ReliabilityData data) {

  public ReliabilityTable {
    unitIds = List.copyOf(unitIds);
    if (unitIds.size() != data.units()) {
      throw new IllegalArgumentException(
          unitIds.size() + " unit ids for " + data.units() + " units");
    }
  }
}
