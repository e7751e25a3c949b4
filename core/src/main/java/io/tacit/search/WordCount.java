package io.tacit.search;

/**
 * How often participants used a word. Immutable.
 *
 * @param term the commonest surface form of the stem, as spoken (lower case)
 * @param stem the Porter stem that groups its forms
 * @param count occurrences in participant units
 * @param units participant units that contain it
 * @param participants participants who used it
 */
public record WordCount(String term, String stem, long count, int units, int participants) {}
