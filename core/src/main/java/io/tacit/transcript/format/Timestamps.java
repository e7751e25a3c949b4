package io.tacit.transcript.format;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps transcripts carry: {@code 1:23}, {@code 00:01:23}, {@code 00:01:23.456},
 * SubRip's {@code 00:01:23,456}, Teams' unpadded {@code 0:0:7.80}, and markers in running text such
 * as {@code [00:01:23]}, {@code (00:01:23)} and f4/f5's {@code #00:01:23-4#}, possibly followed by
 * oTranscribe's non-breaking space. Stateless.
 */
final class Timestamps {
  /** h:mm:ss or m:ss with an optional fraction; seconds always have two digits in running text. */
  private static final String CLOCK = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";

  private static final String MARKER =
      "\\[("
          + CLOCK
          + ")\\]"
          + "|\\(("
          + CLOCK
          + ")\\)"
          + "|#("
          + CLOCK
          + ")(?:-(\\d{1,2}))?#"
          + "|("
          + CLOCK
          + ")";

  private static final Pattern LEADING =
      Pattern.compile("^[ \\t]*(?:" + MARKER + ")(\\u00A0|[ \\t]+|$)[ \\t\\u00A0]*");
  private static final Pattern TOKEN = Pattern.compile(MARKER);

  /** Cue times: hours optional and of any width, minutes and seconds possibly unpadded. */
  private static final Pattern CUE =
      Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");

  private static final Pattern PARTS =
      Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

  private Timestamps() {}

  /**
   * A line with a timestamp taken off one end, or unchanged with a null time.
   *
   * @param endsTurn whether the time marks where the text ends rather than where it starts: f4/f5
   *     put their {@code #00:01:23-4#} at the end of each paragraph
   */
  record Timed(@Nullable Duration time, String text, boolean endsTurn) {
    Timed(@Nullable Duration time, String text) {
      this(time, text, false);
    }
  }

  /**
   * Parses a cue time such as {@code 00:01:23.456}, {@code 01:23.456} or {@code 0:0:7.80}; null
   * when it is not one.
   */
  static @Nullable Duration parseCueTime(String s) {
    Matcher m = CUE.matcher(s);
    // Unpadded seconds come only from Teams, which always writes the hours: "1:2" is no time.
    if (!m.matches() || (m.group(1) == null && m.group(3).length() != 2)) {
      return null;
    }
    return toDuration(m.group(1), m.group(2), m.group(3), m.group(4));
  }

  /** Parses a bare clock time ({@code 0:06}, {@code 1:02:03}); null when it is not one. */
  static @Nullable Duration parseClock(String s) {
    Matcher m = PARTS.matcher(s);
    return m.matches() ? toDuration(m.group(1), m.group(2), m.group(3), m.group(4)) : null;
  }

  /**
   * Takes a timestamp off the start of a line. Bracketed, parenthesised and f4/f5 markers, and bare
   * times with hours or a following non-breaking space, always count; a bare {@code m:ss} counts
   * only when {@code weakAllowed}, because "3:30 was when we met" is text.
   */
  static Timed leading(String line, boolean weakAllowed) {
    Matcher m = LEADING.matcher(line);
    if (!m.find()) {
      return new Timed(null, line);
    }
    boolean nbsp = "\u00A0".equals(m.group(6));
    @Nullable Duration time = fromMarker(m, 1, weakAllowed || nbsp);
    if (time == null) {
      return new Timed(null, line);
    }
    return new Timed(time, line.substring(m.end()));
  }

  /** Takes a timestamp marker off the end of a line, on the same terms as {@link #leading}. */
  static Timed trailing(String line) {
    // By hand rather than with a regex search from every position: most lines end in a word,
    // and this is called for every line of every transcript.
    int end = line.length();
    while (end > 0 && TextLines.isSpace(line.charAt(end - 1))) {
      end--;
    }
    char last = end == 0 ? ' ' : line.charAt(end - 1);
    if (last != ']' && last != ')' && last != '#' && (last < '0' || last > '9')) {
      return new Timed(null, line);
    }
    int start = end;
    while (start > 0 && !TextLines.isSpace(line.charAt(start - 1))) {
      start--;
    }
    Matcher m = TOKEN.matcher(line).region(start, end);
    if (!m.matches()) {
      return new Timed(null, line);
    }
    boolean nbsp = line.indexOf('\u00A0', end) >= 0;
    @Nullable Duration time = fromMarker(m, 1, nbsp);
    if (time == null) {
      return new Timed(null, line);
    }
    int cut = start;
    while (cut > 0 && TextLines.isSpace(line.charAt(cut - 1))) {
      cut--;
    }
    return new Timed(time, line.substring(0, cut), m.group(3) != null);
  }

  /** The time of a {@link #MARKER} match whose first group is {@code g}. */
  private static @Nullable Duration fromMarker(Matcher m, int g, boolean bareMinutesAllowed) {
    if (m.group(g) != null) {
      return parseClock(m.group(g));
    }
    if (m.group(g + 1) != null) {
      return parseClock(m.group(g + 1));
    }
    if (m.group(g + 2) != null) {
      @Nullable Duration d = parseClock(m.group(g + 2));
      String tenths = m.group(g + 3);
      return d == null || tenths == null ? d : d.plus(fraction(tenths));
    }
    String bare = m.group(g + 4);
    boolean hasHours = bare.indexOf(':') != bare.lastIndexOf(':');
    return hasHours || bareMinutesAllowed ? parseClock(bare) : null;
  }

  private static @Nullable Duration toDuration(
      @Nullable String h, String m, String s, @Nullable String frac) {
    long minutes = Long.parseLong(m);
    long seconds = Long.parseLong(s);
    if (seconds >= 60 || (h != null && minutes >= 60)) {
      return null;
    }
    Duration d =
        Duration.ofHours(h == null ? 0 : Long.parseLong(h))
            .plusMinutes(minutes)
            .plusSeconds(seconds);
    return frac == null ? d : d.plus(fraction(frac));
  }

  /** Digits after the decimal point: "8" and "80" are 800 ms, "480" is 480 ms. */
  private static Duration fraction(String digits) {
    int millis = Integer.parseInt((digits + "00").substring(0, 3));
    return Duration.ofMillis(millis);
  }

  /** {@code h:mm:ss.SSS}, for messages and golden files. */
  static String format(Duration d) {
    long ms = d.toMillis();
    return String.format(
        java.util.Locale.ROOT,
        "%d:%02d:%02d.%03d",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000);
  }
}
