package io.tacit.deidentify;

import io.tacit.nlp.FirstNames;
import io.tacit.nlp.UsualCase;
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
          "dr",
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "prof",
          "the",
          "of",
          "and",
          "de",
          "la",
          "van",
          "von",
          "st",
          "jr",
          "sr",
          "ii",
          "iii",
          "doctor",
          "nurse",
          "officer",
          "judge",
          "pastor",
          "father",
          "sister",
          "brother",
          "auntie",
          "aunt",
          "uncle",
          "sergeant",
          "rabbi",
          "coach",
          "reverend",
          "big",
          "little");

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

  /**
   * Adds a name found somewhere, with its type.
   *
   * @param lowerCaseWords the words its transcript writes in lower case: a part of the name among
   *     them ("Justice" beside "the justice system") is an everyday word there too
   */
  void add(IdentifierType type, String name, Set<String> lowerCaseWords) {
    String whole = name.strip().replaceAll("\\s+", " ");
    if (!Detector.identifies(whole)) {
      return;
    }
    asWritten.putIfAbsent(asName(whole), type);
    if (type != IdentifierType.PERSON) {
      return;
    }
    for (String part : whole.split("[ ]")) {
      String bare = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      String key = bare.toLowerCase(Locale.ROOT);
      if (!Detector.identifies(bare) || PARTS_NOT_NAMES.contains(key)) {
        continue;
      }
      asWritten.putIfAbsent(asName(bare), type);
      // Sought in any case only a word usually written with a capital ("maria", not "precious"
      // or "justice"), and not one the transcript itself uses as a word.
      if (bare.length() >= 3
          && !WORDS.contains(key)
          && !lowerCaseWords.contains(key)
          && UsualCase.capitalised(key)) {
        anyCase.putIfAbsent(key, type);
      }
    }
  }

  /**
   * A name that is also an everyday word, found in lower case (in an e-mail address, in a line
   * typed without capitals), is sought only as a name is written: "frank" in {@code
   * frank.mazur@...} must not find "to be frank".
   */
  private static String asName(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    boolean word = WORDS.contains(key) || FirstNames.contains(key) && !UsualCase.capitalised(key);
    if (!word || !Character.isLowerCase(name.codePointAt(0))) {
      return name;
    }
    int first = name.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(name, Character.charCount(first), name.length())
        .toString();
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
