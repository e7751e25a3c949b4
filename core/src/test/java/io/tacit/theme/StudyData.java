package io.tacit.theme;

import io.tacit.coding.Coding;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import io.tacit.transcript.UnitType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small studies in memory for theme tests: transcripts whose participant answers (numbered
 * from 1) alternate with interviewer questions, participants with role and group, and one coder's
 * codings of whole answers. Answer k is turn 2k.
 */
final class StudyData {
  private final List<Transcript> transcripts = new ArrayList<>();
  private final List<Participant> participants = new ArrayList<>();
  private final List<Coding> codings = new ArrayList<>();
  private final Map<String, List<Span>> answers = new LinkedHashMap<>();

  StudyData participant(String id, String role, String group, String... answerTexts) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("role", role);
    attrs.put("group", group);
    participants.add(new Participant(id, attrs));
    StringBuilder text = new StringBuilder();
    List<Turn> turns = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (String answer : answerTexts) {
      String q = "What happened?";
      Span qs = add(text, q);
      turns.add(new Turn(turns.size() + 1, "Interviewer", Role.INTERVIEWER, qs, null));
      sentences.add(new Sentence(sentences.size() + 1, turns.size(), qs));
      Span as = add(text, answer);
      turns.add(
          new Turn(
              turns.size() + 1, id.toUpperCase(java.util.Locale.ROOT), Role.PARTICIPANT, as, null));
      sentences.add(new Sentence(sentences.size() + 1, turns.size(), as));
      spans.add(as);
    }
    answers.put(id, spans);
    transcripts.add(
        new Transcript(
            id,
            id,
            "txt",
            id,
            new SourceInfo(id + ".txt", "0", "UTF-8"),
            new CodePointText(text.toString()),
            "0",
            List.of(),
            turns,
            sentences,
            0,
            List.of()));
    return this;
  }

  private static Span add(StringBuilder text, String s) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.codePointCount(0, text.length());
    text.append(s);
    return Span.of(start, start + s.codePointCount(0, s.length()));
  }

  /** Codes answer {@code answer} (1-based) of a participant with each code. */
  StudyData code(String participant, int answer, String... codes) {
    Span span = answers.get(participant).get(answer - 1);
    for (String c : codes) {
      codings.add(new Coding("lead", participant, span, c, "", Instant.EPOCH));
    }
    return this;
  }

  List<Coding> codings() {
    return codings;
  }

  List<Transcript> transcripts() {
    return transcripts;
  }

  ParticipantTable participants() {
    return new ParticipantTable(List.of("role", "group"), participants);
  }

  CodedData data() {
    return CodedData.of(codings, transcripts, participants(), UnitType.TURN);
  }
}
