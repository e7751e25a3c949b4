package io.tacit.deidentify;

import io.tacit.deidentify.Key.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a replacement for every finding, the same for the same original (whatever its case)
 * across the project: from the key when the original was replaced before, from the terms list when
 * the team gave one, else the next pseudonym of its type, else the next numbered placeholder
 * ({@code [PERSON-4]} after the key's highest {@code [PERSON-3]}). A one-word name that is part of
 * exactly one longer name ({@code Maria} of {@code Maria Lopez}) takes that name's replacement. New
 * originals are numbered in order of first appearance, longer names first. Immutable.
 */
public final class Replacements {
  private final Key key;
  private final Terms terms;
  private final Pseudonyms pseudonyms;

  public Replacements(Key key, Terms terms, Pseudonyms pseudonyms) {
    this.key = key;
    this.terms = terms;
    this.pseudonyms = pseudonyms;
  }

  /** A proposal for every finding, in the findings' order. */
  public List<Proposal> propose(List<Finding> findings) {
    Map<String, String> chosen = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>(key.highestNumbers());
    Set<String> used = new HashSet<>();
    key.entries()
        .forEach(
            e -> {
              chosen.put(Key.normal(e.original()), e.replacement());
              used.add(e.replacement());
            });
    for (Terms.Term t : terms.terms()) {
      if (!t.replacement().isEmpty()) {
        chosen.putIfAbsent(Key.normal(t.term()), t.replacement());
      }
    }
    Map<String, Finding> firsts = new LinkedHashMap<>();
    findings.forEach(f -> firsts.putIfAbsent(Key.normal(f.original()), f));
    List<Finding> order = new ArrayList<>();
    firsts.values().stream().filter(f -> words(f.original()) > 1).forEach(order::add);
    firsts.values().stream().filter(f -> words(f.original()) <= 1).forEach(order::add);
    for (Finding f : order) {
      String normal = Key.normal(f.original());
      if (chosen.containsKey(normal)) {
        continue;
      }
      String replacement = f.type() == IdentifierType.PERSON ? partOf(normal, chosen) : null;
      if (replacement == null) {
        replacement = next(f.type(), numbers, used);
      }
      chosen.put(normal, replacement);
      used.add(replacement);
    }
    return findings.stream()
        .map(f -> new Proposal(f, chosen.get(Key.normal(f.original()))))
        .toList();
  }

  /** The replacement of the one longer name this word is part of, if there is exactly one. */
  private static @org.jspecify.annotations.Nullable String partOf(
      String word, Map<String, String> chosen) {
    if (word.contains(" ")) {
      return null;
    }
    Set<String> found = new HashSet<>();
    chosen.forEach(
        (original, replacement) -> {
          if (original.contains(" ") && List.of(original.split(" ")).contains(word)) {
            found.add(replacement);
          }
        });
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private String next(IdentifierType type, Map<String, Integer> numbers, Set<String> used) {
    for (String p : pseudonyms.of(type)) {
      if (!used.contains(p)) {
        return p;
      }
    }
    int n = numbers.merge(type.label(), 1, Integer::sum);
    return "[" + type.label() + "-" + n + "]";
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  /** The key entries that accepting these proposals adds. */
  public static List<Entry> entries(List<Proposal> accepted) {
    List<Entry> entries = new ArrayList<>();
    accepted.forEach(
        p -> entries.add(new Entry(p.finding().type(), p.finding().original(), p.replacement())));
    return entries;
  }
}
