package io.tacit.report;

import java.util.Locale;

/** How a report names a speaker: by role and participant id, never by name. Stateless. */
final class Attribution {
  private Attribution() {}

  /** "a peer support specialist (P07)", "an outreach worker (P02)", "a participant (P03)". */
  static String of(String role, String participant) {
    String r = role.isBlank() ? "participant" : role.strip();
    String article = "aeiou".indexOf(Character.toLowerCase(r.charAt(0))) >= 0 ? "an" : "a";
    return article + " " + r + " (" + id(participant) + ")";
  }

  /** The participant id as a report prints it: {@code P07}. */
  static String id(String participant) {
    return participant.toUpperCase(Locale.ROOT);
  }
}
