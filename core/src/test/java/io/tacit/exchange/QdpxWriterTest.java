package io.tacit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.text.CodePointText;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class QdpxWriterTest {
  static Schema projectSchema() throws Exception {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newSchema(Fixtures.folder("Project.xsd").toFile());
  }

  static void validate(String qde) throws Exception {
    projectSchema().newValidator().validate(new StreamSource(new StringReader(qde)));
  }

  private static ExportInput study() {
    Code plan = Code.of("care-plan", "Care plan");
    Codebook cb =
        Codebook.empty("study", "Study")
            .withCodes(
                List.of(
                    Code.of("coordination", "Care coordination").withChildren(List.of(plan)),
                    Code.of("relief", "Relief & <calm>")));
    String text = "P01: Honestly \uD83D\uDE00 it was a relief.\n\nP01: We made a plan.\n";
    Transcript t =
        new Transcript(
            "p01",
            "p01",
            "txt",
            "p01",
            new SourceInfo("p01.txt", "0", "UTF-8"),
            new CodePointText(text),
            Sha256.of(text),
            List.of(),
            List.of(),
            List.of(),
            10,
            List.of());
    Instant at = Instant.parse("2024-03-04T10:15:00Z");
    List<Coding> codings =
        List.of(
            new Coding("lead", "p01", Span.of(16, 31), "relief", "long wait", at),
            new Coding("lead", "p01", Span.of(16, 31), "coordination", "", at),
            new Coding("second", "p01", Span.of(44, 57), "care-plan", "", at));
    List<Memo> memos =
        List.of(
            new Memo(
                new MemoTarget(MemoTarget.Kind.CODE, "care-plan"),
                "2024-03-06T12:00:00Z",
                "lead",
                "Plans come at the second visit."),
            new Memo(
                new MemoTarget(MemoTarget.Kind.UNIT, "p01:t1"),
                "2024-03-06T12:01:00Z",
                "",
                "First turn."),
            new Memo(new MemoTarget(MemoTarget.Kind.THEME, "access"), "", "second", "A theme."));
    ParticipantTable people =
        new ParticipantTable(
            List.of("role", "set"),
            List.of(new Participant("p01", Map.of("role", "nurse", "set", "Wave 1; Nurses"))));
    return new ExportInput("Home visits", cb, List.of(t), codings, memos, people);
  }

  @Test
  void writesAProjectDocumentThatValidatesAgainstProjectXsd() throws Exception {
    String qde = QdpxWriter.document(study());
    assertThatCode(() -> validate(qde)).doesNotThrowAnyException();
    assertThat(qde)
        .contains("startPosition=\"16\" endPosition=\"31\"")
        .contains("name=\"Relief &amp; &lt;calm&gt;\"")
        .contains("<Set guid=")
        .contains("name=\"Nurses\"")
        .contains("name=\"Wave 1\"");
  }

  @Test
  void groupsACodersCodesOfOneSpanIntoOneSelectionUnderTheirUser() throws Exception {
    String qde = QdpxWriter.document(study());
    assertThat(qde.split("<PlainTextSelection ", -1)).hasSize(3);
    assertThat(qde.split("<Coding ", -1)).hasSize(4);
    assertThat(qde)
        .contains("creatingUser=\"" + QdpxWriter.userGuid("lead") + "\"")
        .contains("creatingUser=\"" + QdpxWriter.userGuid("second") + "\"");
  }

  @Test
  void writesTheSameBytesForTheSameStudy() {
    assertThat(QdpxWriter.write(study())).isEqualTo(QdpxWriter.write(study()));
  }

  @Test
  void storesSortedEntriesWithOneFixedTime() throws Exception {
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(QdpxWriter.write(study())))) {
      ZipEntry first = zip.getNextEntry();
      ZipEntry second = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("project.qde");
      assertThat(second.getName()).isEqualTo("sources/" + QdpxWriter.sourceGuid("p01") + ".txt");
      assertThat(first.getTimeLocal())
          .isEqualTo(second.getTimeLocal())
          .isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
    }
  }

  @Test
  void writesAnEmptyStudyAsAValidProject() throws Exception {
    ExportInput empty =
        new ExportInput(
            "Empty",
            Codebook.empty("x", "X"),
            List.of(),
            List.of(),
            List.of(),
            ParticipantTable.empty());
    assertThatCode(() -> validate(QdpxWriter.document(empty))).doesNotThrowAnyException();
  }
}
