package io.tacit.theme;

import java.util.List;

/**
 * A candidate theme suggested from the coded data, with the evidence for it. Immutable.
 *
 * @param id {@code theme-1}, {@code theme-2}, ... largest first
 * @param name suggested from its most frequent code and its distinctive terms
 * @param description how it was formed, in words
 * @param codes member code ids, most extracts first (ties by id)
 * @param reach extracts and participants
 * @param cohesion average association of its codes (1 for a single code)
 * @param terms distinctive terms of its extracts against the other candidates'
 * @param quotes representative extracts, from different participants
 */
public record Candidate(
    String id,
    String name,
    String description,
    List<String> codes,
    Reach reach,
    double cohesion,
    List<Term> terms,
    List<Quote> quotes) {
  public Candidate {
    codes = List.copyOf(codes);
    terms = List.copyOf(terms);
    quotes = List.copyOf(quotes);
  }

  /** As it goes into themes.yaml. */
  public Theme toTheme(String notes) {
    return Theme.candidate(id, name, description, codes, notes);
  }
}
