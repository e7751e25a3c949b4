package io.tacit.project;

import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCheck;
import io.tacit.coding.CodingCsv;
import io.tacit.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One edit of coders' files while the project lock is held: loads each file checked, and writes it
 * back with codings of one doc, span and code kept once, new codings checked, sorted, atomically,
 * and not at all when nothing changed (so the search index stays current). Mutable; one owner, for
 * the duration of the lock.
 */
final class CodingEdit {
  private final CodingStore store;
  private final CodingCheck check;

  /** What makes two codings of one coder the same application. */
  record Key(String doc, Span span, String code) {
    static Key of(Coding c) {
      return new Key(c.doc(), c.span(), c.code());
    }
  }

  CodingEdit(CodingStore store, CodingCheck check) {
    this.store = store;
    this.check = check;
  }

  /**
   * @throws io.tacit.BadInputException listing every problem in the coder's file
   */
  List<Coding> load(String coder) {
    ProblemList problems = new ProblemList();
    List<Coding> codings = check.codings(coder, store.table(coder, problems), null, problems);
    problems.throwIfAny();
    return codings;
  }

  /**
   * Writes {@code after} as the coder's file, which held {@code before}.
   *
   * @return how many codings were added and removed
   * @throws io.tacit.BadInputException if a new coding has a problem; nothing is written then
   */
  CodingStore.Change save(String coder, List<Coding> before, List<Coding> after) {
    Map<Key, Coding> kept = new LinkedHashMap<>();
    for (Coding c : after) {
      if (!c.coder().equals(coder)) {
        throw new IllegalArgumentException(
            "a coding of " + c.coder() + " in " + coder + "'s file: " + c);
      }
      kept.putIfAbsent(Key.of(c), c);
    }
    Set<Key> old = new HashSet<>();
    before.forEach(c -> old.add(Key.of(c)));
    ProblemList problems = new ProblemList();
    int added = 0;
    for (Map.Entry<Key, Coding> e : kept.entrySet()) {
      if (!old.contains(e.getKey())) {
        check.check(e.getValue(), CodingStore.location(coder), problems);
        added++;
      }
    }
    problems.throwIfAny();
    int removed = (int) old.stream().filter(k -> !kept.containsKey(k)).count();
    String text = CodingCsv.write(kept.values());
    Path f = store.file(coder);
    boolean nothingToKeep = kept.isEmpty() && !Files.exists(f);
    if (!nothingToKeep && !text.equals(current(f))) {
      AtomicFiles.write(f, text);
    }
    return new CodingStore.Change(added, removed, 0);
  }

  private static String current(Path f) {
    try {
      return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
    }
  }
}
