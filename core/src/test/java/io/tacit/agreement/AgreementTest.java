package io.tacit.agreement;

import static io.tacit.agreement.PublishedData.FLEISS_1971;
import static io.tacit.agreement.PublishedData.KRIPPENDORFF_2011;
import static io.tacit.agreement.PublishedData.columns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static final ReliabilityData TWO_CODERS =
      ReliabilityData.ofNumbers(columns(FLEISS_1971, 0, 1));

  /** The example in {@link Agreement}'s documentation. */
  @Test
  void runsTheDocumentedExample() {
    ReliabilityData data =
        ReliabilityData.ofLabels(
            new String[][] {
              {"care-plan", "care-plan"}, {"referral", "care-plan"}, {"referral", null}
            });
    AgreementReport report = Agreement.report(data, Level.NOMINAL, Bootstrap.DEFAULT);
    Estimate alpha = report.estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow();
    // Two pairable units, one agreeing: D_o = 2/4, D_e = (3*1 + 1*3)/(4*3) = 1/2, alpha = 0.
    assertThat(alpha.value()).isCloseTo(0.0, within(1e-15));
    assertThat(report.pairableUnits()).isEqualTo(2);
  }

  @Test
  void reportsEveryStatisticForTwoCoders() {
    AgreementReport report = Agreement.report(TWO_CODERS, Level.NOMINAL, Bootstrap.OFF);
    assertThat(report.entries().keySet()).containsExactly(Statistic.values());
    assertThat(report.units()).isEqualTo(30);
    assertThat(report.coders()).isEqualTo(2);
    assertThat(report.pairableUnits()).isEqualTo(30);
  }

  @Test
  void leavesOutCohenAndScottForMoreThanTwoCoders() {
    AgreementReport report =
        Agreement.report(
            ReliabilityData.ofNumbers(KRIPPENDORFF_2011), Level.NOMINAL, Bootstrap.OFF);
    assertThat(report.estimate(Statistic.COHEN_KAPPA)).isEmpty();
    assertThat(report.estimate(Statistic.SCOTT_PI)).isEmpty();
    assertThat(report.estimate(Statistic.FLEISS_KAPPA)).isPresent();
    assertThat(report.pairableUnits()).isEqualTo(11);
  }

  @Test
  void givesNormalIntervalsWithoutTheBootstrap() {
    AgreementReport report = Agreement.report(TWO_CODERS, Level.NOMINAL, Bootstrap.OFF);
    AgreementReport.Entry kappa = report.entry(Statistic.COHEN_KAPPA).orElseThrow();
    assertThat(kappa.interval()).isEqualTo(IntervalMethod.NORMAL);
    assertThat(kappa.estimate().ciLow())
        .isCloseTo(
            kappa.estimate().value() - 1.959963984540054 * kappa.estimate().se(), within(1e-15));
    assertThat(report.alphaDistribution()).isEmpty();
  }

  @Test
  void givesBootstrapIntervalsWithTheBootstrap() {
    AgreementReport report = Agreement.report(TWO_CODERS, Level.NOMINAL, Bootstrap.DEFAULT);
    for (Statistic statistic : Statistic.values()) {
      AgreementReport.Entry entry = report.entry(statistic).orElseThrow();
      assertThat(entry.interval())
          .isEqualTo(
              statistic == Statistic.KRIPPENDORFF_ALPHA
                  ? IntervalMethod.KRIPPENDORFF_BOOTSTRAP
                  : IntervalMethod.UNIT_BOOTSTRAP);
      assertThat(entry.estimate().value()).isEqualTo(entry.normal().value());
      assertThat(entry.estimate().ciLow()).isLessThan(entry.estimate().ciHigh());
    }
    assertThat(report.alphaDistribution())
        .hasValueSatisfying(d -> assertThat(d.size()).isEqualTo(1000));
  }

  @Test
  void keepsTheNormalIntervalOrderedWhenRoundingLiftsAValueAboveOne() {
    Estimate e = Estimate.normal(1.0000000000000002, 0);
    assertThat(e.ciLow()).isLessThanOrEqualTo(e.ciHigh());
    assertThat(e.ciHigh()).isEqualTo(1.0);
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    ReliabilityData data = ReliabilityData.ofNumbers(KRIPPENDORFF_2011);
    Bootstrap bootstrap = Bootstrap.of(500, 99);
    assertThat(Agreement.report(data, Level.INTERVAL, bootstrap).entries())
        .isEqualTo(Agreement.report(data, Level.INTERVAL, bootstrap).entries());
    assertThat(Agreement.report(data, Level.INTERVAL, Bootstrap.of(500, 100)).entries())
        .isNotEqualTo(Agreement.report(data, Level.INTERVAL, bootstrap).entries());
  }

  @Test
  void oneStatisticEqualsItsEntryInTheReport() {
    AgreementReport report = Agreement.report(TWO_CODERS, Level.NOMINAL, Bootstrap.DEFAULT);
    for (Statistic statistic : Statistic.values()) {
      assertThat(Agreement.estimate(statistic, TWO_CODERS, Level.NOMINAL, Bootstrap.DEFAULT))
          .isEqualTo(report.estimate(statistic));
    }
  }

  /**
   * Resampling kinds of units as multinomial counts is the ordinary bootstrap: its percentiles for
   * Cohen's kappa match those of drawing unit indices with replacement, within Monte Carlo error.
   */
  @Test
  void multinomialResamplingMatchesDrawingUnits() {
    ReliabilityData data = TWO_CODERS;
    int replicates = 4000;
    double[] naive = new double[replicates];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int[][] matrix = new int[data.units()][2];
    for (int b = 0; b < replicates; b++) {
      for (int u = 0; u < data.units(); u++) {
        int pick = random.nextInt(data.units());
        matrix[u][0] = data.rating(pick, 0);
        matrix[u][1] = data.rating(pick, 1);
      }
      naive[b] =
          Agreement.cohenKappa(
                  ContingencyTable.of(ReliabilityData.of(matrix, data.categories())),
                  Weights.identity(data.categoryCount()))
              .value();
    }
    Arrays.sort(naive);
    Estimate ours =
        Agreement.estimate(Statistic.COHEN_KAPPA, data, Level.NOMINAL, Bootstrap.of(replicates, 5))
            .orElseThrow();
    assertThat(ours.ciLow()).isCloseTo(naive[(int) (0.025 * replicates)], within(0.03));
    assertThat(ours.ciHigh()).isCloseTo(naive[(int) (0.975 * replicates)], within(0.03));
  }
}
