package io.tacit.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Units seen across several codes at once: each unit's kind is the row of its table cells, one per
 * code ({@code first * q + second}, or -1 unless both coders rated it), so that resampling kinds
 * resamples whole units. Immutable.
 */
final class JointUnits {

  private final RowCounter kinds;
  private final int[] sizes;

  private JointUnits(RowCounter kinds, int[] sizes) {
    this.kinds = kinds;
    this.sizes = sizes;
  }

  static JointUnits of(List<ReliabilityData> codes) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("pooled kappa needs at least one code");
    }
    int units = codes.get(0).units();
    int[] sizes = new int[codes.size()];
    for (int i = 0; i < sizes.length; i++) {
      ReliabilityData code = codes.get(i);
      if (code.units() != units) {
        throw new IllegalArgumentException(
            "code " + i + " has " + code.units() + " units, code 0 has " + units);
      }
      sizes[i] = code.categoryCount();
    }
    RowCounter kinds = new RowCounter(codes.size());
    int[] row = new int[codes.size()];
    for (int u = 0; u < units; u++) {
      for (int i = 0; i < row.length; i++) {
        int a = codes.get(i).rating(u, 0);
        int b = codes.get(i).rating(u, 1);
        row[i] = a < 0 || b < 0 ? -1 : a * sizes[i] + b;
      }
      kinds.add(row);
    }
    return new JointUnits(kinds, sizes);
  }

  long[] counts() {
    return kinds.counts();
  }

  /** Pooled kappa when kind {@code p} holds {@code counts[p]} units. */
  double pooled(long[] counts) {
    List<ContingencyTable> tables = new ArrayList<>(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      long[][] cells = new long[sizes[i]][sizes[i]];
      for (int p = 0; p < counts.length; p++) {
        int cell = kinds.get(p, i);
        if (cell >= 0) {
          cells[cell / sizes[i]][cell % sizes[i]] += counts[p];
        }
      }
      tables.add(ContingencyTable.of(cells));
    }
    return PooledKappa.pooled(tables);
  }
}
