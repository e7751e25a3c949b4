package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KeynessTest {
  /*
   * A word seen a = 10 times in corpus 1 of c = 1,000 words and b = 2 times in corpus 2 of
   * d = 1,000 words:
   *   E1 = c(a+b)/(c+d) = 1000 * 12 / 2000 = 6,  E2 = 6
   *   G2 = 2 (10 ln(10/6) + 2 ln(2/6))
   *      = 2 (10 * 0.510825623765991 - 2 * 1.09861228866811)
   *      = 2 (5.10825623765991 - 2.19722457733622) = 5.82206332064737
   *   log ratio = log2((10/1000) / (2/1000)) = log2 5 = 2.32192809488736
   */
  @Test
  void logLikelihoodAndLogRatioOfATwoByTwoTable() {
    assertThat(Keyness.logLikelihood(10, 2, 1000, 1000)).isCloseTo(5.82206332064737, within(1e-9));
    assertThat(Keyness.logRatio(10, 2, 1000, 1000)).isCloseTo(2.32192809488736, within(1e-9));
  }

  /*
   * Unequal corpora: a = 30 in c = 2,000 words, b = 5 in d = 3,000 words.
   *   E1 = 2000 * 35 / 5000 = 14,  E2 = 3000 * 35 / 5000 = 21
   *   G2 = 2 (30 ln(30/14) + 5 ln(5/21))
   *      = 2 (30 * 0.762140052046897 + 5 * -1.43508452528932)
   *      = 2 (22.8642015614069 - 7.17542262644662) = 31.3775578699206
   *   log ratio = log2((30/2000) / (5/3000)) = log2 9 = 3.16992500144231
   */
  @Test
  void unequalCorporaAreWeighedByTheirSizes() {
    assertThat(Keyness.logLikelihood(30, 5, 2000, 3000)).isCloseTo(31.3775578699206, within(1e-9));
    assertThat(Keyness.logRatio(30, 5, 2000, 3000)).isCloseTo(3.16992500144231, within(1e-9));
  }

  /* With b = 0, G2 = 2 * 4 ln(4 / (4 * 100/200)) = 8 ln 2, and Hardie's log ratio takes b as 0.5. */
  @Test
  void aZeroCountGivesFiniteFigures() {
    assertThat(Keyness.logLikelihood(4, 0, 100, 100)).isCloseTo(8 * Math.log(2), within(1e-9));
    assertThat(Keyness.logRatio(4, 0, 100, 100)).isCloseTo(3.0, within(1e-9));
    assertThat(Keyness.logLikelihood(0, 0, 100, 100)).isZero();
  }

  /* Critical values of chi-squared with one degree of freedom: 3.84 for p = 0.05, 6.63 for 0.01. */
  @Test
  void pValuesFollowChiSquaredWithOneDegreeOfFreedom() {
    assertThat(Keyness.pValue(3.841458820694124)).isCloseTo(0.05, within(1e-6));
    assertThat(Keyness.pValue(6.634896601021214)).isCloseTo(0.01, within(1e-6));
    assertThat(Keyness.pValue(15.13670601)).isCloseTo(0.0001, within(1e-7));
    assertThat(Keyness.pValue(0)).isEqualTo(1.0);
  }
}
