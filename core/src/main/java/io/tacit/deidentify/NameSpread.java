package io.tacit.deidentify;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Carries every name found anywhere in the project to its other occurrences, so that a name the
 * model recognised in one sentence is replaced in every transcript. A person's full name and each
 * of its parts ({@code Maria Lopez}, {@code Maria}, {@code Lopez}) are sought as written; a part is
 * also sought in lower case ({@code maria}, as transcribers type it) unless it is also an everyday
 * word ({@code Hope}, {@code Grace}, {@code Will}), which would then be replaced wherever it is
 * used as one. Organisations and places spread only as written. Mutable while names are added; then
 * read-only and thread-safe.
 */
final class NameSpread {
  /** Names that are also words, sought only with a capital letter. */
  private static final Set<String> WORDS =
      Set.of(
          "hope",
          "grace",
          "will",
          "may",
          "mark",
          "faith",
          "joy",
          "rose",
          "bill",
          "art",
          "dawn",
          "sue",
          "pat",
          "june",
          "april",
          "august",
          "hunter",
          "victor",
          "frank",
          "guy",
          "drew",
          "chance",
          "heath",
          "destiny",
          "summer",
          "amber",
          "ruby",
          "ivy",
          "holly",
          "daisy",
          "lily",
          "rich",
          "sunny",
          "honor",
          "mercy",
          "patience",
          "prudence",
          "sterling",
          "wade",
          "bishop",
          "cook",
          "baker",
          "carter",
          "mason",
          "miller",
          "price",
          "rod",
          "jack",
          "page",
          "penny",
          "river",
          "sky",
          "story",
          "trinity",
          "young",
          "king",
          "green",
          "brown",
          "white",
          "black",
          "long",
          "gay",
          "day",
          "rule",
          "ward",
          "love",
          "hall",
          "lane",
          "hill",
          "wood",
          "stone",
          "sharp",
          "moody",
          "case",
          "chase",
          "don",
          "norm",
          "ray",
          "gene",
          "buck",
          "bob",
          "rusty",
          "sandy",
          "dusty",
          "cliff",
          "glen",
          "dale",
          "clay",
          "reed",
          "miles");

  /** Words that come with names but identify no one. */
  private static final Set<String> PARTS_NOT_NAMES =
      Set.of(
          "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "the", "of", "and", "de", "la", "van",
          "von", "st", "jr", "sr", "ii", "iii");

  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*" + "(?:['’.-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");
  private static final int MAX_WORDS = 4;

  private final Map<String, IdentifierType> asWritten = new HashMap<>();
  private final Map<String, IdentifierType> anyCase = new HashMap<>();

  /** Whether a name is also an everyday word, so that only its capitalised form is a name. */
  static boolean isWord(String name) {
    return WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Adds a name found somewhere, with its type. */
  void add(IdentifierType type, String name) {
    String whole = name.strip().replaceAll("\\s+", " ");
    if (!Detector.identifies(whole)) {
      return;
    }
    asWritten.putIfAbsent(whole, type);
    if (type != IdentifierType.PERSON) {
      return;
    }
    for (String part : whole.split("[ ]")) {
      String bare = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      String key = bare.toLowerCase(Locale.ROOT);
      if (!Detector.identifies(bare) || PARTS_NOT_NAMES.contains(key)) {
        continue;
      }
      asWritten.putIfAbsent(bare, type);
      if (bare.length() >= 3 && !WORDS.contains(key)) {
        anyCase.putIfAbsent(key, type);
      }
    }
  }

  boolean isEmpty() {
    return asWritten.isEmpty();
  }

  /**
   * Every occurrence of every name added, as whole words: one pass over the words of the text, each
   * looked up (with up to three words after it) in the names, so the cost does not grow with the
   * number of names.
   */
  List<Candidate> find(CodePointText text) {
    List<Candidate> found = new ArrayList<>();
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.text());
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    String s = text.text();
    for (int i = 0; i < words.size(); i++) {
      int[] longest = null;
      IdentifierType type = null;
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + MAX_WORDS); j++) {
        if (j > i) {
          if (words.get(j)[0] != words.get(j - 1)[1] + 1 || s.charAt(words.get(j - 1)[1]) != ' ') {
            break;
          }
          phrase.append(' ');
        }
        phrase.append(s, words.get(j)[0], words.get(j)[1]);
        IdentifierType t = lookUp(phrase.toString(), j == i);
        if (t != null) {
          longest = new int[] {words.get(i)[0], words.get(j)[1]};
          type = t;
        }
      }
      if (longest == null) {
        // A possessive: Maria's, Maria’s.
        int[] w = words.get(i);
        String word = s.substring(w[0], w[1]);
        if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
          type = lookUp(word.substring(0, word.length() - 2), true);
          longest = type == null ? null : new int[] {w[0], w[1] - 2};
        }
      }
      if (longest != null && type != null) {
        found.add(
            new Candidate(
                type,
                Span.of(text.toCodePointOffset(longest[0]), text.toCodePointOffset(longest[1]))));
      }
    }
    return found;
  }

  private @Nullable IdentifierType lookUp(String phrase, boolean oneWord) {
    IdentifierType t = asWritten.get(phrase);
    if (t == null && oneWord) {
      t = anyCase.get(phrase.toLowerCase(Locale.ROOT));
    }
    return t;
  }
}
