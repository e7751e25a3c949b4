package io.tacit.theme;

import io.tacit.search.Stemmer;
import io.tacit.transcript.UnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Stems of extracts (through the search package's English analysis) and TF-IDF figures over sets of
 * them: the distinctive terms of each candidate theme against the others, and stem vectors for
 * lexical similarity. Caches each unit's words; not thread-safe; close it when done.
 */
final class TermWeights implements AutoCloseable {
  private final Stemmer stemmer = new Stemmer();

  /** Fewer units than this per core are stemmed on one thread: a worker's stemmer costs time. */
  private static final int PER_WORKER = 200;

  private final Map<UnitId, List<Stemmer.Word>> words = new HashMap<>();

  List<Stemmer.Word> words(CodedData.CodedUnit unit) {
    return words.computeIfAbsent(unit.id(), k -> stemmer.words(unit.unit().text()));
  }

  /**
   * Stems every unit not yet cached, on every core. Stemming is most of the cost of a large study's
   * theme figures, and each unit's words depend on its text alone, so the result is the same as
   * stemming them one by one. Each worker has its own stemmer (they are not thread-safe).
   */
  void prepare(Collection<CodedData.CodedUnit> units) {
    Map<UnitId, CodedData.CodedUnit> todo = new LinkedHashMap<>();
    units.forEach(
        u -> {
          if (!words.containsKey(u.id())) {
            todo.putIfAbsent(u.id(), u);
          }
        });
    List<CodedData.CodedUnit> list = new ArrayList<>(todo.values());
    int workers = Math.min(Runtime.getRuntime().availableProcessors(), list.size() / PER_WORKER);
    if (workers < 2) {
      list.forEach(this::words);
      return;
    }
    int size = (list.size() + workers - 1) / workers;
    List<List<List<Stemmer.Word>>> parts =
        IntStream.range(0, workers)
            .parallel()
            .mapToObj(
                w -> {
                  List<List<Stemmer.Word>> out = new ArrayList<>();
                  try (Stemmer own = new Stemmer()) {
                    for (CodedData.CodedUnit u :
                        list.subList(w * size, Math.min(list.size(), (w + 1) * size))) {
                      out.add(own.words(u.unit().text()));
                    }
                  }
                  return out;
                })
            .toList();
    int i = 0;
    for (List<List<Stemmer.Word>> part : parts) {
      for (List<Stemmer.Word> unitWords : part) {
        words.put(list.get(i++).id(), unitWords);
      }
    }
  }

  /** Stem counts of one unit, sorted by stem. */
  Map<String, Integer> stemCounts(CodedData.CodedUnit unit) {
    Map<String, Integer> counts = new TreeMap<>();
    words(unit).forEach(w -> counts.merge(w.stem(), 1, Integer::sum));
    return counts;
  }

  /**
   * The {@code top} most distinctive terms of each set against the others: term frequency in the
   * set times log((sets + 1) / sets with the stem). A stem must occur in two extracts of a set of
   * two or more, so one talkative extract does not name a theme. Ties by stem.
   */
  List<List<Term>> distinctive(List<List<CodedData.CodedUnit>> sets, int top) {
    prepare(sets.stream().flatMap(List::stream).toList());
    List<Map<String, Integer>> tf = new ArrayList<>();
    List<Map<String, Integer>> unitsWith = new ArrayList<>();
    List<Map<String, Map<String, Integer>>> surfaces = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (List<CodedData.CodedUnit> set : sets) {
      Map<String, Integer> counts = new HashMap<>();
      Map<String, Integer> units = new HashMap<>();
      Map<String, Map<String, Integer>> forms = new HashMap<>();
      for (CodedData.CodedUnit u : set) {
        Set<String> seen = new HashSet<>();
        for (Stemmer.Word w : words(u)) {
          counts.merge(w.stem(), 1, Integer::sum);
          forms.computeIfAbsent(w.stem(), k -> new HashMap<>()).merge(w.surface(), 1, Integer::sum);
          if (seen.add(w.stem())) {
            units.merge(w.stem(), 1, Integer::sum);
          }
        }
      }
      counts.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
      tf.add(counts);
      unitsWith.add(units);
      surfaces.add(forms);
    }
    List<List<Term>> result = new ArrayList<>();
    for (int g = 0; g < sets.size(); g++) {
      int minUnits = sets.get(g).size() >= 2 ? 2 : 1;
      List<Term> terms = new ArrayList<>();
      for (Map.Entry<String, Integer> e : tf.get(g).entrySet()) {
        if (unitsWith.get(g).get(e.getKey()) < minUnits) {
          continue;
        }
        double idf = Math.log((sets.size() + 1) / (double) df.get(e.getKey()));
        terms.add(
            new Term(surface(surfaces.get(g).get(e.getKey())), e.getKey(), e.getValue() * idf));
      }
      terms.sort(Comparator.comparingDouble(Term::weight).reversed().thenComparing(Term::stem));
      result.add(List.copyOf(terms.subList(0, Math.min(top, terms.size()))));
    }
    return result;
  }

  /** The most frequent form; ties alphabetically. */
  private static String surface(Map<String, Integer> forms) {
    return forms.entrySet().stream()
        .min(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }

  @Override
  public void close() {
    stemmer.close();
  }
}
