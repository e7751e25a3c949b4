package io.tacit.text;

import io.tacit.BadInputException;

/**
 * The rule for identifiers of transcripts, participants, coders and codes: they become file names,
 * so only {@code [a-z0-9][a-z0-9_-]{0,63}} is accepted.
 */
public final class Ids {
  private Ids() {}

  public static boolean isValid(String id) {
    // Checked by hand rather than by a regular expression: it runs for every row of every
    // coding file.
    int n = id.length();
    if (n == 0 || n > 64 || !(lowerOrDigit(id.charAt(0)))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!lowerOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns {@code id} if it follows the rule.
   *
   * @param kind what the id names, for the message ("transcript", "coder", ...)
   * @throws BadInputException naming the id and the rule otherwise
   */
  public static String require(String kind, String id) {
    if (!isValid(id)) {
      throw new BadInputException("", describe(kind, id));
    }
    return id;
  }

  /** The message for an id that breaks the rule, for callers that collect problems. */
  public static String describe(String kind, String id) {
    return kind
        + " id \""
        + id
        + "\" is not allowed: use 1 to 64 lowercase letters, digits, '-' or"
        + " '_', starting with a letter or digit";
  }

  /**
   * Suggests a valid id for a file name or label: lower-cased, other characters turned into '-',
   * trimmed to 64. Returns an empty string when nothing usable is left.
   */
  public static String suggest(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lower.length() && out.length() < 64; i++) {
      char c = lower.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (ok) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    String id = out.toString().replaceAll("^[-_]+|[-_]+$", "");
    return isValid(id) ? id : "";
  }
}
