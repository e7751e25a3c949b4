package io.tacit.search;

import io.tacit.text.Span;
import io.tacit.transcript.UnitId;
import java.util.List;

/**
 * A unit that matched some of a code's search terms. Immutable.
 *
 * @param unit the unit id
 * @param span the unit in the canonical text
 * @param score relevance (BM25 summed over the matching terms); higher is better
 * @param terms the given terms that matched, in the order they were given
 */
public record TermMatch(UnitId unit, Span span, double score, List<String> terms) {
  public TermMatch {
    terms = List.copyOf(terms);
  }
}
