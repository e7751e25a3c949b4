package io.tacit.deidentify;

import io.tacit.nlp.FirstNames;
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

/**
 * Names the model misses, found from CoreNLP's first-name lists ({@link FirstNames}) and the words
 * around them. A capital letter at the start of a sentence is no evidence, and a first name that is
 * also a word ({@code Grace}, {@code Will}, or any word the transcript also uses in lower case)
 * needs strong context. Strong context: after "named", "called", "calls her", "her name was" or a
 * role ("my client", "her son,"), before "said" or "told", a name addressed in speech ({@code
 * "Terrence, you..."}, {@code ..., Marcus.}), or a capitalised surname after it ({@code Will
 * Hastings}, but not a third capitalised word: {@code Peer Advisory Council} is an agency). A first
 * name that is not a word is also a name wherever it is capitalised within a sentence. A name in
 * lower case ({@code marcus}) only in strong context before it or before "said", and only when
 * every lower-case use of that word in the transcript is in such context. Immutable and
 * thread-safe.
 */
final class FirstNameRule {
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{L}{3,}(?![\\p{L}\\p{N}-])");
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:\\b(?:[Nn]amed|[Cc]alled|[Cc]alls? (?:him|her|them)|[Nn]ame (?:is|was)|[Nn]ame's"
              + "|[Kk]nown as)"
              + "|\\b(?:my|his|her|their|our|your) (?:"
              + IdentifierRules.ROLES
              + "),?) $");
  private static final Pattern SAID =
      Pattern.compile(
          "^(?:'s|’s)? (?:said|says|told|tells|asked|asks|texted|emailed|wrote|called me)\\b");
  private static final Pattern SURNAME =
      Pattern.compile("^ (\\p{Lu}\\p{Ll}+(?:['’-]\\p{L}+)?)\\b(?! \\p{Lu})");

  /**
   * Words in the name lists that are capitalised within a sentence without naming anyone a
   * transcript could identify ("thank Jesus", "at Easter", "a Christian group").
   */
  private static final Set<String> NOT_PEOPLE =
      Set.of("jesus", "christ", "easter", "christmas", "lord", "allah", "buddha");

  /** Listed names more often used as adjectives: names only in strong context. */
  private static final Set<String> ADJECTIVES = Set.of("christian", "muslim", "hindu");

  private static final Pattern DETERMINER =
      Pattern.compile("\\b(?i:the|a|an|my|his|her|our|their|your|this|that|every|each) $");
  private static final Pattern NOT_FIRST = Pattern.compile(IdentifierRules.NOT_FIRST);

  private FirstNameRule() {}

  /**
   * The names in {@code analysed} (the transcript's text with speaker labels blanked, code point
   * for code point), given the words the transcript uses in lower case.
   */
  static List<Candidate> find(String analysed, Set<String> lowerCaseWords) {
    CodePointText points = new CodePointText(analysed);
    List<Candidate> found = new ArrayList<>();
    List<Candidate> lowerCase = new ArrayList<>();
    Map<String, Integer> lowerCaseUses = new HashMap<>();
    Matcher m = WORD.matcher(analysed);
    while (m.find()) {
      if (Character.isLowerCase(m.group().codePointAt(0))) {
        lowerCaseUses.merge(m.group(), 1, Integer::sum);
      }
      String word = m.group();
      String key = word.toLowerCase(Locale.ROOT);
      if (!FirstNames.contains(key) || !Detector.identifies(word) || NOT_PEOPLE.contains(key)) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      String before = analysed.substring(Math.max(0, start - 40), start);
      String after = analysed.substring(end, Math.min(analysed.length(), end + 40));
      boolean strongBefore = BEFORE.matcher(before).find();
      // "the peer said": a word after an article or a possessive is a noun, not a name.
      boolean said = SAID.matcher(after).find() && !DETERMINER.matcher(before).find();
      boolean capital =
          Character.isUpperCase(word.codePointAt(0))
              && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
      if (!capital) {
        if (Character.isLowerCase(word.codePointAt(0))
            && !NameSpread.isWord(word)
            && (strongBefore || said)) {
          lowerCase.add(candidate(points, start, end));
        }
        continue;
      }
      boolean everyday =
          NameSpread.isWord(word) || lowerCaseWords.contains(key) || ADJECTIVES.contains(key);
      boolean vocative =
          (before.endsWith("\"") || before.endsWith("“")) && after.startsWith(",")
              || before.endsWith(", ") && !after.isEmpty() && ".!?".indexOf(after.charAt(0)) >= 0;
      Matcher surname = SURNAME.matcher(after);
      if (surname.find() && isSurname(surname.group(1), lowerCaseWords)) {
        found.add(candidate(points, start, end + surname.end(1)));
      } else if (strongBefore || said || vocative) {
        found.add(candidate(points, start, end));
      } else if (!everyday && !Detector.opensSentence(analysed, start)) {
        found.add(candidate(points, start, end));
      }
    }
    // A name typed in lower case is one only if every use of that word is in a name's context:
    // "peer" after "called" is still the word of "peer support" everywhere else.
    Map<String, Integer> inContext = new HashMap<>();
    for (Candidate c : lowerCase) {
      inContext.merge(points.substring(c.span()), 1, Integer::sum);
    }
    for (Candidate c : lowerCase) {
      String word = points.substring(c.span());
      if (inContext.get(word).equals(lowerCaseUses.get(word))) {
        found.add(c);
      }
    }
    return found;
  }

  private static boolean isSurname(String word, Set<String> lowerCaseWords) {
    String key = word.toLowerCase(Locale.ROOT);
    return Detector.identifies(word)
        && !NameSpread.isWord(word)
        && !lowerCaseWords.contains(key)
        && !NOT_FIRST.matcher(word).matches();
  }

  private static Candidate candidate(CodePointText points, int start, int end) {
    return new Candidate(
        IdentifierType.PERSON,
        Span.of(points.toCodePointOffset(start), points.toCodePointOffset(end)));
  }
}
