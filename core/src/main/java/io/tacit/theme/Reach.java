package io.tacit.theme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a theme reaches into the data: its extracts, and the participants who contributed them,
 * overall and per group. Immutable.
 *
 * @param extracts units carrying any of its codes
 * @param participants participants with at least one such unit
 * @param of participants in the data set
 * @param byGroup per group ({@code group} attribute): contributing participants and group size
 */
public record Reach(int extracts, int participants, int of, Map<String, GroupCount> byGroup) {
  /** Participants of one group contributing, of the group's size. */
  public record GroupCount(int n, int of) {}

  public Reach {
    byGroup = java.util.Collections.unmodifiableMap(new TreeMap<>(byGroup));
  }

  public static Reach of(CodedData data, List<CodedData.CodedUnit> extracts) {
    Set<String> people = new TreeSet<>();
    extracts.forEach(u -> people.add(u.participant()));
    Map<String, GroupCount> groups = new TreeMap<>();
    data.groupSizes()
        .forEach(
            (g, size) -> {
              int n = (int) people.stream().filter(p -> data.groupOf(p).equals(g)).count();
              groups.put(g, new GroupCount(n, size));
            });
    return new Reach(extracts.size(), people.size(), data.participants().size(), groups);
  }
}
