package io.tacit.coding.reliability;

import io.tacit.transcript.UnitType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to compare: the coders (in the order their columns appear), the unit, which transcripts and
 * codes (empty for all), and how much of a unit a coder's codings of a code must cover for the code
 * to count as applied to it. Immutable.
 *
 * @param coders two to {@value #MAX_CODERS} distinct coder ids; the first is "first" in the counts
 * @param unit turns or sentences (participant units only)
 * @param docs transcripts to keep, or empty for every double-coded transcript
 * @param codes codes to keep, or empty for every code
 * @param minOverlap 0 for any overlap, else the fraction of the unit's code points that the union
 *     of the coder's codings of the code must cover, in (0, 1]
 */
public record Selection(
    List<String> coders, UnitType unit, Set<String> docs, Set<String> codes, double minOverlap) {

  /** Coders are held as bits of an int. */
  public static final int MAX_CODERS = 31;

  public Selection {
    coders = List.copyOf(coders);
    if (coders.size() < 2 || coders.size() > MAX_CODERS) {
      throw new IllegalArgumentException(
          "compare 2 to " + MAX_CODERS + " coders, not " + coders.size());
    }
    if (new HashSet<>(coders).size() != coders.size()) {
      throw new IllegalArgumentException("a coder is named twice: " + coders);
    }
    if (!(minOverlap >= 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException(
          "the minimum overlap is a fraction from 0 to 1, not " + minOverlap);
    }
    docs = Set.copyOf(new TreeSet<>(docs));
    codes = Set.copyOf(new TreeSet<>(codes));
  }

  /** Every transcript and code, any overlap. */
  public static Selection of(List<String> coders, UnitType unit) {
    return new Selection(coders, unit, Set.of(), Set.of(), 0);
  }

  /** Whether the transcript is selected (every one when no transcripts were named). */
  public boolean keepsDoc(String doc) {
    return docs.isEmpty() || docs.contains(doc);
  }

  /** Whether the code is selected (every one when no codes were named). */
  public boolean keepsCode(String code) {
    return codes.isEmpty() || codes.contains(code);
  }
}
