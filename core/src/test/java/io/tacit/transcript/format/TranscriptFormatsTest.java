package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptFormatsTest {
  private static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hi.\n";
  private static final String SRT = "1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.\n";
  private static final String TXT = "Interviewer: Hi.\nP01: Hello.\n";

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      a.txt,   TXT, TXT
      a.text,  TXT, TXT
      a.md,    TXT, TXT
      a.TXT,   TXT, TXT
      a.vtt,   VTT, VTT
      a.srt,   SRT, SRT
      a.rtf2,  TXT, TXT
      noext,   TXT, TXT
      a.txt,   VTT, VTT
      a.txt,   SRT, SRT
      a.dat,   VTT, VTT
      a.vtt,   TXT, VTT
      a.srt,   TXT, SRT
      a.vtt,   SRT, SRT
      """)
  void detectsTheFormatByContentFirstThenByName(
      String name, String content, TranscriptFormat expected) {
    String text =
        switch (content) {
          case "VTT" -> VTT;
          case "SRT" -> SRT;
          default -> TXT;
        };
    assertThat(TranscriptFormats.detect(Sources.text(name, text))).contains(expected);
  }

  @Test
  void detectsWebVttAfterAByteOrderMarkInUtf16() {
    SourceFile file = Sources.encoded("a.txt", VTT, StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    assertThat(TranscriptFormats.detect(file)).contains(TranscriptFormat.VTT);
    assertThat(TranscriptFormats.read(file, null).turns()).hasSize(1);
  }

  @Test
  void detectsAZipAsWordWhateverItsName() {
    SourceFile file = new Docx().paragraph("Interviewer: Hi.").source("interview.txt");

    assertThat(TranscriptFormats.detect(file)).contains(TranscriptFormat.DOCX);
    assertThat(TranscriptFormats.read(file, null).format()).isEqualTo(TranscriptFormat.DOCX);
  }

  @Test
  void cannotTellTheFormatOfBinaryOrEmptyFilesWithUnknownNames() {
    assertThat(TranscriptFormats.detect(new SourceFile("a.bin", new byte[] {1, 0, 2}))).isEmpty();
    assertThat(TranscriptFormats.detect(new SourceFile("a.bin", new byte[0]))).isEmpty();
  }

  @Test
  void readsWithTheFormatTheUserForces() {
    ParsedTranscript t = TranscriptFormats.read(Sources.text("a.vtt", VTT), TranscriptFormat.TXT);

    assertThat(t.format()).isEqualTo(TranscriptFormat.TXT);
  }

  @Test
  void hasAReaderForEveryFormat() {
    for (TranscriptFormat format : TranscriptFormat.values()) {
      assertThat(TranscriptFormats.reader(format)).isNotNull();
    }
  }

  /** A bad file and what the message must say after naming it. */
  private record Bad(String name, Supplier<byte[]> bytes, String location, String says) {}

  @Test
  void refusesEveryKindOfBadInputWithAMessageNamingTheFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] docx = new Docx().paragraph("Interviewer: Hello.").bytes();
    List<Bad> battery =
        List.of(
            new Bad("empty.txt", () -> new byte[0], "empty.txt", "the file is empty"),
            new Bad("empty.docx", () -> new byte[0], "empty.docx", "the file is empty"),
            new Bad("blank.txt", () -> utf8(" \n\n\t\n"), "blank.txt", "the file has no text"),
            new Bad(
                "binary.txt",
                () -> new byte[] {'a', 0, 'b', 1, 2, 3},
                "binary.txt",
                "this is a binary file"),
            new Bad("photo.txt", () -> png, "photo.txt", "this is a PNG image"),
            new Bad("photo", () -> png, "photo", "this is a PNG image"),
            new Bad(
                "bad.vtt",
                () -> utf8("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nDana: Hi.\n"),
                "bad.vtt:3",
                "malformed cue time \"00:00:01.000 -> 00:00:02.000\""),
            new Bad(
                "bad.srt",
                () -> utf8("1\n00:00:01.000 --> 00:00:0x,000\nDana: Hi.\n"),
                "bad.srt:2",
                "malformed cue time"),
            new Bad("nohead.vtt", () -> utf8(TXT), "nohead.vtt:1", "not a WebVTT file"),
            new Bad(
                "corrupt.docx",
                () -> corrupt(docx),
                "corrupt.docx",
                "not a readable .docx (corrupt or truncated)"),
            new Bad(
                "cut.docx",
                () -> Arrays.copyOf(docx, docx.length / 2),
                "cut.docx",
                "not a readable .docx (corrupt or truncated)"),
            new Bad(
                "bomb.docx",
                () -> ZipBomb.docx(1100, false),
                "bomb.docx",
                "this .docx expands to more than 32 MB"),
            new Bad(
                "meeting_chat.txt",
                () -> utf8("00:21:14\tAndrew Knight:\tHello\n00:21:35\tRingo Starr:\tHi\n"),
                "meeting_chat.txt:1",
                "this is a Zoom chat export, not a transcript"));
    for (Bad bad : battery) {
      SourceFile file = new SourceFile(bad.name(), bad.bytes().get());
      assertThatThrownBy(() -> TranscriptFormats.read(file, null))
          .as(bad.name())
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith(bad.location() + ": " + bad.says());
    }
  }

  @Test
  void refusesAChatExportEvenWhenForcedToPlainText() {
    SourceFile chat = Sources.text("chat.txt", "16:05:12 From Dana to Everyone:\n\thello\n");

    assertThat(TranscriptFormats.detect(chat)).isEqualTo(Optional.of(TranscriptFormat.TXT));
    assertThatThrownBy(() -> TranscriptFormats.read(chat, TranscriptFormat.TXT))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Zoom chat export");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] corrupt(byte[] docx) {
    byte[] copy = docx.clone();
    for (int i = copy.length / 3; i < copy.length / 3 + 400; i++) {
      copy[i] = (byte) (copy[i] ^ 0x5A);
    }
    return copy;
  }

  @Property(tries = 300)
  void everyReaderEitherReadsOrRefusesWithBadInput(@ForAll("transcriptish") String text) {
    for (TranscriptFormat format : TranscriptFormat.values()) {
      try {
        ParsedTranscript t = TranscriptFormats.read(Sources.text("p.txt", text), format);
        for (RawTurn turn : t.turns()) {
          assertThat(turn.text())
              .isEqualTo(TextLines.trim(turn.text()))
              .doesNotContain("\n\n")
              .doesNotContain("\r");
          assertThat(turn.speaker()).isEqualTo(TextLines.trim(turn.speaker()));
        }
      } catch (BadInputException expected) {
        assertThat(expected.getMessage()).startsWith("p.txt");
      }
    }
  }

  @Property(tries = 100)
  void wordReaderRefusesDamagedZipsWithBadInput(@ForAll("damagedDocx") byte[] bytes) {
    try {
      TranscriptFormats.read(new SourceFile("d.docx", bytes), TranscriptFormat.DOCX);
    } catch (BadInputException expected) {
      assertThat(expected.getMessage()).startsWith("d.docx: ");
    }
  }

  @Provide
  Arbitrary<String> transcriptish() {
    return Arbitraries.of(
            "WEBVTT",
            "\n",
            "\n\n",
            "\r\n",
            "Interviewer:",
            "I: ",
            "P01: ",
            "[Dana] ",
            "[SPEAKER_00]: ",
            "Dana Smith  0:06",
            "Rev (00:01):",
            "00:00:01.000 --> 00:00:02.000",
            "00:00:01,000 --> 00:00:02,000",
            "1",
            "[00:01:23] ",
            "#00:00:07-6#",
            "00:12\u00A0",
            "<v Dana>",
            "</v>",
            "&amp;",
            "Honestly: ",
            "hello there",
            "[laughs]",
            " ",
            "\t",
            "-->",
            "NOTE",
            "Transcribed by https://otter.ai",
            "\u00A0",
            ":",
            "(",
            ")",
            "é")
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<byte[]> damagedDocx() {
    byte[] docx = new Docx().paragraph("Interviewer: Hello.").paragraph("P01: Hi.").bytes();
    return Arbitraries.integers()
        .between(0, docx.length - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            positions -> {
              byte[] copy = docx.clone();
              positions.forEach(i -> copy[i] = (byte) ~copy[i]);
              return copy;
            });
  }
}
