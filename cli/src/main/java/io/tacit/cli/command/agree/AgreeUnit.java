package io.tacit.cli.command.agree;

import io.tacit.transcript.UnitType;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code tacit agree --coders} compares: participant turns or sentences (each code present or
 * absent per unit), characters (NVivo's way), or coded segments (MAXQDA's way).
 */
enum AgreeUnit {
  TURN,
  SENTENCE,
  CHAR,
  SPAN;

  /** The transcript unit, for turn and sentence. */
  Optional<UnitType> unitType() {
    return switch (this) {
      case TURN -> Optional.of(UnitType.TURN);
      case SENTENCE -> Optional.of(UnitType.SENTENCE);
      default -> Optional.empty();
    };
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
