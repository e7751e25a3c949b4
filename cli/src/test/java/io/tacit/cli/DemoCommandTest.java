package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end, on the bundled sample study: every step, the report and its content, the
 * same report again byte for byte, and the HTML in a real headless browser when one is installed.
 */
class DemoCommandTest {
  @TempDir static Path shared;
  private static CliRun demo;
  private static Path study;
  private static Path report;

  @TempDir Path tmp;

  @BeforeAll
  static void runDemo() {
    demo = CliRun.in(shared, "demo", "--out", "study");
    study = shared.resolve("study");
    report = study.resolve("report");
  }

  @Test
  void runsEveryStepAndSaysWhereTheReportIs() throws Exception {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("12 transcripts")
        .contains("5 inductive codes added")
        .contains("337 codings by lead in 12 transcripts, 162 codings by second in 5 transcripts")
        .contains("lead vs second on 5 of 12 (42%) transcripts")
        .contains("Krippendorff's alpha 0.757 (0.701 to 0.814)")
        .contains("73 disagreements listed in disagreements.csv")
        .contains("73 disagreements settled by coding/decisions.csv")
        .contains("0 unsettled")
        .contains("candidate themes")
        .contains("themes against the data")
        .contains("The project is in " + study)
        .contains("Open the report: " + report.resolve("report.html"));
    for (String step :
        List.of(
            "init",
            "samples",
            "import",
            "participants",
            "codebook",
            "code",
            "agree",
            "consensus",
            "themes",
            "review",
            "report")) {
      assertThat(demo.out()).containsPattern("(?m)^  " + step + " +\\d+\\.\\d\\d s  ");
    }
    JsonNode transcripts =
        JsonMapper.builder()
            .build()
            .readTree(CliRun.in(study, "transcripts", "--format", "json").out());
    assertThat(transcripts).hasSize(12);
    assertThat(transcripts.findValuesAsText("format")).contains("txt", "vtt", "srt", "docx");
    assertThat(Files.readString(study.resolve("participants.csv")))
        .contains("p05,peer support specialist,PSS,Lakeview");
  }

  @Test
  void writesAReportWithThemesQuotesByRoleAndAgreementButNoNames() throws IOException {
    for (String f :
        List.of(
            "report.html",
            "report.md",
            "report.json",
            "manifest.json",
            "data/agreement.csv",
            "data/code-frequencies.csv",
            "data/quotes.csv",
            "data/themes.csv",
            "data/matrix.csv",
            "data/cooccurrence.csv")) {
      assertThat(report.resolve(f)).isNotEmptyFile();
    }
    String md = Files.readString(report.resolve("report.md"));
    assertThat(md)
        .contains("## Themes")
        .contains("### Framework matrix")
        .contains("| Themes, quotes and matrix from | coder consensus |")
        .contains("their 73 disagreements")
        .contains("all were settled by consensus")
        .contains("| kept as second coded it | 27 |")
        .contains("codebook approach to thematic analysis")
        .contains("| Krippendorff's alpha | 0.")
        .contains("Coders lead and second both coded 5 of 12 (42%) transcripts")
        .containsPattern("A peer support specialist \\(P(02|05|09|12)\\) said \\(p\\d\\d:t\\d+\\):")
        .containsPattern(
            "An? (case manager|clinical therapist|centre director|division director"
                + "|program leader) \\(P\\d\\d\\) said");
    JsonNode json = JsonMapper.builder().build().readTree(report.resolve("report.json").toFile());
    assertThat(json.get("themes").size()).isGreaterThanOrEqualTo(3);
    assertThat(json.get("agreement").get("codes").size()).isGreaterThan(20);
    assertThat(json.get("agreement").get("alpha").get("value").asDouble()).isBetween(0.5, 1.0);
    assertThat(json.get("overview").get("doubleCoded")).hasSize(5);
    String quotes = Files.readString(report.resolve("data/quotes.csv"));
    assertThat(quotes).startsWith("theme,unit,participant,role,attribution,text\n");
    // The interviewers are the only people named in the sample; participants are never named.
    for (Path f : files(report).keySet().stream().map(report::resolve).toList()) {
      assertThat(Files.readString(f))
          .as(f.toString())
          .doesNotContain("Jordan Reyes")
          .doesNotContain("Alex Kim");
    }
  }

  @Test
  void theSamplesDecisionsSheetSettlesExactlyTheDisagreementsOfTheSample() throws IOException {
    List<String> listed = unitsAndCodes(study.resolve("disagreements.csv"));
    List<String> decided = unitsAndCodes(study.resolve("sources/coding/decisions.csv"));
    assertThat(decided).hasSize(73).isEqualTo(listed);
    assertThat(Files.readString(study.resolve("consensus/consensus-decisions.csv")))
        .doesNotContain(",unsettled");
  }

  @Test
  void theReportCommandGivesTheDemosReportByteForByte() throws IOException {
    CliRun again = CliRun.in(study, "report", "--out", tmp.resolve("again").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains(tmp.resolve("again/report.html").toString());
    Map<String, byte[]> first = files(report);
    Map<String, byte[]> second = files(tmp.resolve("again"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void theHtmlReportOpensInAHeadlessBrowserWithoutConsoleErrors() throws Exception {
    assumeTrue(Chromium.available(), "no " + Chromium.BINARY + " on this machine");
    Path png = tmp.resolve("report.png");
    Path log = tmp.resolve("chromium.log");
    Process p =
        new ProcessBuilder(
                Chromium.command(
                    tmp.resolve("profile"),
                    "--enable-logging=stderr",
                    "--v=0",
                    "--screenshot=" + png,
                    "--window-size=1200,2000",
                    report.resolve("report.html").toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    String stderr = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(png).as(stderr).isNotEmptyFile();
    int[] size = Chromium.pngSize(png);
    assertThat(size[0]).isEqualTo(1200);
    assertThat(size[1]).isEqualTo(2000);
    assertThat(stderr.lines().filter(l -> l.contains("CONSOLE")).toList()).isEmpty();
    assertThat(Files.size(png)).as("a page with content, not a blank one").isGreaterThan(50_000);
  }

  @Test
  void neverOverwritesAnEarlierDemoOrAFolderInUse() throws Exception {
    Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(tmp.resolve("busy/notes.txt"), "mine");
    CliRun refused = CliRun.in(tmp, "demo", "--out", "busy");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("exists and is not empty");
    assertThat(tmp.resolve("busy/notes.txt")).hasContent("mine");
    Files.createDirectories(shared.resolve("tacit-demo"));
    CliRun fresh = CliRun.in(shared, "demo");
    assertThat(fresh.exitCode()).as(fresh.err()).isZero();
    assertThat(fresh.out()).contains(shared.resolve("tacit-demo-2").toString());
  }

  /** "unit,code,lead,second" of each row of a sheet. */
  private static List<String> unitsAndCodes(Path sheet) throws IOException {
    try (CSVParser rows =
        CSVParser.parse(
            sheet,
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return rows.stream()
          .map(r -> String.join(",", r.get("unit"), r.get("code"), r.get("lead"), r.get("second")))
          .toList();
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
