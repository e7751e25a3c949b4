package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrippendorffThresholdTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          1.0,   RELIABLE
          0.800, RELIABLE
          0.799, TENTATIVE
          0.667, TENTATIVE
          0.666, UNRELIABLE
          -0.2,  UNRELIABLE
          """)
  void appliesKrippendorffsThresholds(double alpha, KrippendorffThreshold expected) {
    assertThat(KrippendorffThreshold.of(alpha)).contains(expected);
  }

  @Test
  void saysNothingAboutUndefinedAlpha() {
    assertThat(KrippendorffThreshold.of(Double.NaN)).isEmpty();
  }

  @Test
  void phrasesTheVerdict() {
    assertThat(KrippendorffThreshold.TENTATIVE.phrase()).startsWith("tentative conclusions only");
  }
}
