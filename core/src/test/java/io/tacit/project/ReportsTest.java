package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tacit.BadInputException;
import io.tacit.report.Report;
import io.tacit.report.ReportFormat;
import io.tacit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme report of a small fixed study: golden Markdown, determinism, and its folder. */
class ReportsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/tacit/report/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir static Path shared;
  private static Project project;
  private static Report report;

  @TempDir Path tmp;

  @BeforeAll
  static void makeStudy() {
    project = ReportFixture.create(shared);
    report = project.reports().build(project.reports().input(null, null, false));
  }

  @Test
  void markdownMatchesTheGoldenFile() throws IOException {
    String actual = ReportWriter.markdown(report);
    Path expected = GOLDEN.resolve("study.report.md");
    if (UPDATE) {
      Files.writeString(expected, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expected));
  }

  @Test
  void reportsTheConsensusCoderWithTheAgreementOfTheCodersItSettled() {
    assertThat(report.overview().coder()).isEqualTo("consensus");
    assertThat(report.agreement()).isNotNull();
    assertThat(report.agreement().first()).isEqualTo("lead");
    assertThat(report.agreement().second()).isEqualTo("second");
    assertThat(report.agreement().docs()).containsExactly("p01", "p02");
    assertThat(report.agreement().units()).isEqualTo(5);
    assertThat(report.agreement().decisions().byDecision())
        .containsExactlyEntriesOf(new TreeMap<>(Map.of("first", 1, "neither", 1)));
    assertThat(report.agreement().decisions().unsettled()).isEqualTo(1);
    assertThat(report.overview().doubleCoded()).containsExactly("p01", "p02");
    assertThat(report.themes())
        .extracting(t -> t.id())
        .containsExactly("getting-there", "plans-and-peers");
    assertThat(report.themes().get(0).participants()).isEqualTo(3);
    assertThat(report.themes().get(0).quotes())
        .extracting(q -> q.attribution())
        .contains("a case manager (P01)", "an outreach worker (P03)");
    assertThat(report.methods())
        .contains("codebook approach to thematic analysis")
        .contains("3 semi-structured interviews")
        .contains("2 of 3 (67%)")
        .contains("Krippendorff")
        .contains("their 3 disagreements")
        .contains(
            "2 were settled by consensus (1 kept as lead coded it, 1 with the code left"
                + " out) and 1 left unsettled");
  }

  @Test
  void writesEveryFormatByteIdenticallyAndNeverANameOfAParticipant() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    project.reports().write(a, report, ReportFormat.all());
    Report again = project.reports().build(project.reports().input(null, null, false));
    project.reports().write(b, again, ReportFormat.all());
    Map<String, byte[]> first = contents(a);
    assertThat(first.keySet())
        .contains(
            "report.html",
            "report.md",
            "report.json",
            "manifest.json",
            "data/agreement.csv",
            "data/quotes.csv",
            "data/themes.csv",
            "data/matrix.csv",
            "data/code-frequencies.csv",
            "data/decisions.csv");
    Map<String, byte[]> second = contents(b);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    for (Map.Entry<String, byte[]> f : first.entrySet()) {
      String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      ReportFixture.NAMES.forEach(n -> assertThat(text).as(f.getKey()).doesNotContain(n));
    }
    JsonNode manifest = JsonMapper.builder().build().readTree(a.resolve("manifest.json").toFile());
    assertThat(manifest.get("generator").asText()).isEqualTo("tacit report");
    assertThat(manifest.get("timestamp").isNull()).isTrue();
    assertThat(manifest.findValuesAsText("path"))
        .contains(
            "tacit.yaml",
            "codebook.yaml",
            "participants.csv",
            "themes.yaml",
            "transcripts/p01.txt",
            "transcripts/p01.json",
            "coding/lead.csv",
            "coding/second.csv",
            "consensus/consensus-decisions.csv",
            "report.html");
    assertThat(manifest.get("inputs").get(0).get("sha256").asText()).hasSize(64);
    assertThat(text(first, "data/agreement.csv"))
        .startsWith(
            "code,first,second,unit,units,both,"
                + "only_first,only_second,neither,statistic,value,ci_low,ci_high\n")
        .contains("\ncare-plan,lead,second,turn,5,2,0,0,3,cohenKappa,1.000,1.000,1.000\n")
        .contains("\n(all codes),lead,second,turn,5,,,,,krippendorffAlpha,0.667,0.222,1.000\n");
    assertThat(text(first, "data/code-frequencies.csv"))
        .contains("\ntransport,Transport,0,second,2\n");
    assertThat(text(first, "data/quotes.csv"))
        .contains(
            "\nplans-and-peers,p01:t4,p01,case manager,"
                + "a case manager (P01),The care plan is shared with the team every month.\n");
    assertThat(text(first, "data/matrix.csv"))
        .contains("\np03,outreach worker,PSS,getting-there,2,p03:t2 p03:t4\n");
    assertThat(text(first, "data/theme-groups.csv")).contains("\ngetting-there,PSS,2,2\n");
    assertThat(text(first, "data/decisions.csv"))
        .isEqualTo("decision,disagreements\nfirst,1\nneither,1\nunsettled,1\n");
    JsonNode json = JsonMapper.builder().build().readTree(a.resolve("report.json").toFile());
    assertThat(json.get("agreement").get("alpha").get("value").isNumber()).isTrue();
    assertThat(json.get("themes")).hasSize(2);
  }

  @Test
  void htmlIsOneSelfContainedPageWithItsChartsInline() {
    String html = ReportWriter.html(report);
    assertThat(html.split("<svg ", -1)).hasSize(5);
    assertThat(html)
        .contains("<title>Pilot study</title>")
        .contains("@media print")
        .contains("Krippendorff's alpha per code")
        .contains("Thematic map")
        .contains("Co-occurrence of the themes' codes")
        .contains("Codings per code, by coder")
        .contains("Care plans, and the peer&#39;s part in them.")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void rewritesItsOwnFolderButRefusesAnyOther() throws IOException {
    Path dir = tmp.resolve("r");
    project.reports().write(dir, report, ReportFormat.all());
    List<String> written = project.reports().write(dir, report, List.of(ReportFormat.MD));
    assertThat(written).containsExactly("report.md", "manifest.json");
    assertThat(dir.resolve("report.html")).doesNotExist();
    assertThat(dir.resolve("data")).isEmptyDirectory();
    Path other = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(other.resolve("mine.txt"), "mine");
    assertThatThrownBy(() -> project.reports().write(other, report, ReportFormat.all()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no earlier Tacit report");
    assertThat(other.resolve("mine.txt")).hasContent("mine");
  }

  @Test
  void refusesAnUnknownCoderAndAStudyWithoutThemes() throws IOException {
    assertThatThrownBy(() -> project.reports().input("third", null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("the coders are");
    Project bare = ReportFixture.create(tmp);
    Files.delete(bare.resolve("themes.yaml"));
    assertThatThrownBy(() -> bare.reports().input(null, null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("tacit themes suggest");
  }

  @Test
  void reportsSubthemesAndTheStudysUnitOfAnalysis() throws IOException {
    Project study = ReportFixture.create(tmp);
    Path settings = study.resolve(Project.SETTINGS_FILE);
    Files.writeString(settings, Files.readString(settings).replace("unit: turn", "unit: sentence"));
    Files.writeString(
        study.resolve("themes.yaml"),
        """
        themes:
          - id: getting-there
            name: Getting there
            codes: [transport]
            subthemes:
              - id: homes
                name: Homes
                codes: [housing]
        """);
    Report r =
        Project.open(study.root())
            .reports()
            .build(Project.open(study.root()).reports().input("lead", "Sentences", false));
    assertThat(r.overview().unit()).isEqualTo("sentence");
    assertThat(r.agreement().unit()).isEqualTo("sentence");
    assertThat(r.agreement().units()).as("p01: 3 sentences, p02: 3").isEqualTo(6);
    assertThat(r.themes())
        .extracting(t -> t.id() + "/" + t.depth())
        .containsExactly("getting-there/0", "homes/1");
    assertThat(r.matrix().columns())
        .extracting(c -> c.id())
        .containsExactly("getting-there", "homes");
    String md = ReportWriter.markdown(r);
    assertThat(md)
        .startsWith("# Sentences\n")
        .contains("### Subtheme: Homes")
        .contains("participant sentence")
        .contains("| Themes, quotes and matrix from | coder" + " lead |");
  }

  private static String text(Map<String, byte[]> files, String name) {
    return new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
