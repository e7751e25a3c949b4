package io.tacit.deidentify;

import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Speaker labels that are people's names ({@code Jordan Reyes:}) rather than roles or study ids
 * ({@code Interviewer:}, {@code P01:}, {@code SPEAKER_00:}). Meeting exports label speakers by
 * display name, so the label is often the one place a name is written in full.
 */
final class SpeakerNames {
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)(?:interviewer|interviewee|respondent|participant|moderator|facilitator|speaker"
              + "|unknown|int|iv|ie|[a-z])(?:[ _-]?[0-9]+)?|[a-z]{0,4}[ _-]?[0-9]+|.*\\[.*");

  private SpeakerNames() {}

  /** Whether a label names a person. */
  static boolean isName(String label) {
    String s = label.strip();
    return !s.isEmpty()
        && s.codePoints().anyMatch(Character::isLetter)
        && !NOT_A_NAME.matcher(s).matches();
  }

  /** Where a turn's label sits in the canonical text: just before the turn, then ": ". */
  static Span labelSpan(Turn turn) {
    int length = turn.speaker().codePointCount(0, turn.speaker().length());
    int start = turn.span().start() - length - 2;
    return Span.of(start, start + length);
  }

  /** The label spans of every turn whose speaker is a name. */
  static List<Candidate> find(Transcript t) {
    List<Candidate> found = new ArrayList<>();
    for (Turn turn : t.turns()) {
      if (!turn.speaker().isEmpty() && isName(turn.speaker())) {
        found.add(new Candidate(IdentifierType.PERSON, labelSpan(turn)));
      }
    }
    return found;
  }
}
