package io.tacit.agreement;

import java.util.Optional;

/**
 * Landis and Koch's (1977, Biometrics 33, 159-174) benchmarks for kappa-like coefficients. They
 * print the bands to two places (.00-.20, .21-.40, ...); for values in between, each band runs from
 * just above the previous upper end to its own, so .20 is slight and .205 fair.
 */
public enum LandisKoch {
  POOR("poor", Double.NEGATIVE_INFINITY),
  SLIGHT("slight", 0.0),
  FAIR("fair", 0.20),
  MODERATE("moderate", 0.40),
  SUBSTANTIAL("substantial", 0.60),
  ALMOST_PERFECT("almost perfect", 0.80);

  private final String phrase;
  private final double above;

  LandisKoch(String phrase, double above) {
    this.phrase = phrase;
    this.above = above;
  }

  /** The band of {@code value}: below 0 poor, 0 to .20 slight, ..., above .80 almost perfect. */
  public static Optional<LandisKoch> of(double value) {
    if (Double.isNaN(value)) {
      return Optional.empty();
    }
    if (value < 0) {
      return Optional.of(POOR);
    }
    LandisKoch band = SLIGHT;
    for (LandisKoch candidate : values()) {
      if (candidate != POOR && value > candidate.above) {
        band = candidate;
      }
    }
    return Optional.of(band);
  }

  /** A short phrase for a report: "substantial agreement". */
  public String phrase() {
    return phrase + " agreement";
  }
}
