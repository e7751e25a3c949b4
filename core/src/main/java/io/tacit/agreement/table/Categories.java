package io.tacit.agreement.table;

import io.tacit.agreement.Level;
import io.tacit.agreement.ReliabilityData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers the labels read from a table as categories: sorted labels at the nominal level, numeric
 * values at the others, where a label that is not a number is a problem to report.
 */
final class Categories {

  /** A plain decimal number; what spreadsheets write, and not Java's NaN, Infinity or 0x1p3. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Categories() {}

  static ReliabilityData number(
      TableRows rows, List<String> coders, Level level, Problems problems) {
    List<String> labels = rows.labels();
    Integer[] order = new Integer[labels.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double @Nullable [] values = null;
    if (level == Level.NOMINAL) {
      Arrays.sort(order, Comparator.comparing(labels::get));
    } else {
      values = parse(rows, coders, level, problems);
      if (values == null) {
        throw problems.exception();
      }
      double[] v = values;
      Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> v[i]).thenComparing(labels::get));
    }
    int[] category = new int[labels.size()];
    List<String> names = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    for (int rank = 0; rank < order.length; rank++) {
      int label = order[rank];
      boolean sameNumber = values != null && rank > 0 && values[label] == values[order[rank - 1]];
      if (!sameNumber) {
        names.add(labels.get(label));
        if (values != null) {
          numbers.add(values[label]);
        }
      }
      category[label] = names.size() - 1;
    }
    int[] ratings = rows.ratings();
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] != ReliabilityData.MISSING) {
        ratings[i] = category[ratings[i]];
      }
    }
    double @Nullable [] categoryValues =
        values == null ? null : numbers.stream().mapToDouble(Double::doubleValue).toArray();
    return ReliabilityData.of(rows.units(), rows.coders(), ratings, names, categoryValues, coders);
  }

  /** Each label's number, or null after reporting the labels that are not numbers. */
  private static double @Nullable [] parse(
      TableRows rows, List<String> coders, Level level, Problems problems) {
    List<String> labels = rows.labels();
    double[] values = new double[labels.size()];
    boolean ok = true;
    for (int i = 0; i < values.length; i++) {
      String label = labels.get(i);
      @Nullable String problem = null;
      if (!NUMBER.matcher(label).matches()) {
        problem =
            level == Level.ORDINAL
                ? "is not a number; at the ordinal level ratings must be numbers, whose order is"
                    + " the categories' order (leave the cell blank where a coder did not code"
                    + " the unit)"
                : "is not a number; at the "
                    + level.key()
                    + " level every rating must be a number"
                    + " (leave the cell blank where a coder did not code the unit)";
      } else {
        values[i] = Double.parseDouble(label);
        if (!Double.isFinite(values[i])) {
          problem = "is too large a number";
        } else if (level == Level.RATIO && values[i] < 0) {
          problem =
              "is negative; ratio data start at an absolute zero, so use the interval"
                  + " level for values that can be negative";
        }
      }
      if (problem != null) {
        ok = false;
        int more = rows.cells(i) - 1;
        problems.add(
            rows.firstLine(i),
            "coder \""
                + coders.get(rows.firstCoder(i))
                + "\": \""
                + label
                + "\" "
                + problem
                + (more > 0 ? " (" + more + " more cells say \"" + label + "\")" : ""));
      }
    }
    return ok ? values : null;
  }
}
