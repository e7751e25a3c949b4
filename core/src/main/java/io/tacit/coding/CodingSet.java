package io.tacit.coding;

import io.tacit.transcript.Transcript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Codings as loaded and checked, with the transcripts they point into, so that their text can be
 * shown without loading a transcript twice. Sorted by coder, then as in the coders' files.
 * Immutable.
 *
 * @param codings every coding, sorted by coder, then {@link Coding#FILE_ORDER}
 * @param transcripts the transcripts the codings point into, by id
 */
public record CodingSet(List<Coding> codings, Map<String, Transcript> transcripts) {
  /** Coder first, then the order of a coder's file. */
  public static final Comparator<Coding> BY_CODER =
      Comparator.comparing(Coding::coder).thenComparing(Coding.FILE_ORDER);

  public CodingSet {
    List<Coding> sorted = new ArrayList<>(codings);
    sorted.sort(BY_CODER);
    codings = Collections.unmodifiableList(sorted);
    transcripts = Collections.unmodifiableMap(new TreeMap<>(transcripts));
  }

  /** The coded text. */
  public String text(Coding coding) {
    Transcript t = transcripts.get(coding.doc());
    if (t == null) {
      throw new IllegalArgumentException("not a coding of this set: " + coding);
    }
    return t.text(coding.span());
  }

  /** Coders with at least one coding here, sorted. */
  public List<String> coders() {
    TreeSet<String> coders = new TreeSet<>();
    codings.forEach(c -> coders.add(c.coder()));
    return List.copyOf(coders);
  }

  /** One coder's codings, in file order. */
  public List<Coding> of(String coder) {
    return codings.stream().filter(c -> c.coder().equals(coder)).toList();
  }

  /** The codings that pass the filter, with the same transcripts. */
  public CodingSet filter(Predicate<Coding> keep) {
    return new CodingSet(codings.stream().filter(keep).toList(), transcripts);
  }
}
