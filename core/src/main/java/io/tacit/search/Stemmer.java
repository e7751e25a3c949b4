package io.tacit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text with their stems, through the same English analysis as search and word lists
 * (lower-casing, Porter stems), with the word lists' stopwords and fillers left out. For term
 * statistics outside the index: distinctive terms of a theme's extracts, lexical similarity of
 * extracts. Caches each word's stem: not thread-safe; close it when done.
 */
public final class Stemmer implements AutoCloseable {
  /** A word as spoken (lower-cased) and its stem. */
  public record Word(String surface, String stem) {}

  private final UnitAnalyzer analyzer = new UnitAnalyzer();
  private final Set<String> stopStems = StopStems.of(analyzer);
  private final Map<String, String> stems = new HashMap<>();

  /** The words of {@code text} that carry content, in order. */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(UnitFields.EXACT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        String stem = stem(word);
        if (!stem.isEmpty()) {
          words.add(new Word(word, stem));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private String stem(String word) {
    String known = stems.get(word);
    if (known != null) {
      return known;
    }
    @Nullable String stem = hasLetter(word) ? StopStems.stem(analyzer, word) : null;
    String kept = stem == null || stopStems.contains(stem) || stem.length() < 2 ? "" : stem;
    stems.put(word, kept);
    return kept;
  }

  private static boolean hasLetter(String word) {
    return word.codePoints().anyMatch(Character::isLetter);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
