package io.tacit.codebook;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * One change to a codebook, as its changelog keeps it. Immutable.
 *
 * @param date when, ISO-8601 in UTC to the second ({@code 2026-03-14T09:26:53Z})
 * @param action what kind of change
 * @param code the code it concerns (for an import: the file imported)
 * @param detail what changed, in words ({@code name "Cost" -> "Costs of care"})
 * @param reason why, as the researcher gave it with {@code --reason}; may be empty
 */
public record ChangelogEntry(
    String date, Action action, String code, String detail, String reason) {

  /** The kinds of change. */
  public enum Action {
    ADD,
    RENAME,
    MOVE,
    MERGE,
    REMOVE,
    IMPORT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Action> ofLabel(String label) {
      for (Action a : values()) {
        if (a.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }

  public ChangelogEntry {
    DateTimeFormatter.ISO_INSTANT.parse(date);
  }

  public static ChangelogEntry at(
      Instant when, Action action, String code, String detail, String reason) {
    return new ChangelogEntry(
        DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.SECONDS)),
        action,
        code,
        detail,
        reason);
  }
}
