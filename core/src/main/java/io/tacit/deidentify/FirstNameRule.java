package io.tacit.deidentify;

import io.tacit.nlp.FirstNames;
import io.tacit.nlp.UsualCase;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the model misses, found from CoreNLP's first-name lists ({@link FirstNames}) and the words
 * around them.
 *
 * <ul>
 *   <li>Strong context makes any listed first name a name: after "named", "called", "her name was"
 *       or a role ("my client", "her son,"), before "said" or "told" or a possessive before a
 *       relative ("misty's mom"), addressed in speech ({@code "Terrence, you..."}, {@code ...,
 *       Marcus.}), or with a capitalised surname after it ({@code Will Hastings}, but not a third
 *       capitalised word: {@code Peer Advisory Council} is an agency).
 *   <li>Within a sentence a capital is evidence: transcribers capitalise an everyday word there
 *       only when it names someone ("and Summer trains them"), unless it is a month among a date's
 *       words, follows an article or possessive ("the Hope program"), or stands beside another
 *       capitalised word.
 *   <li>At the start of a sentence a capital is no evidence: a first name counts there only when
 *       edited text usually capitalises it ({@link UsualCase}: "Layla", not "Will") or a verb that
 *       wants a person follows ("Precious answered").
 *   <li>In a line typed without capitals a listed first name counts when it is usually capitalised
 *       ("tomasz"), has a usually capitalised surname after it, or stands in a name's context ("i
 *       text amber").
 *   <li>A name in lower case in a line with capitals ("marcus"), and one in a line without them
 *       that edited text writes in lower case ("misty"), counts only in a name's context, and only
 *       when every lower-case use of that word in the transcript is in one.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class FirstNameRule {
  private static final Pattern WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’-])\\p{L}{3,}(?![\\p{L}\\p{N}-]|['’](?:t|ll|re|ve|d|m)\\b)");
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

  /** "misty's mom", "Dwayne's sister": a possessive before a relative or a carer. */
  private static final Pattern KIN_AFTER =
      Pattern.compile(
          "^['’]s (?:mom|mum|mama|dad|papa|kids?|baby|boyfriend|girlfriend|grandma|grandmother"
              + "|grandpa|grandfather|"
              + IdentifierRules.ROLES
              + ")\\b");

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

  /**
   * After a name at the start of a sentence, a verb that wants a person as its subject: "Precious
   * answered the line", "Faith never gives up"; "Joy is not a word I'd use" has none.
   */
  private static final Pattern ACTS =
      Pattern.compile(
          "^(?:'s|’s)? (?:(?:never|always|still|just|also|usually|really|finally|already|often"
              + "|even|then|only) )?(?:said|says|told|tells|asked|asks|answered|answers|called"
              + "|calls|texted|texts|emailed|emails|phoned|phones|stayed|stays|came|comes|went"
              + "|goes|drove|drives|walked|walks|knew|knows|thought|thinks|wanted|wants|decided"
              + "|decides|agreed|agrees|laughed|laughs|cried|smiled|listened|listens|helped|helps"
              + "|handled|handles|covered|covers|trained|trains|set|sets|does|did|gave|gives"
              + "|brought|brings|showed|shows|took|takes|met|meets|tried|tries|worked|works|ran"
              + "|runs|lived|lives|moved|waited|waits|picked|picks|kept|keeps|wrote|writes"
              + "|visited|visits|checked|checks|sent|sends|signed|signs|refused|refuses"
              + "|promised|promises|remembered|remembers|explained|explains|introduced|introduces"
              + "|taught|teaches|hugged|hugs|smiles|talked|talks|spoke|speaks|stepped|steps"
              + "|started|starts|stopped|stops|left|leaves|got|gets|found|finds|made|makes|held"
              + "|holds|jokes|joked|laughs|covers)\\b");

  /**
   * In a line typed without capitals, a word after a verb of reaching someone ("i text amber",
   * "everybody says bill", "ask for ramon") is a person.
   */
  private static final Pattern REACHED =
      Pattern.compile(
          "\\b(?:text|texted|call|called|email|emailed|ask|asked|ask for|asked for|tell|told"
              + "|says|said|page|paged|phone|phoned|thank|thanked) $");

  /** Months and days: names in the lists, dates in a transcript ("in April", "June 3"). */
  private static final Set<String> CALENDAR =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private static final Pattern DATE_BEFORE =
      Pattern.compile(
          "\\b(?i:in|on|by|since|until|till|from|of|last|next|early|late|mid|this|that|every"
              + "|through|before|after|during) $");
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]* $");
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("^ \\p{Lu}");
  private static final Pattern LOWER_CASE_I = Pattern.compile("(?<![\\p{L}\\p{N}'’])i(?=['’ ,.])");
  private static final Pattern UPPER_CASE_I = Pattern.compile("(?<![\\p{L}\\p{N}'’])I(?=['’ ,.])");
  private static final Pattern UPPER = Pattern.compile("\\p{Lu}");
  private static final Pattern NEXT_WORD = Pattern.compile("^ (\\p{Ll}[\\p{L}'’-]*\\p{L})\\b");

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
    BitSet caseless = caselessLines(analysed);
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
      boolean afterDeterminer = DETERMINER.matcher(before).find();
      boolean said =
          (SAID.matcher(after).find() || KIN_AFTER.matcher(after).find()) && !afterDeterminer;
      boolean capital =
          Character.isUpperCase(word.codePointAt(0))
              && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
      if (!capital) {
        if (caseless.get(start)) {
          boolean context =
              strongBefore
                  || said
                  || REACHED.matcher(before).find()
                  || ACTS.matcher(after).find() && !afterDeterminer;
          Optional<Candidate> name = caselessName(points, start, end, key, after, context);
          // A word edited text writes in lower case ("peer", "misty") is a name only where every
          // use of it is in a name's context, as below.
          if (name.isPresent()
              && name.get().span().length() == word.length()
              && !UsualCase.capitalised(key)) {
            lowerCase.add(name.get());
          } else {
            name.ifPresent(found::add);
          }
        } else if (Character.isLowerCase(word.codePointAt(0))
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
      boolean date =
          CALENDAR.contains(key)
              && (DATE_BEFORE.matcher(before).find() || after.matches("^ [0-9](?s).*"));
      Matcher surname = SURNAME.matcher(after);
      if (surname.find() && isSurname(surname.group(1), lowerCaseWords)) {
        found.add(candidate(points, start, end + surname.end(1)));
      } else if (strongBefore || said || vocative) {
        found.add(candidate(points, start, end));
      } else if (!Detector.opensSentence(analysed, start)) {
        // Transcribers capitalise a word within a sentence only when it is a name: "and Summer
        // trains them" is a person, unless it is a month ("in April"), a programme's or an
        // agency's name ("the Hope program", "Hope House"), or part of one.
        if (!everyday
            || !afterDeterminer
                && !date
                && !CAPITALISED_BEFORE.matcher(before).find()
                && !CAPITALISED_AFTER.matcher(after).find()) {
          found.add(candidate(points, start, end));
        }
      } else if (!everyday && !CALENDAR.contains(key) && UsualCase.capitalised(key)
          || ACTS.matcher(after).find() && !CALENDAR.contains(key)) {
        // At the start of a sentence a capital proves nothing, but a word usually written with
        // one ("Layla is only 15") or a verb that wants a person ("Precious answered") does.
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

  /**
   * A name in a line typed without capitals: a listed first name that edited text usually
   * capitalises ("ramon", "tomasz"; not a month), with a usually capitalised surname after it; or
   * any listed first name with such a surname ("patience okoro").
   */
  private static Optional<Candidate> caselessName(
      CodePointText points, int start, int end, String key, String after, boolean context) {
    Matcher next = NEXT_WORD.matcher(after);
    boolean surname =
        next.find()
            && next.group(1).length() >= 3
            && UsualCase.capitalised(next.group(1))
            && Detector.identifies(next.group(1))
            && !FirstNames.contains(next.group(1))
            && !CALENDAR.contains(next.group(1));
    if (surname) {
      return Optional.of(candidate(points, start, end + next.end(1)));
    }
    // "guy", "amber", "will": a name that is also a word needs a name's context here too.
    boolean named = context || UsualCase.capitalised(key) && !NameSpread.isWord(key);
    if (named && !CALENDAR.contains(key)) {
      return Optional.of(candidate(points, start, end));
    }
    return Optional.empty();
  }

  /**
   * The text with every line blanked, space for space, except those typed without capitals: what
   * the recognizer reads after truecasing. Blank when there are none.
   */
  static String caselessOnly(String analysed) {
    BitSet caseless = caselessLines(analysed);
    if (caseless.isEmpty()) {
      return "";
    }
    StringBuilder only = new StringBuilder(analysed);
    for (int i = 0; i < only.length(); i++) {
      if (!caseless.get(i) && only.charAt(i) != '\n') {
        only.setCharAt(i, ' ');
      }
    }
    return only.toString();
  }

  /**
   * The lines typed without regard to capitals, by char index: six words or more, and either no
   * capital letter at all or the pronoun "i" in lower case and never in upper case (one typo in a
   * line written with capitals does not make it one). There a lower-case word may be a name.
   */
  static BitSet caselessLines(String analysed) {
    BitSet caseless = new BitSet(analysed.length());
    int from = 0;
    while (from < analysed.length()) {
      int to = analysed.indexOf('\n', from);
      if (to < 0) {
        to = analysed.length();
      }
      String line = analysed.substring(from, to);
      boolean lowerCaseI = LOWER_CASE_I.matcher(line).find() && !UPPER_CASE_I.matcher(line).find();
      if ((lowerCaseI || !UPPER.matcher(line).find()) && line.strip().split("\\s+").length >= 6) {
        caseless.set(from, to);
      }
      from = to + 1;
    }
    return caseless;
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
