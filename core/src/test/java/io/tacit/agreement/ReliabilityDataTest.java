package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityDataTest {

  @Test
  void numbersLabelsInSortedOrder() {
    ReliabilityData data =
        ReliabilityData.ofLabels(new String[][] {{"referral", "care-plan"}, {null, " "}});
    assertThat(data.categories()).containsExactly("care-plan", "referral");
    assertThat(data.rating(0, 0)).isEqualTo(1);
    assertThat(data.rating(0, 1)).isEqualTo(0);
    assertThat(data.rating(1, 0)).isEqualTo(ReliabilityData.MISSING);
    assertThat(data.rating(1, 1)).isEqualTo(ReliabilityData.MISSING);
    assertThat(data.isNumeric()).isFalse();
  }

  @Test
  void ordersNumbersByValue() {
    ReliabilityData data = ReliabilityData.ofNumbers(new double[][] {{10, 2.5}, {Double.NaN, -1}});
    assertThat(data.categories()).containsExactly("-1", "2.5", "10");
    assertThat(data.values()).hasValueSatisfying(v -> assertThat(v).containsExactly(-1, 2.5, 10));
    assertThat(data.rating(0, 0)).isEqualTo(2);
    assertThat(data.rating(1, 0)).isEqualTo(ReliabilityData.MISSING);
  }

  @Test
  void copiesWhatItIsGiven() {
    int[] ratings = {0, 1};
    ReliabilityData data =
        ReliabilityData.of(1, 2, ratings, List.of("a", "b"), null, List.of("lead", "second"));
    ratings[0] = 1;
    assertThat(data.rating(0, 0)).isEqualTo(0);
    assertThat(data.coderNames()).containsExactly("lead", "second");
  }

  @Test
  void refusesFewerThanTwoCoders() {
    assertThatThrownBy(
            () -> ReliabilityData.of(1, 1, new int[] {0}, List.of("a"), null, List.of("lead")))
        .hasMessageContaining("at least two coders");
  }

  @Test
  void refusesRatingsOutsideTheCategories() {
    assertThatThrownBy(() -> ReliabilityData.of(new int[][] {{0, 2}}, List.of("a", "b")))
        .hasMessageContaining("unit 0, coder 1: no category 2");
  }

  @Test
  void refusesAShapeTheRatingsDoNotFill() {
    assertThatThrownBy(
            () -> ReliabilityData.of(2, 2, new int[3], List.of("a"), null, List.of("x", "y")))
        .hasMessageContaining("do not fill");
  }

  @Test
  void refusesValuesOutOfOrder() {
    assertThatThrownBy(
            () ->
                ReliabilityData.of(
                    1,
                    2,
                    new int[] {0, 1},
                    List.of("a", "b"),
                    new double[] {2, 1},
                    List.of("x", "y")))
        .hasMessageContaining("strictly increasing");
  }

  @Test
  void refusesRepeatedNames() {
    assertThatThrownBy(
            () ->
                ReliabilityData.of(
                    1, 2, new int[] {0, 0}, List.of("a", "a"), null, List.of("x", "y")))
        .hasMessageContaining("repeat");
    assertThatThrownBy(
            () -> ReliabilityData.of(1, 2, new int[] {0, 0}, List.of("a"), null, List.of("x", "x")))
        .hasMessageContaining("distinct coder names");
  }
}
