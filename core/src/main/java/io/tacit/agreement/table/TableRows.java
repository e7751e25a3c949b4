package io.tacit.agreement.table;

import io.tacit.agreement.ReliabilityData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a reliability table read so far: unit ids, and ratings as indices of labels in
 * first-seen order, in a growing {@code int[]}. Mutable; one owner.
 */
final class TableRows {

  private final int coders;
  private final UnitIds unitIds = new UnitIds();
  private final Map<String, Integer> labelIndex = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  /** Where each label first appears, for messages: line and coder column. */
  private final List<long[]> labelFirstCell = new ArrayList<>();

  private int[] labelCells = new int[16];
  private int[] ratings = new int[1 << 12];

  TableRows(int coders) {
    this.coders = coders;
  }

  void add(CSVRecord record, long line, Problems problems) {
    if (record.size() != coders + 1) {
      problems.add(
          line,
          "this row has "
              + record.size()
              + " cells, the header "
              + (coders + 1)
              + "; give every row a unit id and one cell per coder (a blank cell"
              + " where a coder did not code the unit)");
      return;
    }
    String id = record.get(0);
    if (id.isEmpty()) {
      problems.add(line, "this row has no unit id; put the unit's id in the first column");
      return;
    }
    unitIds.add(id, line);
    int base = (unitIds.size() - 1) * coders;
    if (base + coders > ratings.length) {
      ratings = Arrays.copyOf(ratings, Math.max(ratings.length * 2, base + coders));
    }
    for (int c = 0; c < coders; c++) {
      String value = record.get(c + 1);
      ratings[base + c] = value.isEmpty() ? ReliabilityData.MISSING : intern(value, line, c);
    }
  }

  private int intern(String label, long line, int coder) {
    Integer index = labelIndex.get(label);
    if (index == null) {
      index = labels.size();
      labelIndex.put(label, index);
      labels.add(label);
      labelFirstCell.add(new long[] {line, coder});
      if (index == labelCells.length) {
        labelCells = Arrays.copyOf(labelCells, index * 2);
      }
    }
    labelCells[index]++;
    return index;
  }

  /** Reports every unit id read twice, naming both lines. */
  void checkRepeats(Problems problems) {
    for (UnitIds.Repeat repeat : unitIds.repeats()) {
      problems.add(
          repeat.line(),
          "unit \""
              + repeat.id()
              + "\" appears again (first on line "
              + repeat.firstLine()
              + "); give each unit one row");
    }
  }

  int units() {
    return unitIds.size();
  }

  int coders() {
    return coders;
  }

  List<String> unitIds() {
    return unitIds.ids();
  }

  List<String> labels() {
    return labels;
  }

  long firstLine(int label) {
    return labelFirstCell.get(label)[0];
  }

  int firstCoder(int label) {
    return (int) labelFirstCell.get(label)[1];
  }

  int cells(int label) {
    return labelCells[label];
  }

  /** The ratings, units x coders, as indices into {@link #labels()}. */
  int[] ratings() {
    return Arrays.copyOf(ratings, unitIds.size() * coders);
  }
}
