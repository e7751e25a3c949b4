package io.tacit.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage (UPGMA) on distance 1 - association. At each step
 * the two closest clusters join; equal distances go to the pair whose smallest code ids come
 * first, so the result never depends on input order or hash order. Average distances are summed
 * afresh over sorted members each step, so rounding is the same on every run. Stateless.
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
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(List.of(i));
    }
    int cap = Math.max(2, (int) Math.floor(cut.maxShare() * n + TIE));
    if (cut.maxShare() >= 1) {
      cap = n;
    }
    double threshold = cut.effectiveThreshold(association);
    while (clusters.size() > 1 && (cut.k() == 0 || clusters.size() > cut.k())) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          if (clusters.get(a).size() + clusters.get(b).size() > cap) {
            continue;
          }
          double avg = average(association, clusters.get(a), clusters.get(b));
          // Clusters are kept in order of their smallest index, so the first pair found wins ties.
          if (avg > best + TIE) {
            best = avg;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || best <= 0 || (cut.k() == 0 && best < threshold - TIE)) {
        break;
      }
      List<Integer> joined = new ArrayList<>(clusters.get(bestA));
      joined.addAll(clusters.get(bestB));
      joined.sort(null);
      clusters.set(bestA, List.copyOf(joined));
      clusters.remove(bestB);
    }
    return clusters;
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
