package io.tacit.agreement;

import java.util.Arrays;

/**
 * Counts distinct rows of a fixed width, in first-seen order: an open-addressing table over rows
 * stored flat in one {@code int[]}, so a million units make no object each. Mutable; one owner.
 */
final class RowCounter {

  private final int width;
  private int[] rows;
  private long[] counts = new long[16];
  private int size;
  private int[] slots = emptySlots(64);

  RowCounter(int width) {
    this.width = width;
    this.rows = new int[16 * width];
  }

  /** Counts one occurrence of {@code row} (its first {@code width} entries); returns its id. */
  int add(int[] row) {
    int mask = slots.length - 1;
    int slot = hash(row, 0) & mask;
    while (slots[slot] >= 0) {
      int id = slots[slot];
      if (Arrays.equals(rows, id * width, id * width + width, row, 0, width)) {
        counts[id]++;
        return id;
      }
      slot = (slot + 1) & mask;
    }
    if (size == counts.length) {
      counts = Arrays.copyOf(counts, size * 2);
      rows = Arrays.copyOf(rows, size * 2 * width);
    }
    System.arraycopy(row, 0, rows, size * width, width);
    counts[size] = 1;
    slots[slot] = size;
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  int width() {
    return width;
  }

  int get(int id, int column) {
    return rows[id * width + column];
  }

  /** The rows, flat, trimmed to size. */
  int[] rows() {
    return Arrays.copyOf(rows, size * width);
  }

  /** Occurrences per row, trimmed to size. */
  long[] counts() {
    return Arrays.copyOf(counts, size);
  }

  private void rehash() {
    slots = emptySlots(slots.length * 2);
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hash(rows, id * width) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  private int hash(int[] array, int from) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + width; i++) {
      h = (h ^ array[i]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
    }
    return (int) (h ^ (h >>> 32));
  }

  private static int[] emptySlots(int length) {
    int[] a = new int[length];
    Arrays.fill(a, -1);
    return a;
  }
}
