package io.tacit.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage (UPGMA) on distance 1 - association. At each step
 * the two closest clusters join; equal distances go to the pair whose smallest code ids come first,
 * so the result never depends on input order or hash order. Average distances are summed afresh
 * over sorted members each step, so rounding is the same on every run. The whole tree is built
 * (clusters never grow past the cut's cap, codes never together never join), then cut: at {@code k}
 * clusters, or before the first merge below the cut's threshold. Stateless.
 */
final class AverageLinkage {
  /** Distances this close count as equal, so that rounding noise never decides a tie. */
  private static final double TIE = 1e-12;

  private AverageLinkage() {}

  /**
   * @param association symmetric association of codes, indices in code id order
   * @return clusters as sorted lists of indices, each cluster in order of its smallest index
   */
  static List<List<Integer>> cluster(Cooccurrence association, ThemeCut cut) {
    int n = association.size();
    Tree tree = Tree.grow(association, cut.cap(n), cut.k());
    if (cut.k() > 0) {
      return tree.levels.get(tree.levels.size() - 1);
    }
    // The gaps are read from the tree without the cap, whose top merges the cap may forbid.
    List<Double> heights = cut.cap(n) >= n ? tree.heights : Tree.grow(association, n, 0).heights;
    double threshold = cut.effectiveThreshold(association, heights);
    int merges = 0;
    while (merges < tree.heights.size() && tree.heights.get(merges) >= threshold - TIE) {
      merges++;
    }
    return tree.levels.get(merges);
  }

  /** The partitions after 0, 1, 2, ... merges, and the average association of each merge. */
  private record Tree(List<List<List<Integer>>> levels, List<Double> heights) {
    static Tree grow(Cooccurrence association, int cap, int k) {
      int n = association.size();
      List<List<Integer>> clusters = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        clusters.add(List.of(i));
      }
      List<List<List<Integer>>> levels = new ArrayList<>();
      List<Double> heights = new ArrayList<>();
      levels.add(List.copyOf(clusters));
      while (clusters.size() > 1 && (k == 0 || clusters.size() > k)) {
        int bestA = -1;
        int bestB = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < clusters.size(); a++) {
          for (int b = a + 1; b < clusters.size(); b++) {
            if (clusters.get(a).size() + clusters.get(b).size() > cap) {
              continue;
            }
            double avg = average(association, clusters.get(a), clusters.get(b));
            // Clusters are kept in order of their smallest index: the first pair found wins ties.
            if (avg > best + TIE) {
              best = avg;
              bestA = a;
              bestB = b;
            }
          }
        }
        if (bestA < 0 || best <= 0) {
          break;
        }
        List<Integer> joined = new ArrayList<>(clusters.get(bestA));
        joined.addAll(clusters.get(bestB));
        joined.sort(null);
        clusters.set(bestA, List.copyOf(joined));
        clusters.remove(bestB);
        levels.add(List.copyOf(clusters));
        heights.add(best);
      }
      return new Tree(levels, heights);
    }
  }

  static double average(Cooccurrence association, List<Integer> a, List<Integer> b) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        sum += association.association(i, j);
      }
    }
    return sum / (a.size() * (double) b.size());
  }
}
