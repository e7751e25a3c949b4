package io.tacit.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The stems left out of word lists. Search keeps Lucene's short English stopword list, so that
 * phrases stay findable, but a frequency list of interview speech would be topped by "I", "you",
 * "would", "um" and "like": word lists also drop Snowball's fuller English list (pronouns,
 * auxiliaries, contractions) and the fillers of spoken English below. Both go through the search
 * analysis, so "does" is dropped as its stem "doe", and a filler takes the words that share its
 * Porter stem with it ("kind" takes "kinds" and "kindness", "sort" takes "sorted"): a word is a
 * filler here only when, in interview speech, its filler use is the common one and its stem takes
 * no common content word with it. README ("Word frequencies") lists them.
 */
final class StopStems {
  /** Disfluencies and back-channels that transcripts keep and word lists should not count. */
  static final List<String> DISFLUENCIES =
      List.of(
          "um", "umm", "uh", "er", "erm", "hmm", "hm", "mm", "mmm", "mhm", "ah", "oh", "huh",
          "yeah", "yep", "yes", "okay", "ok", "alright");

  /**
   * Discourse markers and hedges: "like" (both the filler and the verb, which speech uses far
   * less), "kind of", "sort of", "I guess", "really", "actually", "honestly", "just", "anyway".
   * Left in: "well", "right", "mean", "basically", "quite", "pretty", whose stems are also content
   * words ("well-being", "rights", "means", "basic", "quit", "pretty").
   */
  static final List<String> MARKERS =
      List.of(
          "like",
          "kind",
          "kinda",
          "sort",
          "sorta",
          "guess",
          "really",
          "actually",
          "honestly",
          "just",
          "anyway",
          "gonna",
          "wanna",
          "gotta");

  /**
   * Placeholders: vague nouns and indefinite pronouns that stand in for what is being talked about
   * ("one" as in "the one who", "a lot", "things like that", "someone"). Left in: "nobody",
   * "nothing", "no one", whose negation is often the point ("nobody called back"), and numbers
   * other than "one".
   */
  static final List<String> PLACEHOLDERS =
      List.of(
          "one",
          "thing",
          "stuff",
          "lot",
          "something",
          "anything",
          "everything",
          "someone",
          "somebody",
          "anyone",
          "anybody",
          "everyone",
          "everybody");

  private static @Nullable Set<String> cached;

  private StopStems() {}

  static synchronized Set<String> of(Analyzer analyzer) {
    Set<String> stems = cached;
    if (stems == null) {
      stems = new HashSet<>();
      for (String word : words()) {
        String stem = stem(analyzer, word);
        if (stem != null) {
          stems.add(stem);
        }
      }
      cached = stems = Set.copyOf(stems);
    }
    return stems;
  }

  private static Set<String> words() {
    Set<String> words = new HashSet<>(DISFLUENCIES);
    words.addAll(MARKERS);
    words.addAll(PLACEHOLDERS);
    InputStream stream = SnowballFilter.class.getResourceAsStream("english_stop.txt");
    if (stream == null) {
      throw new IllegalStateException("Lucene's English stopword list is missing");
    }
    try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      CharArraySet snowball = WordlistLoader.getSnowballWordSet(in);
      for (Object w : snowball) {
        words.add(new String((char[]) w));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stopword list is missing", e);
    }
    return words;
  }

  /** The stem the search analysis gives a single word, or null if it drops it as a stopword. */
  static @Nullable String stem(Analyzer analyzer, String word) {
    try (TokenStream stream = analyzer.tokenStream(UnitFields.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : null;
      while (stream.incrementToken()) {
        // A word the tokenizer splits (e.g. "24/7") has no single stem; the first part stands.
      }
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
