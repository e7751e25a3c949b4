package io.tacit.transcript.format;

import io.tacit.BadInputException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a Zoom chat export, which sits beside the transcript in a recording's folder and is
 * easily imported by mistake. Its lines look labelled and timed, so without this check it would
 * import as a plausible but wrong transcript. Stateless.
 */
final class ZoomChat {
  /** {@code 00:21:14<TAB>Name:<TAB>message}, as recent cloud recordings write it. */
  private static final Pattern TABBED =
      Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}\\t([^\\t]{1,80}):\\t");

  /** {@code 00:01:02\t From Name : message} and {@code 16:05:12 From Name to Everyone:}. */
  private static final Pattern FROM =
      Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}\\s+From\\s+\\S.{0,120}:");

  private static final Pattern STARTS_WITH_CLOCK = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}\\s");

  private ZoomChat() {}

  /**
   * @throws BadInputException if the first line is a chat line and so are most of the lines that
   *     start with a time
   */
  static void refuse(String file, List<String> lines) {
    int firstLine = firstNonBlank(lines);
    if (firstLine < 0 || !isChatLine(lines.get(firstLine))) {
      return;
    }
    int timed = 0;
    int chat = 0;
    for (String line : lines) {
      if (STARTS_WITH_CLOCK.matcher(line).lookingAt()) {
        timed++;
        if (isChatLine(line)) {
          chat++;
        }
        // A tab-separated transcript (pasted from a spreadsheet) looks the same, but nobody
        // in a meeting is called "Interviewer" or "R".
        Matcher m = TABBED.matcher(line);
        if (m.lookingAt() && SpeakerLabels.isRoleWord(TextLines.trim(m.group(1)))) {
          return;
        }
      }
    }
    if (chat * 2 >= timed) {
      throw new BadInputException(
          file + ":" + (firstLine + 1),
          "this is a Zoom chat export, not a"
              + " transcript; import the meeting's transcript (.vtt) instead");
    }
  }

  private static boolean isChatLine(String line) {
    return TABBED.matcher(line).lookingAt() || FROM.matcher(line).lookingAt();
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!TextLines.isBlank(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
