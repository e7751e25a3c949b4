package io.tacit.transcript;

import io.tacit.transcript.format.RawTurn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which speakers are interviewers. A label matches case-insensitively: by default
 * Interviewer, I, Q, INT, Moderator and Facilitator, plus any the user names. When no speaker
 * matches (meeting exports list people by display name, whisperX by SPEAKER_00), the speaker who
 * asks the most questions is taken as the interviewer and the researcher is warned. Immutable.
 */
public final class SpeakerRoles {
  public static final List<String> DEFAULT_INTERVIEWER_LABELS =
      List.of("Interviewer", "I", "Q", "INT", "Moderator", "Facilitator");

  private final Set<String> interviewerLabels;

  private SpeakerRoles(Set<String> interviewerLabels) {
    this.interviewerLabels = Set.copyOf(interviewerLabels);
  }

  /** The default labels plus {@code extra}. */
  public static SpeakerRoles withInterviewers(Collection<String> extra) {
    Set<String> labels = new TreeSet<>();
    DEFAULT_INTERVIEWER_LABELS.forEach(l -> labels.add(key(l)));
    extra.forEach(l -> labels.add(key(l)));
    return new SpeakerRoles(labels);
  }

  /** The role of each speaker label in these turns; adds a warning when it had to guess. */
  public Map<String, Role> assign(List<RawTurn> turns, List<String> warnings) {
    Map<String, Role> roles = new HashMap<>();
    boolean anyInterviewer = false;
    for (RawTurn t : turns) {
      boolean interviewer = !t.speaker().isEmpty() && interviewerLabels.contains(key(t.speaker()));
      anyInterviewer |= interviewer;
      roles.put(t.speaker(), interviewer ? Role.INTERVIEWER : Role.PARTICIPANT);
    }
    long labelled = roles.keySet().stream().filter(s -> !s.isEmpty()).count();
    if (!anyInterviewer && labelled >= 2) {
      String asker = mostQuestions(turns);
      if (!asker.isEmpty()) {
        roles.put(asker, Role.INTERVIEWER);
        warnings.add(
            "no interviewer label found; took \""
                + asker
                + "\" (who asks the most"
                + " questions) as the interviewer: if that is wrong, import again with --replace"
                + " --interviewer LABEL");
      } else {
        warnings.add(
            "no interviewer label found and nobody asks questions, so every turn is a"
                + " participant turn: if someone interviewed, import again with --replace"
                + " --interviewer LABEL");
      }
    }
    return roles;
  }

  private static String mostQuestions(List<RawTurn> turns) {
    Map<String, Integer> questions = new HashMap<>();
    for (RawTurn t : turns) {
      if (!t.speaker().isEmpty() && t.text().strip().endsWith("?")) {
        questions.merge(t.speaker(), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(questions.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return ranked.isEmpty() ? "" : ranked.get(0).getKey();
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
