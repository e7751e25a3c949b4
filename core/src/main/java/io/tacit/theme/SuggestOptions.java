package io.tacit.theme;

/**
 * Options of {@link ThemeSuggester#suggest}. Immutable.
 *
 * @param minSupport codes with fewer extracts are not placed
 * @param cut where the tree of codes is cut into candidates
 * @param window neighbouring units either side counted as together
 * @param quotes representative quotes per candidate
 */
public record SuggestOptions(int minSupport, ThemeCut cut, int window, int quotes) {
  public static final SuggestOptions DEFAULT = new SuggestOptions(3, ThemeCut.DEFAULT, 1, 3);

  public SuggestOptions {
    if (minSupport < 1) {
      throw new IllegalArgumentException("--min-support must be 1 or more");
    }
    if (window < 0) {
      throw new IllegalArgumentException("--window must be 0 or more");
    }
    if (quotes < 0) {
      throw new IllegalArgumentException("quotes must be 0 or more");
    }
  }

  public SuggestOptions withCut(ThemeCut newCut) {
    return new SuggestOptions(minSupport, newCut, window, quotes);
  }
}
