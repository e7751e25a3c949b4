package io.tacit.agreement.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Unit ids in file order with the line each came from, and a set over them to catch repeats. A
 * {@code HashMap} would allocate a node and box a line number for each of a million rows; this is
 * open addressing over one {@code long[]} whose entries pack an id's hash code with its index, so a
 * lookup usually touches one cache line and compares strings only when hash codes match. Mutable;
 * one owner.
 */
final class UnitIds {

  private final List<String> ids = new ArrayList<>();
  private long[] lines = new long[1 << 12];
  private int bits = 12;

  /** {@code hash << 32 | (index + 1)}; 0 marks an empty slot. */
  private long[] table = new long[1 << bits];

  /**
   * Adds {@code id}, read on {@code line}; returns -1, or the line it was first read on, in which
   * case it is not added again.
   */
  long add(String id, long line) {
    int hash = id.hashCode();
    int mask = table.length - 1;
    int slot = slotOf(hash);
    for (long entry = table[slot]; entry != 0; entry = table[slot]) {
      int index = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && ids.get(index).equals(id)) {
        return lines[index];
      }
      slot = (slot + 1) & mask;
    }
    int index = ids.size();
    ids.add(id);
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, index * 2);
    }
    lines[index] = line;
    table[slot] = (long) hash << 32 | (index + 1L);
    if (ids.size() * 2 > table.length) {
      grow();
    }
    return -1;
  }

  int size() {
    return ids.size();
  }

  List<String> ids() {
    return ids;
  }

  private void grow() {
    long[] old = table;
    bits++;
    table = new long[1 << bits];
    int mask = table.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = slotOf((int) (entry >>> 32));
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = entry;
      }
    }
  }

  /**
   * Fibonacci hashing, the top bits of the hash times the golden ratio: ids like {@code p12:t3}
   * have string hash codes that cluster in the low bits, which linear probing cannot afford.
   */
  private int slotOf(int hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }
}
