package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gwet's weights as irrCAC's weights.gen.r defines them, on three and four categories. */
class WeightsTest {

  @Test
  void ordinalWeightsCountTheCategoriesSpanned() {
    Weights w = Weights.ordinal(3);
    assertThat(w.get(0, 0)).isEqualTo(1);
    assertThat(w.get(0, 1)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(w.get(0, 2)).isEqualTo(0);
    assertThat(w.get(2, 1)).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void quadraticWeightsUseTheValues() {
    Weights w = Weights.quadratic(new double[] {1, 2, 3, 5});
    assertThat(w.get(0, 1)).isCloseTo(1 - 1.0 / 16, within(1e-15));
    assertThat(w.get(1, 3)).isCloseTo(1 - 9.0 / 16, within(1e-15));
    assertThat(w.get(0, 3)).isEqualTo(0);
  }

  @Test
  void ratioWeightsUseRelativeDifferences() {
    Weights w = Weights.ratio(new double[] {1, 2, 4});
    double max = Math.pow(3.0 / 5, 2);
    assertThat(w.get(0, 1)).isCloseTo(1 - Math.pow(1.0 / 3, 2) / max, within(1e-15));
    assertThat(w.get(0, 2)).isCloseTo(0, within(1e-15));
  }

  @Test
  void identityWeightsTotalTheCategoryCount() {
    assertThat(Weights.identity(4).total()).isEqualTo(4);
    assertThat(Weights.identity(4).isIdentity()).isTrue();
    assertThat(Weights.ordinal(4).isIdentity()).isFalse();
  }

  @Test
  void refusesNumericLevelsForLabels() {
    ReliabilityData labels = ReliabilityData.ofLabels(new String[][] {{"a", "b"}});
    assertThatThrownBy(() -> Weights.forLevel(Level.RATIO, labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio level needs numeric values");
  }
}
