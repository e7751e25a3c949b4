package io.tacit.theme;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import java.util.List;

/**
 * The small study of a first try: 7 short interviews of four answers, each answer one sentence,
 * coded with 6 codes in two clear groups. Waiting lists, referral forms and transport come up
 * together when participants talk about getting to care; trust, listening and sharing one's own
 * story when they talk about the peer worker. Every participant's second answer (about access) sits
 * beside the third (about the peer), so with a window of one sentence every pair of codes meets
 * somewhere: there is no pair that never co-occurs.
 */
final class SmallStudy {
  static final Codebook CODEBOOK =
      Codebook.empty("small", "Small study")
          .withCodes(
              List.of(
                  Code.of("waiting", "Waiting lists"), Code.of("referrals", "Referral forms"),
                  Code.of("transport", "Transport"), Code.of("trust", "Trust"),
                  Code.of("listening", "Listening"),
                      Code.of("own-story", "Sharing one's own story")));

  private SmallStudy() {}

  static StudyData data() {
    StudyData s = new StudyData();
    for (int i = 1; i <= 7; i++) {
      String id = "p0" + i;
      s.participant(
          id,
          i <= 4 ? "case manager" : "peer support specialist",
          i <= 4 ? "MHP" : "PSS",
          "The waiting list was months long and the referral form came back twice.",
          "Then the bus did not go there, so the referral lapsed while we waited.",
          "My peer worker listened, and I trusted her because she told me her own story.",
          "She listened again the next week; trust takes that.");
      s.code(id, 1, "waiting", "referrals");
      s.code(
          id,
          2,
          i % 2 == 0
              ? new String[] {"transport", "referrals"}
              : new String[] {"transport", "waiting"});
      s.code(id, 3, "trust", "listening");
      if (i % 3 != 0) {
        s.code(id, 3, "own-story");
      }
      s.code(
          id,
          4,
          i % 2 == 0
              ? new String[] {"listening", "own-story"}
              : new String[] {"trust", "listening"});
    }
    return s;
  }
}
