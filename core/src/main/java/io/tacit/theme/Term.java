package io.tacit.theme;

/**
 * A distinctive term of a set of extracts. Immutable.
 *
 * @param word its most frequent form in the extracts
 * @param stem the stem it was counted by
 * @param weight TF-IDF against the other sets
 */
public record Term(String word, String stem, double weight) {}
