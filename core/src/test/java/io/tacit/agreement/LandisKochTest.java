package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandisKochTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          -0.30, POOR
          -0.001, POOR
          0.00, SLIGHT
          0.20, SLIGHT
          0.205, FAIR
          0.40, FAIR
          0.41, MODERATE
          0.60, MODERATE
          0.61, SUBSTANTIAL
          0.80, SUBSTANTIAL
          0.81, ALMOST_PERFECT
          1.00, ALMOST_PERFECT
          """)
  void placesValuesInLandisAndKochsBands(double kappa, LandisKoch band) {
    assertThat(LandisKoch.of(kappa)).contains(band);
  }

  @Test
  void saysNothingAboutUndefinedValues() {
    assertThat(LandisKoch.of(Double.NaN)).isEmpty();
  }

  @Test
  void phrasesTheBand() {
    assertThat(LandisKoch.ALMOST_PERFECT.phrase()).isEqualTo("almost perfect agreement");
  }
}
