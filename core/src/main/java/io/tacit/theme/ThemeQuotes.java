package io.tacit.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Illustrative quotes for the themes of themes.yaml, chosen as {@code themes suggest} chooses them
 * for candidates: extracts carrying most of the theme's codes and most of its distinctive words
 * (against the other themes), one per participant. Stateless.
 */
public final class ThemeQuotes {
  private ThemeQuotes() {}

  /** Up to {@code count} quotes for every theme and subtheme, by theme id, in file order. */
  public static Map<String, List<Quote>> of(CodedData data, Themes themes, int count) {
    List<Theme> all = themes.all();
    List<List<CodedData.CodedUnit>> extracts = new ArrayList<>();
    all.forEach(t -> extracts.add(data.extractsOfAny(Set.copyOf(t.allCodes()))));
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    try (TermWeights weights = new TermWeights()) {
      List<List<Term>> terms = weights.distinctive(extracts, ThemeSuggester.CENTRAL_TERMS);
      for (int i = 0; i < all.size(); i++) {
        quotes.put(
            all.get(i).id(),
            ThemeSuggester.quotes(
                all.get(i).allCodes(), extracts.get(i), terms.get(i), weights, count));
      }
    }
    return quotes;
  }
}
