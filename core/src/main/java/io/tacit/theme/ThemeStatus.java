package io.tacit.theme;

import java.util.Locale;
import java.util.Optional;

/** Where a theme stands: suggested by Tacit, reviewed against the data, or final. */
public enum ThemeStatus {
  CANDIDATE,
  REVIEWED,
  FINAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ThemeStatus> ofLabel(String label) {
    for (ThemeStatus s : values()) {
      if (s.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
