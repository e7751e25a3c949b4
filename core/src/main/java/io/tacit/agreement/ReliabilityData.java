package io.tacit.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's reliability data: which category each coder assigned to each unit, as a units by
 * coders matrix of category indices in one {@code int[]}, with {@link #MISSING} where a coder did
 * not code a unit. Categories are numbered in their order (the order that counts at the ordinal
 * level); at the interval and ratio levels each category also has a numeric value, strictly
 * increasing with the index. No object is made per rating, so a million units fit in a few
 * megabytes. Immutable and thread-safe: factories copy their arrays.
 */
public final class ReliabilityData {

  /** The rating of a coder who did not code the unit. */
  public static final int MISSING = -1;

  private final int units;
  private final int coders;
  private final int[] ratings;
  private final List<String> categories;
  private final double @Nullable [] values;
  private final List<String> coderNames;

  private ReliabilityData(
      int units,
      int coders,
      int[] ratings,
      List<String> categories,
      double @Nullable [] values,
      List<String> coderNames) {
    this.units = units;
    this.coders = coders;
    this.ratings = ratings;
    this.categories = categories;
    this.values = values;
    this.coderNames = coderNames;
  }

  /**
   * Reliability data from a row-major {@code units x coders} array of category indices.
   *
   * @param ratings {@code ratings[unit * coders + coder]}, each {@link #MISSING} or an index into
   *     {@code categories}
   * @param categories distinct labels, in order
   * @param values the numeric value of each category, strictly increasing; null for labels only
   * @param coderNames one distinct name per coder
   * @throws IllegalArgumentException if the shapes disagree or an index is out of range
   */
  public static ReliabilityData of(
      int units,
      int coders,
      int[] ratings,
      List<String> categories,
      double @Nullable [] values,
      List<String> coderNames) {
    if (coders < 2) {
      throw new IllegalArgumentException("agreement needs at least two coders, not " + coders);
    }
    if (units < 0 || (long) units * coders != ratings.length) {
      throw new IllegalArgumentException(
          ratings.length + " ratings do not fill " + units + " units x " + coders + " coders");
    }
    if (coderNames.size() != coders || new HashSet<>(coderNames).size() != coders) {
      throw new IllegalArgumentException("need " + coders + " distinct coder names: " + coderNames);
    }
    List<String> labels = List.copyOf(categories);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("category labels repeat: " + labels);
    }
    double[] numbers = values == null ? null : values.clone();
    if (numbers != null) {
      checkValues(numbers, labels.size());
    }
    int[] copy = ratings.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < MISSING || copy[i] >= labels.size()) {
        throw new IllegalArgumentException(
            "unit " + i / coders + ", coder " + i % coders + ": no category " + copy[i]);
      }
    }
    return new ReliabilityData(units, coders, copy, labels, numbers, List.copyOf(coderNames));
  }

  /** Reliability data from {@code matrix[unit][coder]} indices, coders named 1, 2, ... */
  public static ReliabilityData of(int[][] matrix, List<String> categories) {
    int coders = matrix.length == 0 ? 0 : matrix[0].length;
    int[] flat = new int[matrix.length * coders];
    for (int u = 0; u < matrix.length; u++) {
      if (matrix[u].length != coders) {
        throw new IllegalArgumentException("unit " + u + " has " + matrix[u].length + " coders");
      }
      System.arraycopy(matrix[u], 0, flat, u * coders, coders);
    }
    return of(matrix.length, coders, flat, categories, null, defaultCoderNames(coders));
  }

  /**
   * Nominal reliability data from {@code rows[unit][coder]} labels; null or blank is missing.
   * Categories are the labels used, sorted, so the numbering does not depend on row order.
   */
  public static ReliabilityData ofLabels(@Nullable String[][] rows) {
    int coders = rows.length == 0 ? 0 : rows[0].length;
    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(usedLabels(rows)));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    int[] flat = new int[rows.length * coders];
    for (int u = 0; u < rows.length; u++) {
      for (int c = 0; c < coders; c++) {
        String label = rows[u][c];
        flat[u * coders + c] = isBlank(label) ? MISSING : index.get(label);
      }
    }
    return of(rows.length, coders, flat, labels, null, defaultCoderNames(coders));
  }

  /**
   * Numeric reliability data from {@code rows[unit][coder]}; NaN is missing. Categories are the
   * distinct values in ascending order, labelled as {@link Double#toString} would print them
   * (without a trailing {@code .0} for whole numbers).
   */
  public static ReliabilityData ofNumbers(double[][] rows) {
    int coders = rows.length == 0 ? 0 : rows[0].length;
    double[] distinct =
        Arrays.stream(rows)
            .flatMapToDouble(Arrays::stream)
            .filter(v -> !Double.isNaN(v))
            .distinct()
            .sorted()
            .toArray();
    List<String> labels = new ArrayList<>();
    for (double v : distinct) {
      labels.add(
          v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    }
    int[] flat = new int[rows.length * coders];
    for (int u = 0; u < rows.length; u++) {
      for (int c = 0; c < coders; c++) {
        double v = rows[u][c];
        flat[u * coders + c] = Double.isNaN(v) ? MISSING : Arrays.binarySearch(distinct, v);
      }
    }
    return of(rows.length, coders, flat, labels, distinct, defaultCoderNames(coders));
  }

  public int units() {
    return units;
  }

  public int coders() {
    return coders;
  }

  /** The number of categories, used or not. */
  public int categoryCount() {
    return categories.size();
  }

  public List<String> categories() {
    return categories;
  }

  public List<String> coderNames() {
    return coderNames;
  }

  /** The category index coder {@code coder} gave unit {@code unit}, or {@link #MISSING}. */
  public int rating(int unit, int coder) {
    return ratings[unit * coders + coder];
  }

  /** Whether categories carry numeric values (needed at the interval and ratio levels). */
  public boolean isNumeric() {
    return values != null;
  }

  /** The numeric values of the categories, a copy; empty for labels only. */
  public Optional<double[]> values() {
    return values == null ? Optional.empty() : Optional.of(values.clone());
  }

  /** The ratings array itself, for the computations in this package; never modified. */
  int[] ratingsArray() {
    return ratings;
  }

  /** The values array itself, or null; never modified. */
  double @Nullable [] valuesArray() {
    return values;
  }

  @Override
  public String toString() {
    return "ReliabilityData["
        + units
        + " units x "
        + coders
        + " coders, "
        + categories.size()
        + " categories]";
  }

  static List<String> defaultCoderNames(int coders) {
    List<String> names = new ArrayList<>(coders);
    for (int c = 1; c <= coders; c++) {
      names.add(Integer.toString(c));
    }
    return names;
  }

  private static void checkValues(double[] numbers, int categories) {
    if (numbers.length != categories) {
      throw new IllegalArgumentException(
          numbers.length + " values for " + categories + " categories");
    }
    for (int i = 0; i < numbers.length; i++) {
      if (!Double.isFinite(numbers[i]) || (i > 0 && numbers[i] <= numbers[i - 1])) {
        throw new IllegalArgumentException(
            "category values must be finite and strictly increasing: " + Arrays.toString(numbers));
      }
    }
  }

  private static HashSet<String> usedLabels(@Nullable String[][] rows) {
    HashSet<String> used = new HashSet<>();
    for (String[] row : rows) {
      for (String label : row) {
        if (!isBlank(label)) {
          used.add(label);
        }
      }
    }
    return used;
  }

  private static boolean isBlank(@Nullable String label) {
    return label == null || label.isBlank();
  }
}
