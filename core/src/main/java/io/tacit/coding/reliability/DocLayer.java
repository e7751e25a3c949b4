package io.tacit.coding.reliability;

import io.tacit.coding.Coding;
import io.tacit.transcript.Unit;
import java.util.List;
import java.util.Map;

/**
 * One transcript's units, and which coders' codings cover each enough for each code. Groups the
 * transcript's codings by coder and code, takes each group's union of spans, and sweeps it over the
 * units. Used once, by one thread.
 */
final class DocLayer {
  private final int[] unitStarts;
  private final int[] unitEnds;
  private final int codes;
  private final double minOverlap;

  DocLayer(List<Unit> units, int codes, double minOverlap) {
    this.unitStarts = new int[units.size()];
    this.unitEnds = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      unitStarts[u] = units.get(u).span().start();
      unitEnds[u] = units.get(u).span().end();
    }
    this.codes = codes;
    this.minOverlap = minOverlap;
  }

  /** Unit-major bits: {@code mask[unit * codes + code]} has bit c set if coder c applied it. */
  int[] lay(List<Coding> codings, Map<String, Integer> codeIndex, Map<String, Integer> coderIndex) {
    int[] mask = new int[unitStarts.length * codes];
    Intervals[] groups = Groups.of(codings, codeIndex, coderIndex);
    for (int key = 0; key < groups.length; key++) {
      if (groups[key].size() == 0) {
        continue;
      }
      int coder = key / codes;
      int code = key % codes;
      int bit = 1 << coder;
      groups[key].cover(
          unitStarts,
          unitEnds,
          (unit, covered) -> {
            if (counts(covered, unitEnds[unit] - unitStarts[unit])) {
              mask[unit * codes + code] |= bit;
            }
          });
    }
    return mask;
  }

  private boolean counts(long covered, int length) {
    if (minOverlap == 0) {
      return covered > 0;
    }
    return length > 0 && covered >= minOverlap * length;
  }
}
