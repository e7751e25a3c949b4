package io.tacit.transcript;

import java.util.Locale;

/** Who speaks in a turn. Only participant turns are coding units unless asked otherwise. */
public enum Role {
  INTERVIEWER,
  PARTICIPANT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
