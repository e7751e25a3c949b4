package io.tacit.search;

/**
 * A word that one group of participants uses more than the rest. Immutable.
 *
 * @param group the group (a value of the attribute), as participants.csv writes it
 * @param term the commonest surface form of the stem across all groups
 * @param stem the Porter stem
 * @param count occurrences in the group's units
 * @param rest occurrences in the other groups' units
 * @param g2 log-likelihood G2 of the group against the rest
 * @param logRatio binary log of the ratio of relative frequencies, group over rest (positive)
 * @param p the p-value of G2 (chi-squared, one degree of freedom)
 */
public record KeyTerm(
    String group,
    String term,
    String stem,
    long count,
    long rest,
    double g2,
    double logRatio,
    double p) {}
