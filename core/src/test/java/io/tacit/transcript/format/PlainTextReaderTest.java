package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  private ParsedTranscript read(String text) {
    return reader.read(Sources.text("t.txt", text));
  }

  private static List<String> speakers(ParsedTranscript t) {
    return t.turns().stream().map(RawTurn::speaker).toList();
  }

  private static List<String> texts(ParsedTranscript t) {
    return t.turns().stream().map(RawTurn::text).toList();
  }

  @Test
  void readsInterviewerAndParticipantLabelsWithAHeader() {
    ParsedTranscript t = reader.read(Sources.fixture("interviewer-labels.txt"));

    assertThat(t.format()).isEqualTo(TranscriptFormat.TXT);
    assertThat(t.header())
        .containsExactly(
            "Care Coordination Study",
            "Interview 14, 2 May 2024",
            "Note: names changed for this sample");
    assertThat(speakers(t))
        .containsExactly("Interviewer", "Participant", "Interviewer", "Participant");
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void keepsASentenceStartingWithWordColonInsideItsTurn() {
    ParsedTranscript t = reader.read(Sources.fixture("interviewer-labels.txt"));

    assertThat(t.turns().get(1).text())
        .isEqualTo(
            "Sure. I'm a case manager at the north clinic.\n"
                + "I've been there four years.\n"
                + "Honestly: it was hard at first. Nobody told me who did what.\n"
                + "Note: I still keep a list of who to call for what.");
  }

  @Test
  void keepsBracketedMarkersInTheText() {
    ParsedTranscript t = reader.read(Sources.fixture("interviewer-labels.txt"));

    assertThat(texts(t)).contains("[laughs] A list?", "A list. [inaudible] Mostly phone numbers.");
  }

  @Test
  void readsOneLetterLabelsAndTimestampsInEveryPosition() {
    ParsedTranscript t = reader.read(Sources.fixture("timestamped-ir.txt"));

    assertThat(speakers(t)).containsExactly("I", "R", "I", "R", "I", "R");
    assertThat(t.turns())
        .extracting(RawTurn::time)
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(6),
            Duration.ofSeconds(11),
            Duration.ofSeconds(15),
            Duration.ofSeconds(62),
            Duration.ofSeconds(69));
    assertThat(t.turns().get(3).text())
        .isEqualTo("There's no typical week.\nMonday is phones. Tuesday is team.");
    assertThat(t.turns().get(5).text()).isEqualTo("The rest is visits.");
  }

  @Test
  void readsOTranscribeTimesBeforeTheLabelAndAtTheEndOfTheText() {
    ParsedTranscript t = reader.read(Sources.fixture("otranscribe.txt"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Interviewer", "How did the referral reach you?", Duration.ofSeconds(12)),
            new RawTurn("P07", "By fax, believe it or not.", null),
            new RawTurn("Interviewer", "By fax?", Duration.ofSeconds(20)),
            new RawTurn("P07", "By fax. We still have one.", Duration.ofSeconds(22)));
  }

  @Test
  void readsF4TimesWithTenthsAsTheEndsOfTheirParagraphs() {
    ParsedTranscript t = reader.read(Sources.fixture("f4-timestamps.txt"));

    // f4/f5 write the time a paragraph ends: a turn starts where the paragraph before it ended.
    assertThat(t.turns())
        .containsExactly(
            new RawTurn("INTERVIEWER", "Could you describe your role?", null),
            new RawTurn(
                "P10",
                "I lead the recovery support team.\nWe are six people now.",
                Duration.ofMillis(7600)),
            new RawTurn("INTERVIEWER", "How is supervision set up?", Duration.ofMillis(51000)),
            new RawTurn("P10", "Every peer gets an hour a week.", Duration.ofMillis(84900)));
  }

  @Test
  void readsOtterHeadersAndDropsItsFooter() {
    ParsedTranscript t = reader.read(Sources.fixture("otter.txt"));

    assertThat(t.header()).containsExactly("Team meeting - 12 March");
    assertThat(t.turns())
        .first()
        .isEqualTo(
            new RawTurn(
                "Jordan Reyes",
                "Okay, it's recording. Thanks for doing this.",
                Duration.ofSeconds(6)));
    assertThat(t.turns())
        .last()
        .isEqualTo(new RawTurn("P09", "Everybody does.", Duration.ofSeconds(3727)));
    assertThat(String.join(" ", texts(t))).doesNotContain("otter.ai");
  }

  @Test
  void readsRevLabelsWithTextOnTheSameOrTheNextLine() {
    ParsedTranscript t = reader.read(Sources.fixture("rev.txt"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn(
                "Jordan Reyes",
                "Okay, that's recording. Thank you for meeting with me.",
                Duration.ZERO),
            new RawTurn("P06", "This is a nice break, honestly.", Duration.ofSeconds(6)),
            new RawTurn(
                "Jordan Reyes",
                "Could you start by telling me about your role?",
                Duration.ofSeconds(18)),
            new RawTurn("P06", "Sure. I lead adult services.", Duration.ofSeconds(3723)));
  }

  @Test
  void readsZoomSavedTranscriptsJoiningOneSpeakersSegments() {
    ParsedTranscript t = reader.read(Sources.fixture("zoom-saved-transcript.txt"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn(
                "Speaker A",
                "the most competitive field I've seen in eight years of organising. So…",
                Duration.parse("PT15H5M17S")),
            new RawTurn(
                "Speaker B",
                "Thank you. Although screen sharing is disabled.",
                Duration.parse("PT15H5M41S")),
            new RawTurn(
                "Speaker A", "All right, I will make you host.", Duration.parse("PT15H5M45S")));
  }

  @Test
  void readsWhisperXSpeakers() {
    ParsedTranscript t = reader.read(Sources.fixture("whisperx.txt"));

    assertThat(speakers(t)).containsExactly("SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_01");
    assertThat(t.turns().get(1).text()).isEqualTo("Yeah, I can hear you.");
  }

  @Test
  void readsBracketedNamesIncludingOneSeenOnce() {
    ParsedTranscript t = reader.read(Sources.fixture("bracketed-names.txt"));

    assertThat(t.header()).containsExactly("Focus group, site B");
    assertThat(speakers(t)).containsExactly("Dana", "Lee", "Dana", "Sam Ortiz");
    assertThat(t.turns().get(1).text()).isEqualTo("I find it too long. [laughs] Far too long.");
  }

  @Test
  void makesEachParagraphATurnAndWarnsWhenThereAreNoLabels() {
    ParsedTranscript t = reader.read(Sources.fixture("no-labels.txt"));

    assertThat(speakers(t)).containsOnly("");
    assertThat(texts(t))
        .containsExactly(
            "When I started here there was no peer program at all.",
            "We built it from nothing: two people, one desk, a phone.\n"
                + "It took a year before the doctors trusted us.",
            "Now they ask for us by name.");
    assertThat(t.header()).isEmpty();
    assertThat(t.warnings())
        .containsExactly(
            "no speaker labels found: each paragraph became a"
                + " participant turn; add labels such as 'Interviewer:' and import again with --replace");
  }

  @Test
  void readsMarkdownBoldLabels() {
    ParsedTranscript t = read("**Interviewer:** Hello.\n\n**P2:** Hi.\n");

    assertThat(speakers(t)).containsExactly("Interviewer", "P2");
    assertThat(texts(t)).containsExactly("Hello.", "Hi.");
  }

  @Test
  void readsFullNameLabelsEvenWhenOneSpeaksOnlyOnce() {
    ParsedTranscript t =
        read(
            "Dana Smith: Hello.\nLee Wong: Hi.\nDana Smith: How are you?\n"
                + "Sam Ortiz: Late, sorry.\n");

    assertThat(speakers(t)).containsExactly("Dana Smith", "Lee Wong", "Dana Smith", "Sam Ortiz");
  }

  @Test
  void joinsConsecutiveTurnsOfOneTypedSpeakerAsParagraphs() {
    ParsedTranscript t = read("I: One?\nR: Yes.\nR: And another thing.\nI: Two?\n");

    assertThat(texts(t)).containsExactly("One?", "Yes.\nAnd another thing.", "Two?");
  }

  @Test
  void givesATimestampOnItsOwnLineToTheNextTurn() {
    ParsedTranscript t = read("I: One?\n[00:05:00]\nR: Yes.\n");

    assertThat(t.turns().get(1).time()).isEqualTo(Duration.ofMinutes(5));
    assertThat(texts(t)).containsExactly("One?", "Yes.");
  }

  @Test
  void leavesAClockTimeInsideTheTextAlone() {
    ParsedTranscript t = read("I: When did you meet?\nR: We met at 3:30\n");

    assertThat(t.turns().get(1)).isEqualTo(new RawTurn("R", "We met at 3:30", null));
  }

  @Test
  void dropsTeamsTranscriptionEventsFromTheSpeech() {
    ParsedTranscript t =
        read(
            "Dana Smith   0:03\nHello.\n\nLee Wong   0:05\nHi.\n\n"
                + "Dana Smith stopped transcription\n");

    assertThat(texts(t)).containsExactly("Hello.", "Hi.");
  }

  @Test
  void collapsesBlankLineRunsAndTrimsSpaces() {
    ParsedTranscript t = read("I:   One?  \n\n\n\n   more  \u00A0\n\nR: Yes.\n");

    assertThat(texts(t)).containsExactly("One?\nmore", "Yes.");
  }

  @Test
  void refusesLabelsWithoutAnyText() {
    assertThatThrownBy(() -> read("Interviewer:\nP01:\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("t.txt: found speaker labels but no text");
  }

  @Test
  void readsEveryEncodingAndLineEndTheSameWay() {
    String text = "Title\r\n\r\nInterviewer: It’s here?\r\nP01: Café, yes.\r\n";
    ParsedTranscript expected = read(text.replace("\r\n", "\n"));

    record Variant(SourceFile file, String encoding) {}
    List<Variant> variants =
        List.of(
            new Variant(
                Sources.encoded("a.txt", text, StandardCharsets.UTF_16LE, 0xFF, 0xFE), "UTF-16LE"),
            new Variant(
                Sources.encoded("a.txt", text, StandardCharsets.UTF_16BE, 0xFE, 0xFF), "UTF-16BE"),
            new Variant(
                Sources.encoded("a.txt", text, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), "UTF-8"),
            new Variant(
                Sources.encoded("a.txt", text.replace("\r\n", "\r"), StandardCharsets.UTF_8),
                "UTF-8"),
            new Variant(
                Sources.encoded("a.txt", text, Charset.forName("windows-1252")), "windows-1252"));
    for (Variant v : variants) {
      ParsedTranscript t = reader.read(v.file());
      assertThat(t.encoding()).isEqualTo(v.encoding());
      assertThat(t.turns()).as(v.encoding()).isEqualTo(expected.turns());
      assertThat(t.header()).isEqualTo(expected.header());
    }
  }

  @Test
  void warnsWhenItFallsBackToWindows1252() {
    byte[] bytes = "I: It\u0092s fine.\nR: Yes.\n".getBytes(StandardCharsets.ISO_8859_1);
    ParsedTranscript t = reader.read(new SourceFile("w.txt", bytes));

    assertThat(t.turns().get(0).text()).isEqualTo("It’s fine.");
    assertThat(t.warnings()).singleElement().asString().contains("Windows-1252");
  }

  @Test
  void refusesZoomChatExportsInEveryLayout() {
    List<String> chats =
        List.of(
            "00:21:14\tAndrew Knight:\tHello everyone\n00:21:35\tRingo Starr:\tHi\n",
            "00:01:02\t From  Dana Smith : hello\n00:01:09\t From  Lee : hi there\n",
            "16:05:12 From Dana Smith to Everyone:\n\thello\n16:05:30 From Lee to Everyone:\n\thi\n");
    for (String chat : chats) {
      assertThatThrownBy(() -> reader.read(Sources.text("meeting_chat.txt", chat)))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "meeting_chat.txt:1: this is a Zoom chat export, not a transcript; import"
                  + " the meeting's transcript (.vtt) instead");
    }
  }

  @Test
  void doesNotMistakeATabSeparatedTranscriptForAChat() {
    ParsedTranscript t = read("00:00:02\tInterviewer:\tReady?\n00:00:05\tP01:\tYes.\n");

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Interviewer", "Ready?", Duration.ofSeconds(2)),
            new RawTurn("P01", "Yes.", Duration.ofSeconds(5)));
  }

  @Test
  void doesNotMistakeTimestampedLabelsForAChat() {
    ParsedTranscript t = read("00:00:02 Interviewer: From here?\n00:00:05 P01: From there.\n");

    assertThat(speakers(t)).containsExactly("Interviewer", "P01");
  }
}
