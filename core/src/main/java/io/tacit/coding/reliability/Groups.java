package io.tacit.coding.reliability;

import io.tacit.coding.Coding;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One transcript's codings grouped by coder and code, each group the union of its spans: group
 * {@code coder * codes + code}, or {@link Intervals#EMPTY} where the coder did not use the code.
 */
final class Groups {
  private Groups() {}

  static Intervals[] of(
      List<Coding> codings, Map<String, Integer> codeIndex, Map<String, Integer> coderIndex) {
    int codes = codeIndex.size();
    int groups = codes * coderIndex.size();
    long[][] spans = new long[groups][];
    int[] sizes = new int[groups];
    for (Coding c : codings) {
      Integer code = codeIndex.get(c.code());
      Integer coder = coderIndex.get(c.coder());
      if (code == null || coder == null) {
        continue;
      }
      int key = coder * codes + code;
      if (spans[key] == null) {
        spans[key] = new long[4];
      } else if (sizes[key] == spans[key].length) {
        spans[key] = Arrays.copyOf(spans[key], sizes[key] * 2);
      }
      spans[key][sizes[key]++] = Intervals.pack(c.span().start(), c.span().end());
    }
    Intervals[] unions = new Intervals[groups];
    for (int key = 0; key < groups; key++) {
      unions[key] = spans[key] == null ? Intervals.EMPTY : Intervals.union(spans[key], sizes[key]);
    }
    return unions;
  }
}
