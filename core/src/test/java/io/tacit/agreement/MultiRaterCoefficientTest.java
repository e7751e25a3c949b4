package io.tacit.agreement;

import static io.tacit.agreement.PublishedData.ABSTRACTORS;
import static io.tacit.agreement.PublishedData.FLEISS_1971;
import static io.tacit.agreement.PublishedData.KRIPPENDORFF_2011;
import static io.tacit.agreement.PublishedData.expand;
import static io.tacit.agreement.PublishedData.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Percent agreement, Fleiss' kappa, Gwet's AC1/AC2 and Brennan-Prediger against Fleiss (1971) and
 * the examples in the documentation and tests of Gwet's irrCAC package, to the published places.
 */
class MultiRaterCoefficientTest {

  private static Estimate estimate(Statistic statistic, double[][] rows, Level level) {
    return Agreement.estimate(statistic, ReliabilityData.ofNumbers(rows), level, Bootstrap.OFF)
        .orElseThrow();
  }

  /** Fleiss (1971): kappa = .430 for the 30 patients; irr's kappam.fleiss gives 0.430. */
  @Test
  void matchesFleissKappaForHisThirtyPatients() {
    assertThat(estimate(Statistic.FLEISS_KAPPA, FLEISS_1971, Level.NOMINAL).value())
        .isCloseTo(0.430, within(0.0005));
  }

  /**
   * irrCAC README, {@code *.dist(distrib.6raters)} (the first 15 of Fleiss's patients), printed to
   * 7 significant places.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          FLEISS_KAPPA,     0.4139265, 0.08119291
          GWET_AC1,         0.4448007, 0.08418757
          BRENNAN_PREDIGER, 0.4388889, 0.08312142
          """)
  void matchesIrrCacOnTheSixRaterDistribution(Statistic statistic, double value, double se) {
    Estimate e = estimate(statistic, rows(FLEISS_1971, 0, 15), Level.NOMINAL);
    assertThat(e.value()).isCloseTo(value, within(0.00000005));
    assertThat(e.se()).isCloseTo(se, within(0.000000005));
  }

  /**
   * irrCAC README, {@code *.raw(cac.raw4raters)}: four raters, twelve units, missing ratings,
   * printed to 5 places (percent agreement to 7).
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          PERCENT_AGREEMENT, 0.8181818, 0.12561
          GWET_AC1,          0.77544,   0.14295
          FLEISS_KAPPA,      0.76117,   0.15302
          BRENNAN_PREDIGER,  0.77273,   0.14472
          """)
  void matchesIrrCacOnFourRatersWithMissingRatings(Statistic statistic, double value, double se) {
    Estimate e = estimate(statistic, KRIPPENDORFF_2011, Level.NOMINAL);
    assertThat(e.value()).isCloseTo(value, within(0.000005));
    assertThat(e.se()).isCloseTo(se, within(0.000005));
  }

  /**
   * AC2 with Gwet's weights for each level, as irrCAC's Python port tests it on {@code raw_4raters}
   * (ordinal, quadratic and ratio weights; 3 places).
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          ORDINAL,  0.899, 0.107
          INTERVAL, 0.914, 0.104
          RATIO,    0.857, 0.122
          """)
  void weightsAc2ByLevelAsGwetDoes(Level level, double value, double se) {
    Estimate e = estimate(Statistic.GWET_AC1, KRIPPENDORFF_2011, level);
    assertThat(e.value()).isCloseTo(value, within(0.0005));
    assertThat(e.se()).isCloseTo(se, within(0.0005));
  }

  /**
   * irrCAC README, {@code cont3x3abstractors}: AC1 0.8493305, Brennan-Prediger 0.835 and percent
   * agreement 0.89. The README's standard errors come from the two-rater table formula, which
   * divides by n where the raw-data formula divides by n - 1: ours are theirs times sqrt(n/(n-1)).
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          GWET_AC1,          0.8493305, 0.04321747
          BRENNAN_PREDIGER,  0.835,     0.04693346
          PERCENT_AGREEMENT, 0.89,      0.03128898
          """)
  void agreesWithTheTwoRaterTableFormulas(Statistic statistic, double value, double tableSe) {
    Estimate e = estimate(statistic, expand(ABSTRACTORS), Level.NOMINAL);
    assertThat(e.value()).isCloseTo(value, within(0.00000005));
    assertThat(e.se()).isCloseTo(tableSe * Math.sqrt(100.0 / 99), within(0.000000005));
  }

  /** With two categories and two coders Brennan-Prediger is PABAK, 2 p_o - 1. */
  @Test
  void brennanPredigerIsPabakForTwoCategories() {
    double[][] rows = {{0, 0}, {0, 0}, {0, 1}, {1, 1}, {0, 0}, {1, 0}, {0, 0}, {0, 0}};
    assertThat(estimate(Statistic.BRENNAN_PREDIGER, rows, Level.NOMINAL).value())
        .isCloseTo(2 * (6.0 / 8) - 1, within(1e-15));
  }

  @Test
  void percentAgreementIgnoresUnitsWithOneRating() {
    double[][] rows = {{1, 1}, {1, 2}, {1, Double.NaN}, {Double.NaN, Double.NaN}};
    assertThat(estimate(Statistic.PERCENT_AGREEMENT, rows, Level.NOMINAL).value()).isEqualTo(0.5);
  }

  @Test
  void fleissKappaIsUndefinedWhenEveryoneUsesOneCategory() {
    double[][] rows = {{1, 1, 1}, {1, 1, 1}};
    assertThat(estimate(Statistic.FLEISS_KAPPA, rows, Level.NOMINAL).value()).isNaN();
  }
}
