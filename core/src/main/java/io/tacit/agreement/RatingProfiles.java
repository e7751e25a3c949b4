package io.tacit.agreement;

import java.util.Arrays;

/**
 * The units of reliability data grouped by what their coders said, ignoring who said it: each
 * profile is a unit's ratings sorted (the multiset of its categories), with the number of units
 * that share it. Every coefficient except Cohen's kappa is a function of these multisets, so
 * computing (and bootstrapping) over profiles instead of units costs as much as there are
 * distinct profiles, typically a few dozen for a million units. Units nobody coded are counted
 * apart and belong to no profile. Immutable after construction.
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
    Builder builder = new Builder(coders);
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
      builder.add(row, m);
    }
    return builder.build(data.categoryCount(), empty);
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

  /** Open addressing over the sorted rows, stored flat; no object per unit or per profile. */
  private static final class Builder {
    private final int width;
    private int[] rows;
    private int[] raters = new int[16];
    private long[] counts = new long[16];
    private int size;
    private int[] slots = filled(64);

    Builder(int width) {
      this.width = width;
      this.rows = new int[16 * width];
    }

    void add(int[] row, int m) {
      int mask = slots.length - 1;
      int slot = hash(row) & mask;
      while (slots[slot] >= 0) {
        int p = slots[slot];
        if (Arrays.equals(rows, p * width, p * width + width, row, 0, width)) {
          counts[p]++;
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (size == raters.length) {
        raters = Arrays.copyOf(raters, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
        rows = Arrays.copyOf(rows, size * 2 * width);
      }
      System.arraycopy(row, 0, rows, size * width, width);
      raters[size] = m;
      counts[size] = 1;
      slots[slot] = size++;
      if (size * 2 > slots.length) {
        rehash();
      }
    }

    RatingProfiles build(int categories, long empty) {
      return new RatingProfiles(
          categories,
          width,
          Arrays.copyOf(rows, size * width),
          Arrays.copyOf(raters, size),
          Arrays.copyOf(counts, size),
          empty);
    }

    private void rehash() {
      slots = filled(slots.length * 2);
      int mask = slots.length - 1;
      int[] row = new int[width];
      for (int p = 0; p < size; p++) {
        System.arraycopy(rows, p * width, row, 0, width);
        int slot = hash(row) & mask;
        while (slots[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = p;
      }
    }

    private static int hash(int[] row) {
      long h = 0x9E3779B97F4A7C15L;
      for (int v : row) {
        h = (h ^ v) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
      }
      return (int) (h ^ (h >>> 32));
    }

    private static int[] filled(int length) {
      int[] a = new int[length];
      Arrays.fill(a, -1);
      return a;
    }
  }
}
