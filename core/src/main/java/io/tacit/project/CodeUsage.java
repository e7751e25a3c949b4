package io.tacit.project;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How many codings each coder's file has for each code, from the {@code code} column of
 * coding/CODER.csv. Immutable.
 *
 * @param counts code to (coder to count), both sorted
 */
public record CodeUsage(Map<String, Map<String, Integer>> counts) {
  public CodeUsage {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach(
        (code, byCoder) -> copy.put(code, Collections.unmodifiableMap(new TreeMap<>(byCoder))));
    counts = Collections.unmodifiableMap(copy);
  }

  /** The coders with at least one coding, sorted. */
  public List<String> coders() {
    Set<String> coders = new TreeSet<>();
    counts.values().forEach(m -> coders.addAll(m.keySet()));
    return List.copyOf(coders);
  }

  public int total(String code) {
    return byCoder(code).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Coder to count for one code; empty when no one used it. */
  public Map<String, Integer> byCoder(String code) {
    return counts.getOrDefault(code, Map.of());
  }

  /** Coder to count of codings that use any of {@code codes}; empty when none does. */
  public Map<String, Integer> usesOf(Set<String> codes) {
    return counts.entrySet().stream()
        .filter(e -> codes.contains(e.getKey()))
        .flatMap(e -> e.getValue().entrySet().stream())
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Integer::sum, TreeMap::new));
  }

  /** "9 in coding/lead.csv, 3 in coding/second.csv", for messages. */
  static String describe(Map<String, Integer> byCoder) {
    return byCoder.entrySet().stream()
        .map(e -> e.getValue() + " in " + CodingStore.DIR + "/" + e.getKey() + ".csv")
        .collect(Collectors.joining(", "));
  }
}
