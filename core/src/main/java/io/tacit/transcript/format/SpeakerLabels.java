package io.tacit.transcript.format;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises what could be a speaker label at the start of a line, and judges whether a name is
 * plausible as one. Whether a candidate really is a label depends on the whole file; that is {@link
 * LabelCensus}'s job. Stateless.
 */
final class SpeakerLabels {
  /** At most 40 characters: labels are short names, sentences are not. */
  private static final String NAME = "([^\\s:\\[\\]()*][^:\\[\\]()*]{0,39}?)";

  private static final String NAME_WITH_PARENS = "([^\\s:\\[\\]()*][^:\\[\\]*]{0,39}?)";
  private static final String CLOCK = "((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)";
  private static final String BOLD = "(?:\\*\\*|__)?";

  /** Label heads, matched with lookingAt(): the rest of the line is text, never scanned here. */
  private static final Pattern REV = Pattern.compile(NAME + "[ \\t]+\\(" + CLOCK + "\\)(:)?");

  private static final Pattern TIMED = Pattern.compile(NAME + "[ \\t]+" + CLOCK + "[ \\t]*");
  private static final String GAP = "(?=[ \\t\\u00A0]|$)";
  private static final Pattern BRACKET = Pattern.compile("\\[" + NAME_WITH_PARENS + "\\]:?" + GAP);
  private static final Pattern COLON =
      Pattern.compile(BOLD + NAME_WITH_PARENS + BOLD + ":" + BOLD + GAP);

  private static final Pattern FORBIDDEN = Pattern.compile("[?!;\"“”„«»…<>{}|=+#@%$]");

  /** Numbered study labels: P01, R2, id3, Speaker 2, SPEAKER_00, Speaker A, MHP4. */
  private static final Pattern WITH_NUMBER =
      Pattern.compile(
          "(?i:(?:p|pt|r|i|s|id|int|resp"
              + "|participant|respondent|interviewer|interviewee|speaker|spk|person|subject|client|fg|m"
              + "|f|q|a)[ _-]?\\d{1,3}|speaker[ _-]?[a-z])|[A-Z]{1,4}[_-]?\\d{1,3}");

  private static final Set<String> KNOWN =
      Set.of(
          "interviewer",
          "interviewee",
          "respondent",
          "participant",
          "moderator",
          "facilitator",
          "researcher",
          "int",
          "i",
          "r",
          "q",
          "a",
          "p",
          "ir",
          "iv",
          "resp",
          "mod");

  /** Words that start sentences, notes or header fields far more often than they name anyone. */
  private static final Set<String> NEVER =
      Set.of(
          "note",
          "notes",
          "nb",
          "ps",
          "edit",
          "update",
          "honestly",
          "basically",
          "actually",
          "seriously",
          "frankly",
          "example",
          "tip",
          "warning",
          "important",
          "summary",
          "reason",
          "result",
          "point",
          "problem",
          "fact",
          "truth",
          "quote",
          "source",
          "link",
          "subject",
          "date",
          "time",
          "location",
          "place",
          "duration",
          "length",
          "title",
          "topic",
          "re",
          "cc",
          "to",
          "from",
          "also",
          "so",
          "well",
          "yes",
          "no",
          "okay",
          "ok",
          "anyway",
          "like",
          "and",
          "but",
          "because",
          "then",
          "now",
          "first",
          "second",
          "third",
          "finally",
          "here",
          "there",
          "yeah",
          "yep",
          "um",
          "uh",
          "hmm",
          "oh",
          "right",
          "sure",
          "alright",
          "inaudible",
          "crosstalk",
          "cross talk",
          "laughs",
          "laughter",
          "laughing",
          "pause",
          "long pause",
          "silence",
          "music",
          "unintelligible",
          "unclear",
          "noise",
          "background noise",
          "overlapping",
          "overtalk",
          "cough",
          "coughs",
          "sighs",
          "sigh",
          "applause",
          "indiscernible",
          "interruption",
          "participants",
          "attendees",
          "study",
          "project",
          "site",
          "recording",
          "transcript",
          "transcriber",
          "interview",
          "audio",
          "file",
          "language",
          "https",
          "http");

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "y",
          "ter");

  /** Every label style has its first colon within this many characters (name, bold, time). */
  private static final int HEAD = 48;

  private SpeakerLabels() {}

  /**
   * A candidate label at the start of a line.
   *
   * @param name the speaker as written, spaces collapsed
   * @param time a time written with the label, if any
   * @param rest the text after the label on the same line, possibly empty
   */
  record Label(LabelStyle style, String name, @Nullable Duration time, String rest) {}

  /** The most specific label candidate at the start of {@code line}, or null. */
  static @Nullable Label match(String line) {
    if (line.isEmpty()) {
      return null;
    }
    char first = line.charAt(0);
    Matcher m;
    if (first == '[') {
      m = BRACKET.matcher(line);
      return m.lookingAt() ? candidate(LabelStyle.BRACKET, m.group(1), null, rest(line, m)) : null;
    }
    // Cheap tests first: every line of a transcript comes through here, and most are speech.
    int colon = indexWithin(line, ':', HEAD);
    if (colon < 0) {
      return null;
    }
    int paren = indexWithin(line, '(', colon);
    if (paren > 0
        && (m = REV.matcher(line)).lookingAt()
        && (m.group(3) != null || TextLines.isBlank(rest(line, m)))) {
      return candidate(LabelStyle.REV, m.group(1), m.group(2), rest(line, m));
    }
    char last = line.charAt(line.length() - 1);
    if (last >= '0'
        && last <= '9'
        && line.length() <= HEAD + 32
        && (m = TIMED.matcher(line)).matches()) {
      return candidate(LabelStyle.TIMED, m.group(1), m.group(2), "");
    }
    if ((m = COLON.matcher(line)).lookingAt()) {
      return candidate(LabelStyle.COLON, m.group(1), null, rest(line, m));
    }
    return null;
  }

  private static @Nullable Label candidate(
      LabelStyle style, String rawName, @Nullable String clock, String rest) {
    String name = TextLines.collapseSpaces(rawName);
    if (!isPlausible(name)) {
      return null;
    }
    @Nullable Duration time = clock == null ? null : Timestamps.parseClock(clock);
    if (clock != null && time == null) {
      return null;
    }
    return new Label(style, name, time, TextLines.trim(rest));
  }

  /** Short, at most four words, no sentence punctuation, not a timestamp. */
  static boolean isPlausible(String name) {
    if (name.isEmpty() || name.length() > 40 || FORBIDDEN.matcher(name).find()) {
      return false;
    }
    if (!Character.isLetterOrDigit(name.codePointAt(0)) || name.endsWith(",")) {
      return false;
    }
    if (Timestamps.parseClock(name) != null) {
      return false;
    }
    return words(name) <= 4;
  }

  /** A label everyone uses: Interviewer, I, R, Q, A, P01, Speaker 2, SPEAKER_00, id3. */
  static boolean isKnown(String name) {
    return KNOWN.contains(key(name)) || WITH_NUMBER.matcher(name).matches();
  }

  /** A role rather than a name: Interviewer, Respondent, I, R, Q, A. */
  static boolean isRoleWord(String name) {
    return KNOWN.contains(key(name));
  }

  /** An ordinary word or a note heading that must recur before it is believed to be a label. */
  static boolean isNeverLabel(String name) {
    return NEVER.contains(key(name));
  }

  /**
   * Looks like a person's name even when seen once: two to four capitalised words ("Dana Smith",
   * "Jean de la Fontaine"), so a one-off speaker in a focus group is still a speaker.
   */
  static boolean looksLikeFullName(String name) {
    String[] parts = name.split(" ");
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      boolean capital = Character.isUpperCase(part.codePointAt(0));
      if (!capital && !PARTICLES.contains(key(part))) {
        return false;
      }
    }
    return true;
  }

  private static String rest(String line, Matcher m) {
    return line.substring(m.end());
  }

  private static int indexWithin(String s, char c, int limit) {
    int end = Math.min(s.length(), limit);
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int words(String s) {
    int words = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
