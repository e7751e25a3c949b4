package io.tacit.agreement;

/**
 * How a multi-coder coefficient expects coders to agree by chance, in Gwet's framework where the
 * coefficients share observed agreement and differ only here.
 */
enum ChanceModel {
  /** No correction: percent agreement. */
  NONE,
  /** Fleiss (1971): chance agreement from the pooled category proportions. */
  FLEISS,
  /** Gwet (2008): chance agreement only for ratings that are hard to classify. */
  GWET,
  /** Brennan and Prediger (1981): every category equally likely. */
  UNIFORM
}
