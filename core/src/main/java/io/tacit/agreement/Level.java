package io.tacit.agreement;

import java.util.Locale;

/**
 * Level of measurement of the values coders assign. It decides Krippendorff's difference function
 * and Gwet's AC2 weights; the nominal coefficients (kappa, pi, Brennan-Prediger) ignore it.
 */
public enum Level {
  /** Unordered categories. */
  NOMINAL,
  /** Ordered categories whose distances are unknown. */
  ORDINAL,
  /** Numbers whose differences are meaningful. */
  INTERVAL,
  /** Non-negative numbers with an absolute zero, whose ratios are meaningful. */
  RATIO;

  /** Whether values must be numbers at this level (category order alone is not enough). */
  public boolean isNumeric() {
    return this == INTERVAL || this == RATIO;
  }

  /** The lower-case name used on the command line and in JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named {@code key}, ignoring case; an IllegalArgumentException names the choices. */
  public static Level of(String key) {
    for (Level level : values()) {
      if (level.key().equals(key.toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown level \"" + key + "\"; use nominal, ordinal, interval or ratio");
  }
}
