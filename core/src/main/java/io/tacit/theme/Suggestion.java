package io.tacit.theme;

import java.util.List;

/**
 * The result of {@link ThemeSuggester#suggest}: candidates, the codes that joined no other code and
 * are too narrow to be a theme alone, and the codes left out because they have too few extracts to
 * place by co-occurrence. Immutable.
 *
 * @param candidates largest first
 * @param alone codes not yet in a theme: placed, but alone in the cut tree and coded for fewer than
 *     half of the participants; by id
 * @param unplaced codes with fewer extracts than the minimum support, by id
 * @param cooccurrence the counts the candidates were formed from (placed codes only)
 */
public record Suggestion(
    List<Candidate> candidates,
    List<Alone> alone,
    List<Unplaced> unplaced,
    Cooccurrence cooccurrence) {
  /** A code not placed in any candidate, with its extracts. */
  public record Unplaced(String code, String name, int extracts) {}

  /** A code not yet in a theme, with its extracts and the participants who contributed them. */
  public record Alone(String code, String name, int extracts, int participants) {}

  public Suggestion {
    candidates = List.copyOf(candidates);
    alone = List.copyOf(alone);
    unplaced = List.copyOf(unplaced);
  }

  /** The candidates as themes.yaml content. */
  public Themes toThemes(String notesPrefix) {
    return new Themes(
        candidates.stream()
            .map(
                c ->
                    c.toTheme(
                        notesPrefix
                            + ": "
                            + c.reach().extracts()
                            + " extracts from "
                            + c.reach().participants()
                            + " of "
                            + c.reach().of()
                            + " participants."))
            .toList());
  }
}
