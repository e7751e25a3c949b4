package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoincidenceMatrixTest {

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: the matrix of
   * coincidences of the 4-coder example, with marginals 9, 13, 10, 5, 3 and n.. = 40; unit 12, with
   * one value, is not pairable.
   */
  @Test
  void matchesKrippendorffsPublishedCoincidences() {
    CoincidenceMatrix m =
        CoincidenceMatrix.of(ReliabilityData.ofNumbers(PublishedData.KRIPPENDORFF_2011));
    double t = 1.0 / 3;
    double[][] published = {
      {7, 4 * t, t, t, 0},
      {4 * t, 10, 4 * t, t, 0},
      {t, 4 * t, 8, t, 0},
      {t, t, t, 4, 0},
      {0, 0, 0, 0, 3},
    };
    for (int c = 0; c < 5; c++) {
      for (int k = 0; k < 5; k++) {
        assertThat(m.get(c, k))
            .as("o(%d,%d)", c + 1, k + 1)
            .isCloseTo(published[c][k], within(1e-12));
      }
    }
    assertThat(
            new double[] {
              m.marginal(0), m.marginal(1), m.marginal(2), m.marginal(3), m.marginal(4)
            })
        .containsExactly(new double[] {9, 13, 10, 5, 3}, within(1e-12));
    assertThat(m.total()).isCloseTo(40, within(1e-12));
  }

  @Test
  void countsTwoCodersPairsOncePerOrder() {
    CoincidenceMatrix m =
        CoincidenceMatrix.of(
            ReliabilityData.ofNumbers(new double[][] {{1, 2}, {1, 1}, {2, Double.NaN}}));
    assertThat(m.get(0, 1)).isEqualTo(1);
    assertThat(m.get(1, 0)).isEqualTo(1);
    assertThat(m.get(0, 0)).isEqualTo(2);
    assertThat(m.total()).isEqualTo(4);
  }
}
