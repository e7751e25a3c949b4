package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tacit.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderTest {
  private final DocxReader reader = new DocxReader();

  private static final String[] TEAMS_HEADER = {
    "Interview 07-20240319_150214-Meeting Recording", "March 19, 2024, 3:02PM", "55m 12s"
  };

  @Test
  void readsTheCurrentTeamsLayoutWithSpeechAfterALineBreak() {
    Docx docx =
        new Docx()
            .paragraph(TEAMS_HEADER)
            .paragraph("Alex Kim started transcription")
            .paragraph("Alex Kim   0:04", "Okay, I think it's recording now.")
            .paragraph("P07   0:10", "Yep. Recording has started.")
            .paragraph("P07   0:13", "Hello, robots.")
            .paragraph("Alex Kim   1:02:15", "Thank you.")
            .paragraph("Alex Kim stopped transcription");

    ParsedTranscript t = reader.read(docx.source("p07.docx"));

    assertThat(t.format()).isEqualTo(TranscriptFormat.DOCX);
    assertThat(t.encoding()).isEqualTo("docx");
    assertThat(t.header())
        .containsExactly(
            "Interview 07-20240319_150214-Meeting Recording",
            "March 19, 2024, 3:02PM",
            "55m 12s",
            "Alex Kim started transcription");
    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Alex Kim", "Okay, I think it's recording now.", Duration.ofSeconds(4)),
            new RawTurn(
                "P07", "Yep. Recording has started. Hello, robots.", Duration.ofSeconds(10)),
            new RawTurn("Alex Kim", "Thank you.", Duration.ofSeconds(3735)));
  }

  @Test
  void readsTheCurrentTeamsLayoutWithSpeechInTheNextParagraph() {
    Docx docx =
        new Docx()
            .paragraph("Alex Kim   0:04")
            .paragraph("Okay, I think it's recording now.")
            .paragraph("P07   0:10")
            .paragraph("Yep.");

    ParsedTranscript t = reader.read(docx.source("p07.docx"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Alex Kim", "Okay, I think it's recording now.", Duration.ofSeconds(4)),
            new RawTurn("P07", "Yep.", Duration.ofSeconds(10)));
  }

  @Test
  void readsTheLegacyTeamsLayout() {
    Docx docx =
        new Docx()
            .paragraph("0:0:0.0 --> 0:0:1.250", "Jane Doe", "Hi! I'm Jane Doe, team lead.")
            .paragraph("0:0:2.90 --> 0:0:4.480", "John Doe", "Hi, I'm John Doe, no relation.")
            .paragraph("0:0:3.520 --> 0:0:5.460", "Jane Doe", "Today I want to discuss plans.")
            .paragraph("0:0:5.300 --> 0:0:5.910", "Jane Doe", "It has been a turbulent year.");

    ParsedTranscript t = reader.read(docx.source("legacy.docx"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Jane Doe", "Hi! I'm Jane Doe, team lead.", Duration.ZERO),
            new RawTurn("John Doe", "Hi, I'm John Doe, no relation.", Duration.ofMillis(2900)),
            new RawTurn(
                "Jane Doe",
                "Today I want to discuss plans. It has been a turbulent year.",
                Duration.ofMillis(3520)));
  }

  @Test
  void readsATypedTranscriptByThePlainTextRules() {
    Docx docx =
        new Docx()
            .paragraph("Interview 3")
            .paragraph("Interviewer: How did it start?")
            .paragraph("P03: Slowly.")
            .paragraph("Honestly: nobody knew what a peer was.")
            .paragraph("Interviewer: [laughs] And now?");

    ParsedTranscript t = reader.read(docx.source("typed.docx"));

    assertThat(t.header()).containsExactly("Interview 3");
    assertThat(t.turns())
        .extracting(RawTurn::speaker)
        .containsExactly("Interviewer", "P03", "Interviewer");
    assertThat(t.turns().get(1).text())
        .isEqualTo("Slowly.\nHonestly: nobody knew what a peer was.");
  }

  @Test
  void readsATableWithASpeakerColumn() {
    Docx docx =
        new Docx()
            .table(
                new String[] {"00:00:01", "Interviewer", "How did it start?"},
                new String[] {"00:00:05", "P03", "Slowly."});

    ParsedTranscript t = reader.read(docx.source("table.docx"));

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Interviewer", "How did it start?", Duration.ofSeconds(1)),
            new RawTurn("P03", "Slowly.", Duration.ofSeconds(5)));
  }

  @Test
  void makesParagraphsTurnsWhenThereAreNoLabels() {
    ParsedTranscript t =
        reader.read(
            new Docx()
                .paragraph("First thought.")
                .paragraph("Second thought.")
                .source("notes.docx"));

    assertThat(t.turns())
        .extracting(RawTurn::text)
        .containsExactly("First thought.", "Second thought.");
    assertThat(t.warnings()).containsExactly(LabelledText.NO_LABELS);
  }

  @Test
  void refusesACorruptDocument() {
    byte[] bytes = new Docx().paragraph("Interviewer: Hello.").bytes();
    for (int i = bytes.length / 3; i < bytes.length / 3 + 400; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A);
    }
    assertThatThrownBy(() -> reader.read(new SourceFile("broken.docx", bytes)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("broken.docx: not a readable .docx (corrupt or truncated): ");
  }

  @Test
  void refusesATruncatedDocument() {
    byte[] bytes = new Docx().paragraph("Interviewer: Hello.").bytes();
    byte[] half = Arrays.copyOf(bytes, bytes.length / 2);

    assertThatThrownBy(() -> reader.read(new SourceFile("cut.docx", half)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("cut.docx: not a readable .docx (corrupt or truncated): ");
  }

  @Test
  void refusesAFileThatIsNotAZip() {
    assertThatThrownBy(() -> reader.read(Sources.text("notes.docx", "Interviewer: Hello.")))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            "notes.docx: not a readable .docx (corrupt or truncated): it is"
                + " not a zip archive");
  }

  @Test
  void refusesAnOldBinaryWordDocument() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    assertThatThrownBy(() -> reader.read(new SourceFile("old.docx", ole)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("old binary Word document (.doc)");
  }

  @Test
  void refusesAZipThatIsNotAWordDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> reader.read(new SourceFile("sheet.docx", out.toByteArray())))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("sheet.docx: this zip archive is not a Word document");
  }

  @Test
  void refusesAZipBombWhoseSizesAreDeclared() {
    assertRefusedQuicklyAsBomb(ZipBomb.docx(1100, true));
  }

  @Test
  void refusesAZipBombWhoseSizesAreOnlyFoundByInflating() {
    assertRefusedQuicklyAsBomb(ZipBomb.docx(1100, false));
  }

  @Test
  void refusesAZipBombHiddenInAPicture() {
    assertRefusedQuicklyAsBomb(ZipBomb.zipOf("word/media/image1.png", 1100, false), 256);
  }

  private void assertRefusedQuicklyAsBomb(byte[] bomb) {
    assertRefusedQuicklyAsBomb(bomb, 32);
  }

  private void assertRefusedQuicklyAsBomb(byte[] bomb, int megabytes) {
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> reader.read(new SourceFile("bomb.docx", bomb)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                    "bomb.docx: this .docx expands to more than "
                        + megabytes
                        + " MB (a zip bomb or a corrupt file); "));
  }

  @Test
  void refusesADoctypeAndNeverResolvesItsEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    byte[] bytes =
        Docx.rewriteDocument(
            new Docx().paragraph("Interviewer: ENTITY").bytes(),
            xml -> withEntity(xml, secret, ""));

    assertThatThrownBy(() -> reader.read(new SourceFile("xxe.docx", bytes)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("xxe.docx: this .docx declares a DOCTYPE in word/document.xml")
        .message()
        .doesNotContain("TOP-SECRET-CONTENT");
  }

  @Test
  void poiRefusesADoctypeHiddenPastTheGuardsPrologScan(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String padding = "<!--" + "x".repeat(10_000) + "-->";
    byte[] bytes =
        Docx.rewriteDocument(
            new Docx().paragraph("Interviewer: ENTITY").bytes(),
            xml -> withEntity(xml, secret, padding));

    assertThatThrownBy(() -> reader.read(new SourceFile("xxe.docx", bytes)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("xxe.docx: not a readable .docx")
        .message()
        .doesNotContain("TOP-SECRET-CONTENT");
  }

  private static String withEntity(String xml, Path secret, String padding) {
    String doctype =
        padding + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    return xml.replaceFirst("\\?>", "?>" + doctype).replace("ENTITY", "&xxe;");
  }
}
