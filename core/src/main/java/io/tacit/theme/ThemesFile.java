package io.tacit.theme;

import io.tacit.BadInputException;
import io.tacit.Problem;
import java.util.List;

/**
 * themes.yaml as read: the themes, where each theme and code was in the file, problems found while
 * reading, and whether the file is exactly what {@code themes suggest} last wrote. Immutable.
 *
 * @param file the file's name, for messages
 * @param themes the themes (those that could be read)
 * @param located every theme and subtheme, depth first, with its lines
 * @param errors what makes the file unusable
 * @param warnings what a researcher may want to fix
 * @param asSuggested the file carries the hash {@code themes suggest} wrote, and it matches
 */
public record ThemesFile(
    String file,
    Themes themes,
    List<Located> located,
    List<Problem> errors,
    List<Problem> warnings,
    boolean asSuggested) {

  /** A theme with the line of its id and of each of its own codes. */
  public record Located(Theme theme, int line, List<Integer> codeLines) {
    public Located {
      codeLines = List.copyOf(codeLines);
    }
  }

  public ThemesFile {
    located = List.copyOf(located);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public static ThemesFile missing(String file) {
    return new ThemesFile(file, Themes.empty(), List.of(), List.of(), List.of(), false);
  }

  /**
   * @throws BadInputException listing every error
   */
  public Themes orThrow() {
    if (!errors.isEmpty()) {
      throw new BadInputException(errors);
    }
    return themes;
  }

  /**
   * Whether {@code themes suggest} may replace it without --force: there is nothing in it, or it is
   * exactly what suggest wrote and every theme is still a candidate.
   */
  public boolean replaceable() {
    return errors.isEmpty() && (themes.isEmpty() || (asSuggested && themes.allCandidates()));
  }
}
