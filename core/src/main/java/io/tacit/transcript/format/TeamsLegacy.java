package io.tacit.transcript.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The older Microsoft Teams .docx layout: each cue is a paragraph of three lines, the time ({@code
 * 0:0:2.90 --> 0:0:4.480}), the speaker, the speech. Lines before the first cue are the header.
 * Stateless.
 */
final class TeamsLegacy {
  private static final Pattern TIMING = Pattern.compile("(\\S+)[ \\t]*-->[ \\t]*(\\S+)");

  private TeamsLegacy() {}

  static boolean isLegacy(List<String> lines) {
    for (String line : lines) {
      if (start(line) != null) {
        return true;
      }
    }
    return false;
  }

  static LabelledText.Result parse(List<String> lines) {
    List<String> header = new ArrayList<>();
    List<Cue> cues = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && start(lines.get(i)) == null) {
      if (!TextLines.isBlank(lines.get(i))) {
        header.add(TextLines.trim(lines.get(i)));
      }
      i++;
    }
    while (i < lines.size()) {
      int timing = i;
      Duration start = start(lines.get(i++));
      List<String> body = new ArrayList<>();
      while (i < lines.size() && start(lines.get(i)) == null) {
        if (!TextLines.isBlank(lines.get(i))) {
          body.add(lines.get(i));
        }
        i++;
      }
      // One line after the time is speech without a speaker: it continues the turn before.
      String speaker = body.size() >= 2 ? TextLines.collapseSpaces(body.get(0)) : null;
      List<String> speech = body.size() >= 2 ? body.subList(1, body.size()) : body;
      String text = TextLines.collapseSpaces(String.join(" ", speech));
      if (!text.isEmpty() && start != null) {
        cues.add(new Cue(timing + 1, start, speaker, text));
      }
    }
    return new LabelledText.Result(header, CueTurns.assemble(cues), List.of());
  }

  private static @Nullable Duration start(String line) {
    Matcher m = TIMING.matcher(TextLines.trim(line));
    if (!m.matches()) {
      return null;
    }
    Duration from = Timestamps.parseCueTime(m.group(1));
    return from != null && Timestamps.parseCueTime(m.group(2)) != null ? from : null;
  }
}
