package io.tacit.exchange;

import io.tacit.exchange.QdeProject.Selection;
import io.tacit.exchange.SourceAlignment.Placed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@link PositionScheme} fits a project's selections: the one under which most are placed,
 * then most start and end between words (people select words; a wrong scheme shifts selections into
 * them). Stateless.
 */
final class PositionFit {
  private PositionFit() {}

  /** How well a scheme fits: selections placed, then placed between words. */
  record Fit(PositionScheme scheme, long placed, long betweenWords) {
    boolean betterThan(Fit o) {
      return placed != o.placed ? placed > o.placed : betweenWords > o.betweenWords;
    }
  }

  private static Fit fit(List<ReadSource> read, PositionScheme scheme) {
    long placed = 0;
    long between = 0;
    for (ReadSource r : read) {
      for (Selection s : r.source().selections()) {
        if (r.alignment().place(s.start(), s.end(), scheme) instanceof Placed p) {
          placed++;
          between += r.alignment().atWordBoundaries(p.span()) ? 1 : 0;
        }
      }
    }
    return new Fit(scheme, placed, between);
  }

  /** The scheme that fits best; the standard's wins a tie. */
  static Fit best(List<ReadSource> read) {
    Fit best = fit(read, PositionScheme.CODE_POINTS);
    for (PositionScheme scheme : PositionScheme.values()) {
      Fit f = fit(read, scheme);
      if (f.betterThan(best)) {
        best = f;
      }
    }
    return best;
  }

  /** A warning when another scheme would fit these sources better than the one chosen. */
  static Optional<String> betterThan(List<ReadSource> read, PositionScheme chosen) {
    if (read.stream().noneMatch(r -> r.alignment().schemesDiffer())) {
      return Optional.empty();
    }
    Fit mine = fit(read, chosen);
    Fit best = best(read);
    if (best.betterThan(mine)) {
      return Optional.of(
          "read as "
              + chosen.label()
              + ", "
              + mine.placed()
              + " selections fit and "
              + mine.betweenWords()
              + " of them start and end between words; read as "
              + best.scheme().label()
              + ", "
              + best.placed()
              + " and "
              + best.betweenWords()
              + ": if the codings look shifted, import into a fresh study with --positions "
              + best.scheme().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return Optional.empty();
  }
}
