package io.tacit.deidentify;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers with a shape that patterns find better than a statistical model: e-mail addresses,
 * URLs, phone numbers, record numbers, names after a title ({@code Dr. Okafor}), and, when asked,
 * dates and ages. Where a pattern has a group, only the group is the identifier ({@code MRN
 * [RECORD-1]}, {@code a [AGE-1]-year-old}). Immutable and thread-safe.
 */
final class IdentifierRules {
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
          + "|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:19|20)[0-9]{2}";

  /** Words that start a sentence, never a name. */
  static final String NOT_FIRST =
      "(?:The|A|An|Our|My|This|That|Their|His|Her|Your"
          + "|And|But|So|Then|When|If|At|In|On|To|From|With|For|Every|Each|Some|Any|No|All|Most)\\b";

  static final String ROLES =
      "nurse|doctor|psychiatrist|therapist|case manager|peer"
          + "|peer specialist|supervisor|counselor|counsellor|social worker|director|manager"
          + "|coordinator|pharmacist|landlord|sister|brother|mother|father|son|daughter|wife"
          + "|husband|partner|friend|neighbor|neighbour|aunt|uncle|grandson|granddaughter|cousin"
          + "|client|intake worker|caseworker|case worker|advocate|pastor|boss|coworker";

  private record Rule(IdentifierType type, Pattern pattern) {}

  private static final List<Rule> ALWAYS =
      List.of(
          new Rule(
              IdentifierType.EMAIL,
              Pattern.compile(
                  "(?<![\\w.+-])[\\p{L}0-9][\\p{L}0-9._%+-]*@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*"
                      + "\\.[A-Za-z]{2,}")),
          new Rule(
              IdentifierType.URL,
              Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]")),
          new Rule(
              IdentifierType.URL,
              Pattern.compile(
                  "(?i)(?<![@\\w.-])(?:[a-z0-9-]+\\.)+(?:org|com|net|gov|edu|us|info|health)"
                      + "(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)\\]])?(?![\\w@-])")),
          new Rule(
              IdentifierType.PHONE,
              Pattern.compile(
                  "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\([0-9]{3}\\) ?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}"
                      + "(?: ?(?:x|ext\\.?) ?[0-9]{1,5})?(?![\\w-])")),
          new Rule(
              IdentifierType.PHONE,
              Pattern.compile("(?<![\\w+])\\+[0-9]{1,3}(?:[ .-]?[0-9]{2,4}){2,4}(?![\\w-])")),
          new Rule(
              IdentifierType.PHONE, Pattern.compile("(?<![\\w.-])[0-9]{3}-[0-9]{4}(?![\\w-])")),
          new Rule(
              IdentifierType.RECORD,
              Pattern.compile(
                  "(?i)\\b(?:MRN|medical record|record|chart|case|client|patient|member|file|account"
                      + "|ID|Medicaid|Medicare|SSN|social security)"
                      + "(?: (?:number|no\\.?|num\\.?|ID|#))?[:#,]?[ ]?(?:is |was |of )?"
                      + "(?-i)([A-Z]{0,3}-?[0-9][0-9-]{3,}[0-9])\\b")),
          new Rule(
              IdentifierType.RECORD,
              Pattern.compile("(?<![\\w.-])([0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{6,})(?![\\w-])")),
          new Rule(
              IdentifierType.PERSON,
              Pattern.compile(
                  "\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor|Nurse|Officer|Judge|Pastor|Father|Sister"
                      + "|Auntie|Uncle|Aunt)\\.? "
                      + "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]+)?)")),
          // Transcribers' lower case: "ms. delgado"; only the abbreviations, never "the doctor
          // said".
          new Rule(
              IdentifierType.PERSON,
              Pattern.compile("(?<![\\p{L}])(?:dr|mr|mrs|ms|mx)\\. (\\p{Ll}[\\p{L}'’-]+)")),
          // "her name was Ivy", "a man named Curtis"; "There's Grace, our nurse" mid-sentence only,
          // since "Honestly, the nurse ..." starts many a turn.
          new Rule(
              IdentifierType.PERSON,
              Pattern.compile(
                  "(?:[Nn]ame (?:is|was)|[Nn]amed|[Nn]ame's)"
                      + " (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)")),
          new Rule(
              IdentifierType.PERSON,
              Pattern.compile(
                  "(?<=[\\p{L},] )(?!"
                      + NOT_FIRST
                      + ")(\\p{Lu}[\\p{L}'’-]+),"
                      + " (?:our|my|his|her|their|the)"
                      + " (?:"
                      + ROLES
                      + ")\\b")),
          // Addresses and agencies by their last word: "Oak Street", "Lakeside Family Clinic".
          new Rule(
              IdentifierType.LOCATION,
              Pattern.compile(
                  "(?<![\\p{L}])(?!"
                      + NOT_FIRST
                      + ")(?:[0-9]{1,5} )?(?:\\p{Lu}[\\p{L}'’-]+ ){1,3}"
                      + "(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Highway|Parkway|Terrace)\\b")),
          new Rule(
              IdentifierType.ORGANIZATION,
              Pattern.compile(
                  "(?<![\\p{L}])(?!"
                      + NOT_FIRST
                      + ")(?:\\p{Lu}[\\p{L}'’.-]+ ){1,4}"
                      + "(?:Clinic|Hospital|Center|Centre|Services|Partners|Foundation|Living|Counseling"
                      + "|Counselling|Agency|Shelter|Institute|Association|Network|Ministries|Church"
                      + "|General|Line|Hotline|Collaborative|Coalition)\\b")),
          // The name in an e-mail address (priya.nair@...): the parts are sought everywhere else.
          new Rule(
              IdentifierType.PERSON,
              Pattern.compile("(?<![\\w.+-])(\\p{L}{3,})[._](?:\\p{L}[._])?(\\p{L}{3,})?@")));

  private static final List<Rule> DATES =
      List.of(
          new Rule(
              IdentifierType.DATE,
              Pattern.compile(
                  "\\b(?:"
                      + DAY
                      + " (?:of )?"
                      + MONTH
                      + "\\.?(?:,? "
                      + YEAR
                      + ")?"
                      + "|"
                      + MONTH
                      + "\\.? "
                      + DAY
                      + "(?:,? "
                      + YEAR
                      + ")?"
                      + "|"
                      + MONTH
                      + "\\.?,? "
                      + YEAR
                      + ")\\b")),
          new Rule(
              IdentifierType.DATE,
              Pattern.compile(
                  "(?<![\\w/.-])(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})"
                      + "|"
                      + YEAR
                      + "-[01][0-9]-[0-3][0-9])(?![\\w/-])")));

  private static final List<Rule> AGES =
      List.of(
          new Rule(
              IdentifierType.AGE,
              Pattern.compile("(?i)\\b([0-9]{1,3})[- ](?:years?|yrs?)[- ]old\\b")),
          new Rule(IdentifierType.AGE, Pattern.compile("(?i)\\b(?:aged?|age of) ([0-9]{1,3})\\b")),
          new Rule(IdentifierType.AGE, Pattern.compile("(?i)\\b([0-9]{1,3}) years of age\\b")),
          new Rule(
              IdentifierType.AGE,
              Pattern.compile(
                  "\\b(?:[Ss]he|[Hh]e|I|[Tt]hey|[Ww]ho)(?:'s|’s| is| was|'m|’m| am| were)"
                      + "(?: (?:only|just|barely|almost|nearly|about|around))? ([1-9][0-9]?)\\b"
                      + "(?![0-9]| ?(?:%|percent|minutes|hours|days|weeks|months|times|dollars|miles"
                      + "|pounds|o'clock|am|pm|a\\.m|p\\.m))")));

  private final List<Rule> rules;

  IdentifierRules(Set<IdentifierType> types) {
    List<Rule> chosen = new ArrayList<>();
    ALWAYS.stream().filter(r -> types.contains(r.type())).forEach(chosen::add);
    if (types.contains(IdentifierType.DATE)) {
      chosen.addAll(DATES);
    }
    if (types.contains(IdentifierType.AGE)) {
      chosen.addAll(AGES);
    }
    this.rules = List.copyOf(chosen);
  }

  /** Every span a rule matches, in rule order; overlaps are left to the caller. */
  List<Candidate> find(CodePointText text) {
    List<Candidate> found = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text.text());
      while (m.find()) {
        int group = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
        if (rule.type() == IdentifierType.PERSON && m.end(group) - m.start(group) < 2) {
          continue; // Mr. D: an initial is a pseudonym already
        }
        found.add(
            new Candidate(
                rule.type(),
                Span.of(
                    text.toCodePointOffset(m.start(group)), text.toCodePointOffset(m.end(group)))));
      }
    }
    return found;
  }
}
