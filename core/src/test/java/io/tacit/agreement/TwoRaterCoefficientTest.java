package io.tacit.agreement;

import static io.tacit.agreement.PublishedData.ABSTRACTORS;
import static io.tacit.agreement.PublishedData.FLEISS_1971;
import static io.tacit.agreement.PublishedData.STATALIST;
import static io.tacit.agreement.PublishedData.columns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoRaterCoefficientTest {

  /**
   * irrCAC README, {@code kappa2.table(cont3x3abstractors)}: 0.7964094, se 0.05891072; {@code
   * scott2.table}: 0.7962397, se 0.05905473 (7 significant places).
   */
  @Test
  void matchesIrrCacOnTheAbstractorsTable() {
    ContingencyTable table = ContingencyTable.of(ABSTRACTORS);
    Estimate kappa = Agreement.cohenKappa(table, Weights.identity(3));
    assertThat(kappa.value()).isCloseTo(0.7964094, within(0.00000005));
    assertThat(kappa.se()).isCloseTo(0.05891072, within(0.000000005));
    Estimate pi = Agreement.scottPi(table, Weights.identity(3));
    assertThat(pi.value()).isCloseTo(0.7962397, within(0.00000005));
    assertThat(pi.se()).isCloseTo(0.05905473, within(0.000000005));
  }

  /**
   * Stata's kapci on a 2 x 2 table (Statalist, December 2009): kappa .3411969207847029 and the
   * large-sample standard error of Fleiss, Cohen and Everitt (1969), .0262913719660408, with the
   * interval .2896667786271169 to .3927270629422889.
   */
  @Test
  void matchesTheFleissCohenEverittStandardErrorAsStataPrintsIt() {
    Estimate kappa = Agreement.cohenKappa(ContingencyTable.of(STATALIST), Weights.identity(2));
    assertThat(kappa.value()).isCloseTo(0.3411969207847029, within(1e-15));
    assertThat(kappa.se()).isCloseTo(0.0262913719660408, within(1e-15));
    assertThat(kappa.ciLow()).isCloseTo(0.2896667786271169, within(1e-13));
    assertThat(kappa.ciHigh()).isCloseTo(0.3927270629422889, within(1e-13));
  }

  /** irr's {@code kappa2(diagnoses[, 2:3])}: 0.631 (also pyirr's test of it). */
  @Test
  void matchesIrrOnTwoOfFleissPsychiatrists() {
    ReliabilityData data = ReliabilityData.ofNumbers(columns(FLEISS_1971, 1, 2));
    Estimate kappa =
        Agreement.estimate(Statistic.COHEN_KAPPA, data, Level.NOMINAL, Bootstrap.OFF).orElseThrow();
    assertThat(kappa.value()).isCloseTo(0.631, within(0.0005));
  }

  /**
   * Cohen's (1968) weighted kappa with quadratic weights: irr's {@code kappa2(anxiety[, 1:2],
   * "squared")} gives 0.297 (irr documentation; pyirr's test of it), on these 20 subjects.
   */
  @Test
  void matchesIrrsQuadraticallyWeightedKappa() {
    double[][] anxiety = {
      {3, 3}, {3, 6}, {3, 4}, {4, 6}, {5, 2}, {5, 4}, {2, 2}, {3, 4}, {5, 3}, {2, 3},
      {2, 2}, {6, 3}, {1, 3}, {5, 3}, {2, 2}, {2, 2}, {1, 1}, {2, 3}, {4, 3}, {3, 4},
    };
    ReliabilityData data = ReliabilityData.ofNumbers(anxiety);
    Estimate kappa =
        Agreement.cohenKappa(
            ContingencyTable.of(data), Weights.quadratic(data.values().orElseThrow()));
    assertThat(kappa.value()).isCloseTo(0.297, within(0.0005));
  }

  @Test
  void usesOnlyUnitsBothCodersCoded() {
    double na = Double.NaN;
    ReliabilityData data =
        ReliabilityData.ofNumbers(
            new double[][] {{1, 1}, {2, 2}, {1, 2}, {2, na}, {na, 1}, {na, na}});
    ContingencyTable table = ContingencyTable.of(data);
    assertThat(table.total()).isEqualTo(3);
    assertThat(table.onlyFirst()).isEqualTo(1);
    assertThat(table.onlySecond()).isEqualTo(1);
    assertThat(table.neither()).isEqualTo(1);
    Estimate kappa = Agreement.cohenKappa(table, Weights.identity(2));
    // po = 2/3, pe = (2/3)(1/3) + (1/3)(2/3) = 4/9
    assertThat(kappa.value()).isCloseTo((2.0 / 3 - 4.0 / 9) / (1 - 4.0 / 9), within(1e-15));
  }
}
