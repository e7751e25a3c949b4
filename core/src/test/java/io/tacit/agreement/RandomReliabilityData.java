package io.tacit.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but realistic reliability data for property tests: each unit has a true category that each
 * coder reports with some probability, otherwise a random one, and ratings go missing at a given
 * rate. Category indices double as numeric values 0..q-1.
 */
record RandomReliabilityData(int[][] matrix, int categories) {

  /** How ratings go missing. */
  enum Missing {
    /** No rating is missing. */
    NONE,
    /** A unit is either fully coded or coded by one coder only. */
    ALL_OR_ONE,
    /** Any rating may be missing, even all of a unit's. */
    ANY
  }

  static RandomReliabilityData generate(
      long seed, int units, int coders, int categories, double missingRate, Missing missing) {
    SplittableRandom random = new SplittableRandom(seed);
    double accuracy = random.nextDouble();
    int[][] matrix = new int[units][coders];
    for (int u = 0; u < units; u++) {
      int truth = random.nextInt(categories);
      for (int c = 0; c < coders; c++) {
        matrix[u][c] = random.nextDouble() < accuracy ? truth : random.nextInt(categories);
      }
      if (random.nextDouble() < missingRate) {
        switch (missing) {
          case NONE -> {}
          case ALL_OR_ONE -> {
            int keep = random.nextInt(coders);
            for (int c = 0; c < coders; c++) {
              if (c != keep) {
                matrix[u][c] = ReliabilityData.MISSING;
              }
            }
          }
          case ANY -> {
            for (int c = 0; c < coders; c++) {
              if (random.nextBoolean()) {
                matrix[u][c] = ReliabilityData.MISSING;
              }
            }
          }
        }
      }
    }
    return new RandomReliabilityData(matrix, categories);
  }

  /** The data with categories 0..q-1 as labels and values, whether used or not. */
  ReliabilityData data() {
    List<String> labels = new ArrayList<>();
    double[] values = new double[categories];
    for (int k = 0; k < categories; k++) {
      labels.add(Integer.toString(k));
      values[k] = k;
    }
    int coders = matrix[0].length;
    int[] flat = new int[matrix.length * coders];
    for (int u = 0; u < matrix.length; u++) {
      System.arraycopy(matrix[u], 0, flat, u * coders, coders);
    }
    return ReliabilityData.of(
        matrix.length, coders, flat, labels, values, ReliabilityData.defaultCoderNames(coders));
  }

  /** Categories anybody used. */
  int usedCategories() {
    return (int)
        java.util.Arrays.stream(matrix)
            .flatMapToInt(java.util.Arrays::stream)
            .filter(v -> v >= 0)
            .distinct()
            .count();
  }

  /** Distinct categories among units with two or more ratings. */
  int pairableCategories() {
    return (int)
        java.util.Arrays.stream(matrix)
            .filter(row -> java.util.Arrays.stream(row).filter(v -> v >= 0).count() >= 2)
            .flatMapToInt(java.util.Arrays::stream)
            .filter(v -> v >= 0)
            .distinct()
            .count();
  }
}
