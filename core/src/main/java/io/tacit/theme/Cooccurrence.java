package io.tacit.theme;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often codes occur together in windows of neighbouring participant units, and their Jaccard
 * association (see docs/adr/0007-theme-association.md). Each participant unit anchors one window:
 * itself and up to {@code window} units of the same transcript either side (interviewer turns are
 * not units, so a question between two answers does not separate them). A code is in a window if
 * any unit of the window carries it. With window 0 the windows are the units. Immutable.
 *
 * @param codes code ids, sorted
 * @param window units either side of each anchor
 * @param extracts units carrying each code
 * @param windows windows containing each code
 * @param together windows containing both codes, symmetric
 */
public record Cooccurrence(
    List<String> codes, int window, int[] extracts, int[] windows, int[][] together) {

  /** One pair, as exported: together, the totals, and the association. */
  public record Pair(
      String codeA, String codeB, int together, int aTotal, int bTotal, double association) {}

  public Cooccurrence {
    codes = List.copyOf(codes);
  }

  /** Counts co-occurrence of the given codes (sorted ids) in the data. */
  public static Cooccurrence of(CodedData data, List<String> codes, int window) {
    if (window < 0) {
      throw new IllegalArgumentException("the window is a number of units, 0 or more");
    }
    int n = codes.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(codes.get(i), i);
    }
    int[] extracts = new int[n];
    int[] windows = new int[n];
    int[][] together = new int[n][n];
    int[] present = new int[n];
    for (List<CodedData.CodedUnit> seq : data.sequences()) {
      List<int[]> unitCodes = new ArrayList<>(seq.size());
      for (CodedData.CodedUnit u : seq) {
        unitCodes.add(
            u.codes().stream()
                .map(index::get)
                .filter(i -> i != null)
                .mapToInt(Integer::intValue)
                .toArray());
      }
      BitSet inWindow = new BitSet(n);
      for (int a = 0; a < seq.size(); a++) {
        for (int c : unitCodes.get(a)) {
          extracts[c]++;
        }
        inWindow.clear();
        int from = Math.max(0, a - window);
        int to = Math.min(seq.size() - 1, a + window);
        for (int b = from; b <= to; b++) {
          for (int c : unitCodes.get(b)) {
            inWindow.set(c);
          }
        }
        int k = 0;
        for (int c = inWindow.nextSetBit(0); c >= 0; c = inWindow.nextSetBit(c + 1)) {
          present[k++] = c;
        }
        for (int x = 0; x < k; x++) {
          windows[present[x]]++;
          for (int y = x + 1; y < k; y++) {
            together[present[x]][present[y]]++;
            together[present[y]][present[x]]++;
          }
        }
      }
    }
    return new Cooccurrence(codes, window, extracts, windows, together);
  }

  public int size() {
    return codes.size();
  }

  /**
   * Jaccard association: windows with both codes over windows with either. 0 when neither occurs; 1
   * on the diagonal.
   */
  public double association(int a, int b) {
    if (a == b) {
      return 1.0;
    }
    int both = together[a][b];
    int either = windows[a] + windows[b] - both;
    return either == 0 ? 0.0 : (double) both / either;
  }

  /** Every pair of codes (a before b), in code order. */
  public List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < size(); a++) {
      for (int b = a + 1; b < size(); b++) {
        pairs.add(
            new Pair(
                codes.get(a),
                codes.get(b),
                together[a][b],
                windows[a],
                windows[b],
                association(a, b)));
      }
    }
    return pairs;
  }

  public int indexOf(String code) {
    return codes.indexOf(code);
  }
}
