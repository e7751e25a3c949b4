package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.deidentify.Detector;
import io.tacit.deidentify.Key;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.report.Report;
import io.tacit.report.ReportFormat;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidentificationTest {
  private static final String CODEBOOK =
      """
      id: study
      title: Pilot codebook
      version: 1.0.0
      source: Written for this test.
      codes:
        - id: transport
          name: Transport
        - id: contact
          name: Contact
      """;
  // Fictional: no such people, agencies or numbers. A non-BMP emoji sits before the names.
  static final String P01 =
      "Jordan Reyes: How do clients get to appointments?\n\n"
          + "P01: \uD83D\uDE8C Maria Okafor drives most of them, and Dr. Patel at Lakeview Clinic"
          + " signs the forms.\n\n"
          + "Jordan Reyes: How do they reach her?\n\n"
          + "P01: They call Maria on 555-201-7788 or write to maria.okafor@lakeview-clinic.org.\n";
  static final String P02 =
      "Interviewer: Tell me about your week.\n\n"
          + "P02: I drove him to the clinic on Tuesday, and Maria met us there.\n";

  private static EntityRecognizer recognizer;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    recognizer = new EntityRecognizer();
  }

  private Project create() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("cb.yaml"), CODEBOOK);
    Project project =
        ProjectInitializer.init(tmp.resolve("study"), "Pilot", in.resolve("cb.yaml").toString());
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(
                List.of(
                    Files.writeString(in.resolve("p01.txt"), P01),
                    Files.writeString(in.resolve("p02.txt"), P02)),
                null,
                null,
                null,
                List.of("Jordan Reyes"),
                false),
            (f, d, t) -> {});
    project
        .participants()
        .importTable(
            ParticipantCsv.read(
                "participants.csv",
                "id,role,group\np01,case manager,MHP\np02,peer support specialist,PSS\n"
                    .getBytes(StandardCharsets.UTF_8)));
    project = project.withLeadCoder("lead");
    Transcript p01 = project.transcripts().load("p01");
    Transcript p02 = project.transcripts().load("p02");
    // A whole turn, a span ending inside "Maria Okafor", and a turn of p02.
    int maria = p01.text().text().codePointCount(0, p01.text().text().indexOf("Maria"));
    Files.writeString(
        project.resolve("coding/lead.csv"),
        "doc,start,end,code,memo,created\n"
            + "p01,"
            + p01.turn(2).span().start()
            + ","
            + p01.turn(2).span().end()
            + ",transport,,2026-01-05T10:00:00Z\n"
            + "p01,"
            + p01.turn(2).span().start()
            + ","
            + (maria + 3)
            + ",contact,,2026-01-05T10:00:00Z\n"
            + "p01,"
            + p01.turn(4).span().start()
            + ","
            + p01.turn(4).span().end()
            + ",contact,,2026-01-05T10:00:00Z\n"
            + "p02,"
            + p02.turn(2).span().start()
            + ","
            + p02.turn(2).span().end()
            + ",transport,,2026-01-05T10:00:00Z\n");
    Files.writeString(
        project.resolve("themes.yaml"),
        """
        themes:
          - id: reaching-care
            name: Reaching care
            status: reviewed
            description: How people reach care, and who takes them.
            codes: [transport, contact]
        """);
    return project;
  }

  private Deidentification.Review review(Project project) {
    return project
        .deidentification()
        .review(Detector.DEFAULT_TYPES, null, recognizer, 2, (d, n, t) -> {});
  }

  @Test
  void replacesNamesLabelsPhonesAndEmailsConsistentlyAndMovesCodings() throws IOException {
    Project project = create();
    review(project);
    Deidentification.Applied applied =
        project.deidentification().apply(Path.of(Deidentification.SHEET));

    Transcript p01 = project.transcripts().load("p01");
    Transcript p02 = project.transcripts().load("p02");
    assertThat(p01.text().text())
        .doesNotContain("Maria", "Okafor", "Jordan", "Patel", "555-201-7788", "maria.okafor@");
    assertThat(p01.turn(1).speaker()).isEqualTo("[PERSON-1]");
    assertThat(p01.text().text()).startsWith("[PERSON-1]: How do clients");
    assertThat(p01.text().text())
        .contains(
            "\uD83D\uDE8C [PERSON-2] drives",
            "They call [PERSON-2] on [PHONE-1] or write to [EMAIL-1].");
    assertThat(p02.text().text()).contains("and [PERSON-2] met us there");
    assertThat(p01.source().file()).isEqualTo("p01.txt");

    List<Coding> codings = project.codings().load("lead");
    assertThat(codings).hasSize(4);
    for (Coding c : codings) {
      Transcript t = c.doc().equals("p01") ? p01 : p02;
      assertThat(c.span().end()).isLessThanOrEqualTo(t.text().length());
    }
    // Whole turns stay whole turns; the span that ended inside "Maria" now covers [PERSON-2].
    assertThat(codings.stream().filter(c -> c.code().equals("transport")).map(Coding::span))
        .containsExactly(p01.turn(2).span(), p02.turn(2).span());
    Coding widened =
        codings.stream()
            .filter(
                c ->
                    c.code().equals("contact")
                        && c.doc().equals("p01")
                        && c.span().start() == p01.turn(2).span().start())
            .findFirst()
            .orElseThrow();
    assertThat(p01.text(widened.span())).isEqualTo("\uD83D\uDE8C [PERSON-2]");
    assertThat(applied.codingsWidened()).isEqualTo(1);
    assertThat(applied.codingsMoved()).isEqualTo(4);

    ProblemList problems = new ProblemList();
    Key key = Key.read("key", Files.readString(project.resolve(Deidentification.KEY)), problems);
    assertThat(key.find("maria okafor").orElseThrow().replacement()).isEqualTo("[PERSON-2]");
    assertThat(Files.readString(project.resolve("deidentify/.gitignore"))).contains("*");
  }

  @Test
  void refusesASheetWrittenBeforeTheTranscriptChanged() throws IOException {
    Project project = create();
    review(project);
    Path old = project.resolve("deidentify/old.csv");
    Files.copy(project.resolve(Deidentification.SHEET), old);
    project.deidentification().apply(Path.of(Deidentification.SHEET));
    byte[] before = Files.readAllBytes(project.resolve("transcripts/p01.txt"));
    assertThatThrownBy(() -> project.deidentification().apply(Path.of("deidentify/old.csv")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("has changed since this sheet was written");
    assertThat(Files.readAllBytes(project.resolve("transcripts/p01.txt"))).isEqualTo(before);
  }

  @Test
  void keepsOriginalsMarkedNo() throws IOException {
    Project project = create();
    review(project);
    Path sheet = project.resolve(Deidentification.SHEET);
    List<String> lines = Files.readAllLines(sheet);
    StringBuilder edited = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      edited.append(line.contains(",PHONE,") ? line.replace(",yes,", ",no,") : line).append('\n');
    }
    Files.writeString(sheet, edited);
    Deidentification.Applied applied = project.deidentification().apply(sheet);
    assertThat(applied.rejected()).isEqualTo(1);
    assertThat(project.transcripts().load("p01").text().text())
        .contains("555-201-7788")
        .doesNotContain("Okafor");
  }

  @Test
  void reportOfADeidentifiedProjectHoldsNoneOfTheKeysOriginals() throws IOException {
    Project project = create();
    Path before = tmp.resolve("report-before");
    Report identified = project.reports().build(project.reports().input("lead", null, false));
    project.reports().write(before, identified, ReportFormat.all());
    assertThat(allText(before)).contains("Maria");

    review(project);
    project.deidentification().apply(Path.of(Deidentification.SHEET));
    Path after = tmp.resolve("report-after");
    Report report = project.reports().build(project.reports().input("lead", null, false));
    project.reports().write(after, report, ReportFormat.all());

    ProblemList problems = new ProblemList();
    Key key = Key.read("key", Files.readString(project.resolve(Deidentification.KEY)), problems);
    assertThat(key.entries()).isNotEmpty();
    String everything = allText(after).toLowerCase(Locale.ROOT);
    for (Key.Entry e : key.entries()) {
      assertThat(everything)
          .as(e.type() + " original")
          .doesNotContain(e.original().toLowerCase(Locale.ROOT));
    }
  }

  private static String allText(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }
}
