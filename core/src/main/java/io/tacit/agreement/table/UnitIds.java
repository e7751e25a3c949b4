package io.tacit.agreement.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Unit ids in file order with the line each came from. Repeats are found once all rows are read, by
 * sorting the ids' hash codes packed with their indices into one {@code long[]}: a hash set probed
 * row by row costs a cache miss per row (and a {@code HashMap} a node and a boxed line besides),
 * which profiling showed to be the reader's largest cost at a million rows. Mutable; one owner.
 */
final class UnitIds {

  /** A unit id read again: where it was, and where it was first. */
  record Repeat(String id, long line, long firstLine) {}

  private final List<String> ids = new ArrayList<>();
  private long[] lines = new long[1 << 12];

  void add(String id, long line) {
    int index = ids.size();
    ids.add(id);
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, index * 2);
    }
    lines[index] = line;
  }

  int size() {
    return ids.size();
  }

  List<String> ids() {
    return ids;
  }

  /** Every id read more than once, each later reading with the first, in file order. */
  List<Repeat> repeats() {
    long[] keys = new long[ids.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) ids.get(i).hashCode() << 32 | i;
    }
    Arrays.sort(keys);
    List<Repeat> repeats = new ArrayList<>();
    for (int start = 0, end; start < keys.length; start = end) {
      end = start + 1;
      while (end < keys.length && keys[end] >>> 32 == keys[start] >>> 32) {
        end++;
      }
      // Same hash: indices ascend, so the first equal id is the first reading.
      for (int i = start + 1; i < end; i++) {
        int index = (int) keys[i];
        for (int j = start; j < i; j++) {
          int earlier = (int) keys[j];
          if (ids.get(earlier).equals(ids.get(index))) {
            repeats.add(new Repeat(ids.get(index), lines[index], lines[earlier]));
            break;
          }
        }
      }
    }
    repeats.sort((a, b) -> Long.compare(a.line(), b.line()));
    return repeats;
  }
}
