package io.tacit.coding.reliability;

import io.tacit.coding.Coding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One transcript's codings grouped by coder and code, each group the union of its spans. Keys are
 * {@code coder * codes + code}, in ascending order.
 */
final class Groups {
  private Groups() {}

  static Map<Integer, Intervals> of(List<Coding> codings, Map<String, Integer> codeIndex,
      Map<String, Integer> coderIndex) {
    int codes = codeIndex.size();
    Map<Integer, long[]> spans = new TreeMap<>();
    Map<Integer, Integer> sizes = new TreeMap<>();
    for (Coding c : codings) {
      Integer code = codeIndex.get(c.code());
      Integer coder = coderIndex.get(c.coder());
      if (code == null || coder == null) {
        continue;
      }
      int key = coder * codes + code;
      int size = sizes.getOrDefault(key, 0);
      long[] packed = spans.get(key);
      if (packed == null) {
        packed = new long[4];
        spans.put(key, packed);
      } else if (size == packed.length) {
        packed = java.util.Arrays.copyOf(packed, size * 2);
        spans.put(key, packed);
      }
      packed[size] = Intervals.pack(c.span().start(), c.span().end());
      sizes.put(key, size + 1);
    }
    Map<Integer, Intervals> unions = new TreeMap<>();
    spans.forEach((key, packed) -> unions.put(key, Intervals.union(packed, sizes.get(key))));
    return unions;
  }
}
