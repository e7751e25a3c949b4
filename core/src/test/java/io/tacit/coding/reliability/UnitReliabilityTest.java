package io.tacit.coding.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.Statistic;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@link UnitDecisionsTest}'s study, worked by hand. Each code (any overlap): both
 * 1, first only 1, second only 1, neither 2; p_o = .6, each coder's share present .4, so p_e = .4 x
 * .4 + .6 x .6 = .52 and kappa = pi = (.6 - .52) / .48 = 1/6. Alpha: 10 values, 4 present, 6
 * absent, 2 disagreeing units, so alpha = 1 - 9 x 4 / (2 x 4 x 6) = .25. Over all 10 decisions: 20
 * values, 8 present, 4 disagreeing units: alpha = 1 - 19 x 8 / (2 x 8 x 12) = 5/24.
 */
class UnitReliabilityTest {
  static final double EPS = 1e-12;

  @Test
  void countsAndCoefficientsPerCode() {
    UnitReliability r = UnitReliability.of(UnitDecisionsTest.decisions(0), Bootstrap.OFF);
    assertThat(r.codes()).extracting(CodeReliability::code).containsExactly("care", "ride");
    for (CodeReliability c : r.codes()) {
      assertThat(c.bothCoded()).isEqualTo(1);
      assertThat(c.onlyFirst()).isEqualTo(1);
      assertThat(c.onlySecond()).isEqualTo(1);
      assertThat(c.neither()).isEqualTo(2);
      assertThat(c.byCoders()).containsExactly(2L, 2L, 1L);
      assertThat(c.disagreements()).isEqualTo(2);
      assertThat(value(c, Statistic.PERCENT_AGREEMENT)).isCloseTo(0.6, within(EPS));
      assertThat(value(c, Statistic.COHEN_KAPPA)).isCloseTo(1.0 / 6, within(EPS));
      assertThat(value(c, Statistic.SCOTT_PI)).isCloseTo(1.0 / 6, within(EPS));
      assertThat(value(c, Statistic.KRIPPENDORFF_ALPHA)).isCloseTo(0.25, within(EPS));
      assertThat(value(c, Statistic.BRENNAN_PREDIGER)).isCloseTo(0.2, within(EPS));
    }
  }

  @Test
  void overallPooledAndMean() {
    UnitReliability r = UnitReliability.of(UnitDecisionsTest.decisions(0), Bootstrap.OFF);
    assertThat(r.overall().units()).isEqualTo(10);
    assertThat(r.overall().estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow().value())
        .isCloseTo(5.0 / 24, within(EPS));
    assertThat(r.overall().estimate(Statistic.COHEN_KAPPA).orElseThrow().value())
        .isCloseTo(1.0 / 6, within(EPS));
    assertThat(r.pooledKappa().value()).isCloseTo(1.0 / 6, within(EPS));
    assertThat(r.meanKappa().value()).isCloseTo(1.0 / 6, within(EPS));
  }

  /**
   * With a .9 minimum overlap, x's half-coded ride on a:t6 no longer counts: ride has both 1,
   * second only 1, neither 3; p_o = .8, shares .2 and .4, p_e = .08 + .48 = .56, kappa = .24 / .44
   * = 6/11. Pooled: mean p_o = .7, mean p_e = .54, (.7 - .54) / .46 = 8/23.
   */
  @Test
  void aMinimumOverlapChangesTheTables() {
    UnitReliability r = UnitReliability.of(UnitDecisionsTest.decisions(0.9), Bootstrap.OFF);
    CodeReliability ride = r.codes().get(1);
    assertThat(ride.onlyFirst()).isZero();
    assertThat(ride.neither()).isEqualTo(3);
    assertThat(value(ride, Statistic.COHEN_KAPPA)).isCloseTo(6.0 / 11, within(EPS));
    assertThat(r.pooledKappa().value()).isCloseTo(8.0 / 23, within(EPS));
    assertThat(r.meanKappa().value()).isCloseTo((1.0 / 6 + 6.0 / 11) / 2, within(EPS));
  }

  /** Care keeps alpha .25; at .9 overlap ride's alpha is 1 - 9 x 2 / (2 x 3 x 7) = 4/7. */
  @Test
  void theGateNamesCodesBelowTheMinimumAndChecksOverall() {
    UnitReliability r = UnitReliability.of(UnitDecisionsTest.decisions(0.9), Bootstrap.OFF);
    assertThat(r.codes().get(1).alpha()).isCloseTo(4.0 / 7, within(EPS));
    assertThat(r.codesBelow(0.5)).extracting(CodeReliability::code).containsExactly("care");
    assertThat(r.codesBelow(0.6)).extracting(CodeReliability::code).containsExactly("care", "ride");
    assertThat(r.codesBelow(0.2)).isEmpty();
    assertThat(r.failsGate(0.2)).isFalse();
    assertThat(r.failsGate(r.overallAlpha() + 1e-9)).isTrue();
  }

  @Test
  void bootstrapIntervalsAreSeededAndReproducible() {
    UnitReliability a = UnitReliability.of(UnitDecisionsTest.decisions(0), Bootstrap.of(200, 7));
    UnitReliability b = UnitReliability.of(UnitDecisionsTest.decisions(0), Bootstrap.of(200, 7));
    assertThat(a).isEqualTo(b);
    assertThat(a.overall().estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow().hasInterval())
        .isTrue();
    assertThat(a.pooledKappa().hasInterval()).isTrue();
  }

  private static double value(CodeReliability c, Statistic s) {
    return c.report().estimate(s).orElseThrow().value();
  }
}
