package io.tacit.agreement;

import java.util.Optional;

/**
 * Krippendorff's (2004, Content Analysis, 2nd ed., p. 241) guidance on alpha: rely on variables
 * with alpha at least .800, draw only tentative conclusions from those between .667 and .800, and
 * discard the rest.
 */
public enum KrippendorffThreshold {
  RELIABLE("reliable (alpha >= .800)"),
  TENTATIVE("tentative conclusions only (.667 <= alpha < .800)"),
  UNRELIABLE("unreliable (alpha < .667)");

  private final String phrase;

  KrippendorffThreshold(String phrase) {
    this.phrase = phrase;
  }

  public static Optional<KrippendorffThreshold> of(double alpha) {
    if (Double.isNaN(alpha)) {
      return Optional.empty();
    }
    if (alpha >= 0.800) {
      return Optional.of(RELIABLE);
    }
    return Optional.of(alpha >= 0.667 ? TENTATIVE : UNRELIABLE);
  }

  /** A short phrase for a report. */
  public String phrase() {
    return phrase;
  }
}
