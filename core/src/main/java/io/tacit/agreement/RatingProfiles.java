package io.tacit.agreement;

import java.util.Arrays;

/**
 * The units of reliability data grouped by what their coders said, ignoring who said it: each
 * profile is a unit's ratings sorted (the multiset of its categories), with the number of units
 * that share it. Every coefficient except Cohen's kappa is a function of these multisets, so
 * computing (and bootstrapping) over profiles instead of units costs as much as there are distinct
 * profiles, typically a few dozen for a million units. Units nobody coded are counted apart and
 * belong to no profile. Immutable after construction.
 */
final class RatingProfiles {

  private final int categories;
  private final int width;
  private final int size;
  private final int[] rows;
  private final int[] raters;
  private final long[] counts;
  private final long emptyUnits;

  private RatingProfiles(
      int categories, int width, int[] rows, int[] raters, long[] counts, long emptyUnits) {
    this.categories = categories;
    this.width = width;
    this.size = raters.length;
    this.rows = rows;
    this.raters = raters;
    this.counts = counts;
    this.emptyUnits = emptyUnits;
  }

  static RatingProfiles of(ReliabilityData data) {
    int coders = data.coders();
    int[] ratings = data.ratingsArray();
    RowCounter counter = new RowCounter(coders);
    int[] row = new int[coders];
    long empty = 0;
    for (int u = 0; u < data.units(); u++) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        int rating = ratings[u * coders + c];
        if (rating != ReliabilityData.MISSING) {
          int i = m++;
          // Insertion sort: a unit has few ratings.
          while (i > 0 && row[i - 1] > rating) {
            row[i] = row[i - 1];
            i--;
          }
          row[i] = rating;
        }
      }
      if (m == 0) {
        empty++;
        continue;
      }
      Arrays.fill(row, m, coders, ReliabilityData.MISSING);
      counter.add(row);
    }
    int[] rows = counter.rows();
    int[] raters = new int[counter.size()];
    for (int p = 0; p < raters.length; p++) {
      while (raters[p] < coders && rows[p * coders + raters[p]] != ReliabilityData.MISSING) {
        raters[p]++;
      }
    }
    return new RatingProfiles(data.categoryCount(), coders, rows, raters, counter.counts(), empty);
  }

  int categories() {
    return categories;
  }

  /** The number of distinct profiles. */
  int size() {
    return size;
  }

  /** How many coders rated units of profile {@code p}. */
  int raters(int p) {
    return raters[p];
  }

  /** The {@code i}-th smallest category of profile {@code p}, {@code i < raters(p)}. */
  int category(int p, int i) {
    return rows[p * width + i];
  }

  /** Units per profile, a copy: the population the unit bootstrap resamples. */
  long[] counts() {
    return counts.clone();
  }

  long count(int p) {
    return counts[p];
  }

  /** Units with at least one rating. */
  long ratedUnits() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Units with at least two ratings: the pairable ones. */
  long pairableUnits() {
    long n = 0;
    for (int p = 0; p < size; p++) {
      if (raters[p] >= 2) {
        n += counts[p];
      }
    }
    return n;
  }

  long emptyUnits() {
    return emptyUnits;
  }
}
