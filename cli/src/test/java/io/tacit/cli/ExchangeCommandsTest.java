package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {
  /** A CRLF line end and an emoji: NVivo's UTF-16 positions differ from Tacit's code points. */
  private static final String TEXT = "P01: Honestly \uD83D\uDE00 it was a relief.\r\n";

  private static final String QDE =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Visits\" origin=\"NVivo 14\">\n"
          + "<Users><User guid=\"a1111111-1111-4111-8111-111111111111\" name=\"Dana Smith\"/></Users>\n"
          + "<CodeBook><Codes><Code guid=\"c0000003-0000-4000-8000-000000000003\" name=\"Relief\""
          + " isCodable=\"true\"/></Codes></CodeBook>\n"
          + "<Sources><TextSource guid=\"5a1c2e3f-0000-4000-8000-000000000001\" name=\"P01\""
          + " plainTextPath=\"internal://p01.txt\">\n"
          + "<PlainTextSelection guid=\"e0000001-0000-4000-8000-000000000001\" startPosition=\"17\""
          + " endPosition=\"32\" creatingUser=\"a1111111-1111-4111-8111-111111111111\">"
          + "<Coding guid=\"f0000001-0000-4000-8000-000000000001\"><CodeRef"
          + " targetGUID=\"c0000003-0000-4000-8000-000000000003\"/></Coding></PlainTextSelection>\n"
          + "</TextSource></Sources>\n</Project>\n";

  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void init() {
    assertThat(CliRun.in(tmp, "init", "study", "--name", "Visits").exitCode()).isZero();
    study = tmp.resolve("study");
  }

  private Path qdpx(String name, Map<String, String> entries) throws IOException {
    Path file = tmp.resolve(name);
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private Path project() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("project.qde", QDE);
    entries.put("Sources/p01.txt", TEXT);
    return qdpx("visits.qdpx", entries);
  }

  @Test
  void importsAProjectAndPrintsWhatBecameOfUsersSourcesAndCodes() throws IOException {
    CliRun run = CliRun.in(study, "exchange", "import", project().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Written by NVivo 14 (NVivo); positions read as UTF-16 units," + " as NVivo counts.\n")
        .contains("User \"Dana Smith\" codes as dana-smith.\n")
        .contains("P01     p01         imported  1 of 1")
        .contains("Codes: 1 added to the codebook (relief).\n")
        .contains("Coder dana-smith: 1 coding added.\n");
    CliRun list = CliRun.in(study, "code", "list", "--format", "csv");
    assertThat(list.out()).contains("dana-smith,p01,16,31,relief,,").contains(",it was a relief");
  }

  @Test
  void exportsTheSameBytesTwiceAndTheExportImportsAgain() throws IOException {
    CliRun.in(study, "exchange", "import", project().toString());
    CliRun first = CliRun.in(study, "exchange", "export", "-o", "../a.qdpx");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("Exported the study to ../a.qdpx");
    CliRun.in(study, "exchange", "export", "-o", "../b.qdpx");
    assertThat(Files.readAllBytes(tmp.resolve("a.qdpx")))
        .isEqualTo(Files.readAllBytes(tmp.resolve("b.qdpx")));

    assertThat(CliRun.in(tmp, "init", "copy").exitCode()).isZero();
    CliRun back = CliRun.in(tmp.resolve("copy"), "exchange", "import", "../a.qdpx");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.out()).contains("positions read as code points, as Tacit counts");
    assertThat(CliRun.in(tmp.resolve("copy"), "code", "list", "--format", "csv").out())
        .contains("dana-smith,p01,16,31,relief,,");
  }

  @Test
  void giveAllCodingsToOneCoderWithCoder() throws IOException {
    CliRun run = CliRun.in(study, "exchange", "import", project().toString(), "--coder", "lead");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(study.resolve("coding/lead.csv"))).isTrue();
    assertThat(
            CliRun.in(
                    study,
                    "exchange",
                    "import",
                    project().toString(),
                    "--coder",
                    "x",
                    "--coder-from",
                    "user")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void refusesAHostileArchiveWithExitThreeAndWritesNothing() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("project.qde", QDE);
    entries.put("../../escape.txt", TEXT);
    CliRun run = CliRun.in(study, "exchange", "import", qdpx("evil.qdpx", entries).toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("evil.qdpx:../../escape.txt").contains("outside the archive");
    assertThat(Files.exists(study.resolve("transcripts/p01.txt"))).isFalse();
  }

  @Test
  void refusesXmlWithADoctype() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(
        "project.qde",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]>\n<Project name=\"&x;\"/>\n");
    CliRun run = CliRun.in(study, "exchange", "import", qdpx("xxe.qdpx", entries).toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("DTD");
  }

  @Test
  void namesASelectionThatCannotBePlacedByItsGuid() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("project.qde", QDE.replace("endPosition=\"32\"", "endPosition=\"90\""));
    entries.put("Sources/p01.txt", TEXT);
    CliRun run = CliRun.in(study, "exchange", "import", qdpx("bad.qdpx", entries).toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "selection {e0000001-0000-4000-8000-000000000001} in source"
                + " \"P01\" cannot be placed: positions 17-90 do not fit the source's text (0-35 UTF-16"
                + " units)");
    assertThat(Files.exists(study.resolve("transcripts/p01.txt"))).isFalse();
  }
}
