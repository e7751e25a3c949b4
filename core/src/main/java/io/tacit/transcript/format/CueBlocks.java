package io.tacit.transcript.format;

import io.tacit.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits WebVTT and SubRip bodies into cues: blocks separated by blank lines, each an optional
 * identifier, a time line {@code start --> end [settings]} and text lines. A malformed time line is
 * recorded as a problem (all of them, compiler-style) rather than guessed around. A block with no
 * time line at all continues the previous cue: sloppy exports put blank lines inside cue text.
 * Stateless.
 */
final class CueBlocks {
  private static final Pattern TIMING =
      Pattern.compile("(\\S+)[ \\t]*-->[ \\t]*(\\S+)(?:[ \\t].*)?");

  /** A time line gone wrong: starts with a time-like token, then an arrow-like separator. */
  private static final Pattern TIMING_LIKE =
      Pattern.compile("\\d{1,3}:[\\d:.,]{2,}[ \\t]*(?:-+>?|–|—|to)[ \\t]*\\d.*");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private CueBlocks() {}

  /** A cue before its text is interpreted: the text lines as written. */
  record Block(int line, Duration start, List<String> text) {}

  /**
   * @param lines the file's lines
   * @param from index of the first body line
   * @param skip block kinds to ignore, by first word (NOTE, STYLE, REGION); may be empty
   * @param expected the time format to name in messages
   */
  static List<Block> read(
      String file,
      List<String> lines,
      int from,
      List<String> skip,
      String expected,
      List<Problem> problems) {
    List<Block> blocks = new ArrayList<>();
    int i = from;
    while (i < lines.size()) {
      if (TextLines.isBlank(lines.get(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < lines.size() && !TextLines.isBlank(lines.get(i))) {
        i++;
      }
      List<String> block = lines.subList(start, i);
      if (!skipped(block.get(0), skip)) {
        cue(file, block, start, expected, problems, blocks);
      }
    }
    return blocks;
  }

  private static void cue(
      String file,
      List<String> block,
      int start,
      String expected,
      List<Problem> problems,
      List<Block> blocks) {
    // After a numeric identifier (SubRip's cue number) the next line must be the time line.
    boolean numbered = NUMBER.matcher(TextLines.trim(block.get(0))).matches();
    int timing =
        isTimingLine(block.get(0))
            ? 0
            : block.size() > 1 && (numbered || isTimingLine(block.get(1))) ? 1 : -1;
    if (timing < 0) {
      if (blocks.isEmpty()) {
        int at = Math.min(1, block.size() - 1);
        problems.add(malformed(file, start + at, block.get(at), expected));
      } else {
        blocks.get(blocks.size() - 1).text().addAll(block);
      }
      return;
    }
    String line = TextLines.trim(block.get(timing));
    Matcher m = TIMING.matcher(line);
    Duration from = m.matches() ? Timestamps.parseCueTime(m.group(1)) : null;
    Duration to = m.matches() ? Timestamps.parseCueTime(m.group(2)) : null;
    if (from == null || to == null) {
      problems.add(malformed(file, start + timing, line, expected));
      return;
    }
    List<String> text = new ArrayList<>(block.subList(timing + 1, block.size()));
    blocks.add(new Block(start + timing + 1, from, text));
  }

  private static boolean isTimingLine(String line) {
    return line.contains("-->") || TIMING_LIKE.matcher(TextLines.trim(line)).matches();
  }

  private static boolean skipped(String first, List<String> kinds) {
    for (String kind : kinds) {
      if (first.startsWith(kind)
          && (first.length() == kind.length() || TextLines.isSpace(first.charAt(kind.length())))) {
        return true;
      }
    }
    return false;
  }

  private static Problem malformed(String file, int index, String line, String expected) {
    return Problem.at(
        file,
        index + 1,
        "malformed cue time \"" + TextLines.trim(line) + "\"; expected " + expected);
  }
}
