package io.tacit.agreement;

import static io.tacit.agreement.PublishedData.DECIMALS;
import static io.tacit.agreement.PublishedData.FLEISS_1971;
import static io.tacit.agreement.PublishedData.HAYES_KRIPPENDORFF_2007;
import static io.tacit.agreement.PublishedData.KRIPPENDORFF_2011;
import static io.tacit.agreement.PublishedData.WIKIPEDIA;
import static io.tacit.agreement.PublishedData.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrippendorffAlphaTest {

  private static KrippendorffAlpha alpha(double[][] rows, Level level) {
    return KrippendorffAlpha.of(ReliabilityData.ofNumbers(rows), level);
  }

  /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C, to 3 places. */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          NOMINAL,  0.743
          ORDINAL,  0.815
          INTERVAL, 0.849
          RATIO,    0.797
          """)
  void matchesKrippendorffsWorkedExampleWithMissingValues(Level level, double published) {
    assertThat(alpha(KRIPPENDORFF_2011, level).value()).isCloseTo(published, within(0.0005));
  }

  /** Hayes and Krippendorff (2007): ordinal alpha .7598; nominal .4765 as icr's tests give it. */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          ORDINAL, 0.7598
          NOMINAL, 0.4765
          """)
  void matchesHayesAndKrippendorffsFortyUnitExample(Level level, double published) {
    assertThat(alpha(HAYES_KRIPPENDORFF_2007, level).value()).isCloseTo(published, within(0.00005));
  }

  /**
   * Wikipedia's worked example (0.691 nominal, 0.811 interval), to the four places Hayes's SPSS
   * macro gives in kriAlpha.m (alexschlegel/matlab_lib): .6914, .8067, .8108. Units nobody coded
   * drop out.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          NOMINAL,  0.6914
          ORDINAL,  0.8067
          INTERVAL, 0.8108
          """)
  void matchesTheWikipediaExampleWithEmptyUnits(Level level, double published) {
    assertThat(alpha(WIKIPEDIA, level).value()).isCloseTo(published, within(0.00005));
  }

  /** kriAlpha.m's decimal example, checked there against Hayes's SPSS macro. */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          NOMINAL,  0.0364
          ORDINAL,  0.5482
          INTERVAL, 0.5905
          """)
  void matchesTheSpssMacroOnDecimalValues(Level level, double published) {
    assertThat(alpha(DECIMALS, level).value()).isCloseTo(published, within(0.00005));
  }

  /**
   * Gwet's standard error for alpha. irrCAC's README prints {@code
   * krippen.alpha.raw(cac.raw4raters)} as 0.74342 with se 0.14557, from its 2019 code, which
   * centred each unit's agreement on pa; Gwet's August 2021 revision of {@code agree.coeff3.raw.r}
   * centres it on pa' (the linearisation of the ratio estimator), which we follow: 0.14548. The
   * value matches to the 5 places printed; the standard error to 1e-4.
   */
  @Test
  void matchesGwetsStandardErrorWithMissingValues() {
    Estimate raw = alpha(KRIPPENDORFF_2011, Level.NOMINAL).estimate();
    assertThat(raw.value()).isCloseTo(0.74342, within(0.000005));
    assertThat(raw.se()).isCloseTo(0.14557, within(0.0001));
  }

  /**
   * With every unit fully coded, Gwet's alpha variance reduces to Fleiss' kappa's, so on irrCAC's
   * {@code distrib.6raters} it equals the published {@code fleiss.kappa.dist} se 0.08119291. (The
   * README's 0.08243228 for {@code krippen.alpha.dist} comes from that function's own variant,
   * which halves the chance-agreement correction; the raw-data function does not.) The value
   * matches {@code krippen.alpha.dist}'s 0.4204384.
   */
  @Test
  void matchesGwetsStandardErrorWithCompleteData() {
    Estimate dist = alpha(rows(FLEISS_1971, 0, 15), Level.NOMINAL).estimate();
    assertThat(dist.value()).isCloseTo(0.4204384, within(0.00000005));
    assertThat(dist.se()).isCloseTo(0.08119291, within(0.000000005));
  }

  /**
   * irrCAC's Python port tests alpha with quadratic and ratio weights on {@code raw_4raters}
   * (0.849, se 0.129; 0.797, se 0.140; 3 places): Krippendorff's interval and ratio alpha, since
   * those weights are his squared differences rescaled. The port follows the 2019 variance, so the
   * standard errors are allowed the 1e-4 the 2021 correction moves them, beyond rounding.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          INTERVAL, 0.849, 0.129
          RATIO,    0.797, 0.140
          """)
  void matchesGwetsWeightedAlpha(Level level, double value, double se) {
    Estimate e = alpha(KRIPPENDORFF_2011, level).estimate();
    assertThat(e.value()).isCloseTo(value, within(0.0005));
    assertThat(e.se()).isCloseTo(se, within(0.0006));
  }

  @Test
  void hasNoStandardErrorAtTheOrdinalLevel() {
    Estimate ordinal = alpha(KRIPPENDORFF_2011, Level.ORDINAL).estimate();
    assertThat(ordinal.se()).isNaN();
    assertThat(ordinal.hasInterval()).isFalse();
  }

  @Test
  void isUndefinedWithoutVariation() {
    double[][] same = {{1, 1}, {1, 1}, {1, Double.NaN}};
    assertThat(alpha(same, Level.NOMINAL).value()).isNaN();
  }

  @Test
  void isUndefinedWithoutPairableUnits() {
    double[][] lonely = {{1, Double.NaN}, {Double.NaN, 2}};
    assertThat(alpha(lonely, Level.INTERVAL).value()).isNaN();
  }

  @Test
  void refusesTheIntervalLevelForLabels() {
    ReliabilityData labels = ReliabilityData.ofLabels(new String[][] {{"a", "b"}});
    assertThatThrownBy(() -> KrippendorffAlpha.of(labels, Level.INTERVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numeric values");
  }

  @Test
  void bootstrapIsReproducibleForASeed() {
    KrippendorffAlpha alpha = alpha(HAYES_KRIPPENDORFF_2007, Level.ORDINAL);
    BootstrapDistribution first = alpha.bootstrap(Bootstrap.of(2000, 7));
    BootstrapDistribution second = alpha.bootstrap(Bootstrap.of(2000, 7));
    BootstrapDistribution other = alpha.bootstrap(Bootstrap.of(2000, 8));
    assertThat(first.percentile(0.025)).isEqualTo(second.percentile(0.025));
    assertThat(first.percentile(0.975)).isEqualTo(second.percentile(0.975));
    assertThat(other.percentile(0.025)).isNotEqualTo(first.percentile(0.025));
  }

  /**
   * Expected disagreement stays fixed and each resample redraws observed disagreement, so the
   * distribution centres on alpha and its interval brackets it.
   */
  @Test
  void bootstrapCentresOnAlpha() {
    KrippendorffAlpha alpha = alpha(HAYES_KRIPPENDORFF_2007, Level.ORDINAL);
    BootstrapDistribution d = alpha.bootstrap(Bootstrap.of(10_000, 1));
    assertThat(d.size()).isEqualTo(10_000);
    assertThat(d.percentile(0.5)).isCloseTo(alpha.value(), within(0.02));
    assertThat(d.percentile(0.025)).isBetween(0.5, alpha.value());
    assertThat(d.percentile(0.975)).isBetween(alpha.value(), 1.0);
  }
}
