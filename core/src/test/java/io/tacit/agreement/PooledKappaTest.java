package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PooledKappaTest {

  private static final ContingencyTable COMMON =
      ContingencyTable.of(new long[][] {{40, 5}, {10, 45}});
  private static final ContingencyTable RARE = ContingencyTable.of(new long[][] {{95, 3}, {1, 1}});
  private static final ContingencyTable NEVER =
      ContingencyTable.of(new long[][] {{100, 0}, {0, 0}});

  @Test
  void poolsObservedAndExpectedAgreementBeforeCorrectingForChance() {
    double po = (0.85 + 0.96 + 1.0) / 3;
    double peCommon = 0.45 * 0.50 + 0.55 * 0.50;
    double peRare = 0.98 * 0.96 + 0.02 * 0.04;
    double pe = (peCommon + peRare + 1.0) / 3;
    assertThat(PooledKappa.pooled(List.of(COMMON, RARE, NEVER)))
        .isCloseTo((po - pe) / (1 - pe), within(1e-15));
  }

  @Test
  void equalsCohensKappaForOneCode() {
    assertThat(PooledKappa.pooled(List.of(COMMON)))
        .isCloseTo(Agreement.cohenKappa(COMMON, Weights.identity(2)).value(), within(1e-15));
  }

  @Test
  void averagesTheCodesWhereKappaIsDefined() {
    double common = Agreement.cohenKappa(COMMON, Weights.identity(2)).value();
    double rare = Agreement.cohenKappa(RARE, Weights.identity(2)).value();
    assertThat(PooledKappa.mean(List.of(COMMON, RARE, NEVER)))
        .isCloseTo((common + rare) / 2, within(1e-15));
  }

  @Test
  void bootstrapsUnitsTogetherAcrossCodes() {
    ReliabilityData first =
        ReliabilityData.ofNumbers(
            new double[][] {
              {1, 1}, {1, 1}, {0, 0}, {0, 1}, {1, 1}, {0, 0}, {0, 0}, {1, 0}, {1, 1}, {0, 0}
            });
    ReliabilityData second =
        ReliabilityData.ofNumbers(
            new double[][] {
              {0, 0}, {1, 1}, {0, 0}, {0, 0}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {1, 1}, {1, 1}
            });
    Estimate e = PooledKappa.estimate(List.of(first, second), Bootstrap.DEFAULT);
    assertThat(e.value())
        .isCloseTo(
            PooledKappa.pooled(List.of(ContingencyTable.of(first), ContingencyTable.of(second))),
            within(1e-15));
    assertThat(e.se()).isNaN();
    assertThat(e.ciLow()).isLessThanOrEqualTo(e.value());
    assertThat(e.ciHigh()).isGreaterThanOrEqualTo(e.value()).isLessThanOrEqualTo(1);
    assertThat(PooledKappa.estimate(List.of(first, second), Bootstrap.DEFAULT)).isEqualTo(e);
  }

  @Test
  void refusesCodesOnDifferentUnits() {
    ReliabilityData two = ReliabilityData.ofNumbers(new double[][] {{1, 1}, {0, 0}});
    ReliabilityData three = ReliabilityData.ofNumbers(new double[][] {{1, 1}, {0, 0}, {1, 0}});
    assertThatThrownBy(() -> PooledKappa.estimate(List.of(two, three), Bootstrap.OFF))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
