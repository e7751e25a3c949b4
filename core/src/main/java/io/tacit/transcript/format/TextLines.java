package io.tacit.transcript.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Line handling shared by the readers. Trimming also removes non-breaking and other Unicode spaces,
 * which {@link String#strip()} keeps but transcription tools scatter about. Stateless.
 */
final class TextLines {
  private TextLines() {}

  /** Splits normalised (LF) text into lines; a trailing LF does not make an extra line. */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>(text.length() / 40 + 1);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Trims and turns every run of spaces, tabs or non-breaking spaces into one space. */
  static String collapseSpaces(String s) {
    String t = trim(s);
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = isSpace(c);
      if (space && (c != ' ' || (i + 1 < t.length() && isSpace(t.charAt(i + 1))))) {
        if (out == null) {
          out = new StringBuilder(t.length()).append(t, 0, i);
        }
        out.append(' ');
        while (i + 1 < t.length() && isSpace(t.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? t : out.toString();
  }
}
