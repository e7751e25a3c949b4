package io.tacit.deidentify;

import java.util.Locale;

/** The kinds of identifier de-identification looks for, as named in sheets and the key. */
public enum IdentifierType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  DATE,
  AGE,
  PHONE,
  EMAIL,
  URL,
  RECORD,
  TERM;

  /** The name used in files and replacements: {@code PERSON}. */
  public String label() {
    return name();
  }

  /** The type a sheet or key names, case-insensitively; empty if none. */
  public static java.util.Optional<IdentifierType> ofLabel(String label) {
    for (IdentifierType t : values()) {
      if (t.name().equals(label.strip().toUpperCase(Locale.ROOT))) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
