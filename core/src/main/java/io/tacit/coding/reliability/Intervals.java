package io.tacit.coding.reliability;

import java.util.Arrays;

/**
 * Disjoint half-open intervals of code points in ascending order, on two int arrays: the union of
 * one coder's codings of one code in one transcript. Overlaps are measured by sweeping two sorted
 * lists, so the cost grows with the number of codings, never with the length of the text.
 * Immutable.
 */
final class Intervals {
  static final Intervals EMPTY = new Intervals(new int[0], new int[0]);

  private final int[] starts;
  private final int[] ends;

  private Intervals(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** Packs a span for {@link #union}: start in the high half, so longs sort by start, then end. */
  static long pack(int start, int end) {
    return ((long) start << 32) | end;
  }

  /**
   * The union of the first {@code n} packed spans (which this sorts in place): overlapping and
   * touching spans merge.
   */
  static Intervals union(long[] packed, int n) {
    if (n == 0) {
      return EMPTY;
    }
    Arrays.sort(packed, 0, n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int start = (int) (packed[i] >>> 32);
      int end = (int) packed[i];
      if (size > 0 && start <= ends[size - 1]) {
        ends[size - 1] = Math.max(ends[size - 1], end);
      } else {
        starts[size] = start;
        ends[size] = end;
        size++;
      }
    }
    return new Intervals(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
  }

  int size() {
    return starts.length;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Code points covered. */
  long length() {
    long n = 0;
    for (int i = 0; i < starts.length; i++) {
      n += ends[i] - starts[i];
    }
    return n;
  }

  /** Code points both cover: one sweep over the two sorted lists. */
  long overlap(Intervals other) {
    long n = 0;
    int i = 0;
    int j = 0;
    while (i < starts.length && j < other.starts.length) {
      int low = Math.max(starts[i], other.starts[j]);
      int high = Math.min(ends[i], other.ends[j]);
      if (high > low) {
        n += high - low;
      }
      if (ends[i] < other.ends[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /**
   * For each of the sorted, disjoint units {@code [unitStarts[u], unitEnds[u])}, how many of its
   * code points these intervals cover; calls {@code sink} once per unit covered at all, in unit
   * order. Each interval finds its first unit by binary search, then walks the units it touches.
   */
  void cover(int[] unitStarts, int[] unitEnds, Coverage sink) {
    int current = -1;
    long covered = 0;
    for (int k = 0; k < starts.length; k++) {
      int u = firstEndingAfter(unitEnds, starts[k]);
      for (; u < unitStarts.length && unitStarts[u] < ends[k]; u++) {
        int overlap = Math.min(ends[k], unitEnds[u]) - Math.max(starts[k], unitStarts[u]);
        if (overlap <= 0) {
          continue;
        }
        if (u != current) {
          if (current >= 0) {
            sink.covered(current, covered);
          }
          current = u;
          covered = 0;
        }
        covered += overlap;
      }
    }
    if (current >= 0) {
      sink.covered(current, covered);
    }
  }

  /** Receives how many code points of a unit are covered. */
  @FunctionalInterface
  interface Coverage {
    void covered(int unit, long codePoints);
  }

  /** The first unit whose end lies after {@code offset}; the count of units if none. */
  private static int firstEndingAfter(int[] unitEnds, int offset) {
    int low = 0;
    int high = unitEnds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (unitEnds[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
