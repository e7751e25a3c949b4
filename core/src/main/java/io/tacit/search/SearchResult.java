package io.tacit.search;

import java.util.List;

/**
 * The hits of a search, best first, and how many units matched in all. Immutable.
 *
 * @param hits at most the requested number, best first, ties in unit id order
 * @param total how many units matched
 */
public record SearchResult(List<Hit> hits, long total) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
