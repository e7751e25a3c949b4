package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelTest {

  /** Surefire runs under a Turkish locale, where "INTERVAL".toLowerCase() is "ınterval". */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          nominal,  NOMINAL
          ORDINAL,  ORDINAL
          INTERVAL, INTERVAL
          Ratio,    RATIO
          """)
  void parsesLevelNamesInAnyCaseAndLocale(String name, Level level) {
    assertThat(Level.of(name)).isEqualTo(level);
    assertThat(level.key()).isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void namesTheChoicesForAnUnknownLevel() {
    assertThatThrownBy(() -> Level.of("metric"))
        .hasMessage("unknown level \"metric\"; use nominal, ordinal, interval or ratio");
  }

  @Test
  void callsWeightedGwetAc2() {
    assertThat(Statistic.GWET_AC1.label(Level.NOMINAL)).isEqualTo("Gwet's AC1");
    assertThat(Statistic.GWET_AC1.label(Level.ORDINAL)).isEqualTo("Gwet's AC2");
    assertThat(Statistic.KRIPPENDORFF_ALPHA.label(Level.RATIO)).isEqualTo("Krippendorff's alpha");
  }
}
