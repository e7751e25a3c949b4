package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacit agree --coders} on the sample study, and its errors. */
class AgreeCommandTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir static Path tmp;
  static Path study;

  @BeforeAll
  static void sampleStudy() {
    study = AgreeStudy.create(tmp);
  }

  @Test
  void jsonHasTheDesignKeysAndTheDoubleCodedSubset() throws Exception {
    CliRun run = CliRun.in(study, "agree", "--coders", "lead,second", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("units").asInt()).isEqualTo(159);
    assertThat(root.get("coders").asInt()).isEqualTo(2);
    assertThat(root.get("level").asText()).isEqualTo("nominal");
    assertThat(root.get("transcripts").toString())
        .isEqualTo("[\"p01\",\"p02\",\"p04\",\"p05\",\"p08\"]");
    assertThat(root.get("studyTranscripts").asInt()).isEqualTo(12);
    assertThat(root.get("proportion").asDouble()).isEqualTo(0.416667);
    List<String> keys =
        List.of(
            "percentAgreement",
            "cohenKappa",
            "scottPi",
            "fleissKappa",
            "krippendorffAlpha",
            "gwetAc1",
            "brennanPrediger");
    assertThat(root.get("statistics").fieldNames()).toIterable().containsExactlyElementsOf(keys);
    JsonNode alpha = root.at("/statistics/krippendorffAlpha");
    assertThat(alpha.get("value").asDouble()).isEqualTo(0.757403);
    assertThat(alpha.get("ci")).hasSize(2);
    assertThat(alpha.get("interpretation").asText()).startsWith("tentative");
    JsonNode codes = root.get("codes");
    assertThat(codes).hasSize(37);
    JsonNode peerFunding =
        codes.findParents("code").stream()
            .filter(c -> c.get("code").asText().equals("peer-funding"))
            .findFirst()
            .orElseThrow();
    assertThat(
            List.of(
                peerFunding.get("bothCoded").asInt(),
                peerFunding.get("onlyFirst").asInt(),
                peerFunding.get("onlySecond").asInt(),
                peerFunding.get("neither").asInt()))
        .containsExactly(11, 1, 3, 144);
    assertThat(peerFunding.at("/statistics/krippendorffAlpha/value").asDouble())
        .isBetween(0.83, 0.84);
    assertThat(root.at("/overall/decisions").asInt()).isEqualTo(159 * 37);
    assertThat(root.at("/overall/statistics/pooledKappa/value").asDouble()).isBetween(0.75, 0.76);
    assertThat(root.at("/overall/statistics/meanKappa/value").asDouble()).isBetween(0.62, 0.63);
    assertThat(root.get("unused").toString())
        .isEqualTo(
            "[\"coordination-activities\","
                + "\"health-care-home\",\"health-it-coordination\",\"other-sectors\",\"study-dimensions\"]");
    assertThat(run.err())
        .contains(
            "Double-coded transcripts: p01, p02, p04, p05, p08 (5 of 12," + " 41.7% of the study)");
  }

  @Test
  void tablesAreTheSameEveryRunAndCsvIsTidy() {
    CliRun first = CliRun.in(study, "agree", "--coders", "lead,second", "--format", "csv");
    CliRun again = CliRun.in(study, "agree", "--coders", "lead,second", "--format", "csv");
    assertThat(first.exitCode()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
    List<String> lines = first.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "code,bothCoded,onlyFirst,onlySecond,neither,alpha,"
                + "alphaLow,alphaHigh,alphaReading,kappa,kappaLow,kappaHigh,kappaReading,percent,"
                + "percentLow,percentHigh,note");
    assertThat(lines).filteredOn(l -> l.startsWith("peer-funding,11,1,3,144,0.83")).hasSize(1);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("(all codes),118,29,44,5692,0.7574,"))
        .hasSize(1);
    assertThat(lines).contains("study-dimensions,,,,,,,,,,,,,,,,unused: no coder applied it");
    CliRun md = CliRun.in(study, "agree", "--coders", "lead,second", "--format", "md");
    assertThat(md.out()).contains("| peer-funding").contains("reliable");
    CliRun table =
        CliRun.in(
            study, "agree", "--coders", "lead,second", "--format", "table", "--bootstrap", "0");
    assertThat(table.out()).contains("alpha 95% CI").contains("(all codes)");
  }

  @Test
  void sentencesCodeFilterAndMinimumOverlap() throws Exception {
    CliRun run =
        CliRun.in(
            study,
            "agree",
            "--coders",
            "second,lead",
            "--unit",
            "sentence",
            "--codes",
            "peer-funding,texting,health-it-coordination",
            "--docs",
            "p01,p02",
            "--min-overlap",
            "0.5",
            "--format",
            "json",
            "--bootstrap",
            "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("unit").asText()).isEqualTo("sentence");
    assertThat(root.get("transcripts").toString()).isEqualTo("[\"p01\",\"p02\"]");
    assertThat(root.get("codes").findValuesAsText("code"))
        .containsExactly("peer-funding", "texting");
    assertThat(root.get("unused").toString()).isEqualTo("[\"health-it-coordination\"]");
    assertThat(root.get("coderNames").toString()).isEqualTo("[\"second\",\"lead\"]");
    assertThat(root.get("units").asInt()).isGreaterThan(100);
  }

  @Test
  void swappingCodersSwapsTheOnlyCountsAndKeepsAlpha() throws Exception {
    JsonNode ab =
        JSON.readTree(
            CliRun.in(study, "agree", "--coders", "lead,second", "--format", "json").out());
    JsonNode ba =
        JSON.readTree(
            CliRun.in(study, "agree", "--coders", "second,lead", "--format", "json").out());
    for (int i = 0; i < ab.get("codes").size(); i++) {
      JsonNode a = ab.get("codes").get(i);
      JsonNode b = ba.get("codes").get(i);
      assertThat(b.get("onlyFirst")).isEqualTo(a.get("onlySecond"));
      assertThat(b.at("/statistics/krippendorffAlpha/value"))
          .isEqualTo(a.at("/statistics/krippendorffAlpha/value"));
    }
  }

  @Test
  void theGateFailsWithExitFourNamingTheCodesAndStillPrints() throws Exception {
    CliRun run =
        CliRun.in(
            study,
            "agree",
            "--coders",
            "lead,second",
            "--codes",
            "peer-funding,texting,peer-services",
            "--min-alpha",
            "0.8",
            "--format",
            "json");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains("tacit: agreement below --min-alpha 0.800: 1 code:" + " peer-services (0.531)");
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.at("/gate/passed").asBoolean()).isFalse();
    assertThat(root.at("/gate/codesBelow").toString()).isEqualTo("[\"peer-services\"]");
    CliRun passed =
        CliRun.in(
            study,
            "agree",
            "--coders",
            "lead,second",
            "--codes",
            "peer-funding,texting",
            "--min-alpha",
            "0.8",
            "-q",
            "--format",
            "csv");
    assertThat(passed.exitCode()).as(passed.err()).isZero();
    assertThat(passed.err()).isEmpty();
  }

  @Test
  void unknownCoderIsRefusedNamingTheCodersThatExist() {
    CliRun run = CliRun.in(study, "agree", "--coders", "lead,nobody");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "tacit: coding/nobody.csv: coder \"nobody\" has no coding"
                + " file; coders with codings: lead, second\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noTranscriptCodedByEveryCoderIsRefused() {
    CliRun run = CliRun.in(study, "agree", "--coders", "lead,second", "--docs", "p03,p06");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("no transcript among --docs is coded by every one of lead," + " second");
    CliRun unknown =
        CliRun.in(
            study, "agree", "--coders", "lead,second", "--docs", "p99", "--codes", "nonsense");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err())
        .contains("tacit: --docs: no transcript \"p99\"")
        .contains("tacit: --codes: the codebook has no code \"nonsense\"");
  }

  @Test
  void threeCodersCountUnitsByHowManyAppliedACode() throws Exception {
    Path third = study.resolve("coding/third.csv");
    List<String> lead = Files.readAllLines(study.resolve("coding/lead.csv"));
    Files.write(
        third,
        lead.stream()
            .filter(l -> l.startsWith("doc,") || l.startsWith("p01,") || l.startsWith("p02,"))
            .toList());
    try {
      CliRun run =
          CliRun.in(
              study,
              "agree",
              "--coders",
              "lead,second,third",
              "--format",
              "json",
              "--bootstrap",
              "0");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode root = JSON.readTree(run.out());
      assertThat(root.get("coders").asInt()).isEqualTo(3);
      assertThat(root.get("transcripts").toString()).isEqualTo("[\"p01\",\"p02\"]");
      int units = root.get("units").asInt();
      for (JsonNode c : root.get("codes")) {
        JsonNode by = c.get("byCoders");
        assertThat(by).hasSize(4);
        assertThat(by.get(0).asInt() + by.get(1).asInt() + by.get(2).asInt() + by.get(3).asInt())
            .isEqualTo(units);
        assertThat(c.get("bothCoded").asInt()).isEqualTo(by.get(3).asInt());
        assertThat(c.at("/statistics/cohenKappa").isNull()).isTrue();
        assertThat(c.at("/statistics/fleissKappa/value").isNumber()).isTrue();
      }
      assertThat(root.at("/overall/statistics/pooledKappa").isNull()).isTrue();
      Path sheet = study.resolve("three.csv");
      CliRun sheetRun =
          CliRun.in(
              study,
              "agree",
              "--coders",
              "lead,second,third",
              "--disagreements",
              "three.csv",
              "-q",
              "--format",
              "csv",
              "--bootstrap",
              "0");
      assertThat(sheetRun.exitCode()).isZero();
      assertThat(Files.readAllLines(sheet).get(0))
          .isEqualTo("unit,code,lead,second,third,decision,decided_by,reason,text");
      Files.delete(sheet);
    } finally {
      Files.delete(third);
    }
  }

  @Test
  void theDefaultUnitComesFromTacitYaml() throws Exception {
    Path settings = study.resolve("tacit.yaml");
    String before = Files.readString(settings);
    Files.writeString(settings, before.replace("unit: turn", "unit: sentence"));
    try {
      JsonNode root =
          JSON.readTree(
              CliRun.in(
                      study,
                      "agree",
                      "--coders",
                      "lead,second",
                      "--format",
                      "json",
                      "--bootstrap",
                      "0",
                      "-q")
                  .out());
      assertThat(root.get("unit").asText()).isEqualTo("sentence");
      assertThat(root.get("units").asInt()).isGreaterThan(159);
    } finally {
      Files.writeString(settings, before);
    }
  }

  @Test
  void helpListsTheOptionsAndExitCodesWithoutWarnings() {
    CliRun help = CliRun.in(study, "agree", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--coders=A,B[,C...]")
        .contains("--min-alpha=X")
        .contains("4   agreement below --min-alpha")
        .contains("95% confidence");
    assertThat(help.err()).isEmpty();
  }

  @Test
  void coderAndTranscriptIdsOutsideTheIdRuleAreRefused() {
    CliRun coder = CliRun.in(study, "agree", "--coders", "Lead,second");
    assertThat(coder.exitCode()).isEqualTo(3);
    assertThat(coder.err()).contains("coder id \"Lead\" is not allowed");
    CliRun doc = CliRun.in(study, "agree", "--coders", "lead,second", "--docs", "../p01");
    assertThat(doc.exitCode()).isEqualTo(3);
    assertThat(doc.err())
        .isEqualTo(
            "tacit: --docs: no transcript \"../p01\" in this project;"
                + " see `tacit transcripts` for the ids\n");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(CliRun.in(study, "agree", "--coders", "lead,second", "--min-overlap", "1.5").err())
        .contains("--min-overlap must be from 0 to 1");
    assertThat(
            CliRun.in(study, "agree", "--coders", "lead,second", "--min-overlap", "-0.1")
                .exitCode())
        .isEqualTo(2);
    assertThat(CliRun.in(study, "agree", "--coders", "lead").exitCode()).isEqualTo(2);
    assertThat(CliRun.in(study, "agree").exitCode()).isEqualTo(2);
    assertThat(CliRun.in(study, "agree", "--coders", "lead,second", "--table", "x.csv").exitCode())
        .isEqualTo(2);
    CliRun mixed = CliRun.in(study, "agree", "--table", "x.csv", "--min-alpha", "0.8");
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.err()).contains("go with --coders, not --table");
    assertThat(Files.exists(study.resolve("x.csv"))).isFalse();
  }

  @Test
  void writesTheAdjudicationSheetAndRefusesToOverwriteIt() throws Exception {
    Path sheet = study.resolve("sheet.csv");
    Files.deleteIfExists(sheet);
    CliRun run =
        CliRun.in(
            study,
            "agree",
            "--coders",
            "lead,second",
            "--disagreements",
            "sheet.csv",
            "--format",
            "csv",
            "--bootstrap",
            "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Wrote 73 disagreements to sheet.csv");
    List<String> rows;
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            sheet,
            java.nio.charset.StandardCharsets.UTF_8,
            org.apache.commons.csv.CSVFormat.RFC4180)) {
      rows = parser.getRecords().stream().map(r -> String.join("|", r.toList())).toList();
    }
    assertThat(rows).hasSize(74);
    assertThat(rows.get(0)).isEqualTo("unit|code|lead|second|decision|decided_by|reason|text");
    assertThat(rows.get(1)).startsWith("p01:t6|peer-support|no|yes||||We serve roughly");
    assertThat(rows.get(2)).startsWith("p01:t8|needed-care|yes|no||||So, um. The honest answer");
    assertThat(rows.get(73)).startsWith("p08:t50|care-management|yes|no||||");
    assertThat(rows).allMatch(r -> r.split("\\|", -1).length >= 8);
    byte[] before = Files.readAllBytes(sheet);
    Files.writeString(
        sheet,
        "unit,code,lead,second,decision,decided_by,reason,text\n"
            + "p01:t6,peer-support,no,yes,second,team,agreed in meeting,x\n");
    CliRun again =
        CliRun.in(study, "agree", "--coders", "lead,second", "--disagreements", "sheet.csv");
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err())
        .isEqualTo(
            "tacit: sheet.csv: exists, and may hold the team's"
                + " decisions; choose another file, or add --force to replace it\n");
    assertThat(again.out()).isEmpty();
    assertThat(Files.readString(sheet)).contains("agreed in meeting");
    CliRun forced =
        CliRun.in(
            study,
            "agree",
            "--coders",
            "lead,second",
            "--disagreements",
            "sheet.csv",
            "--force",
            "-q",
            "--format",
            "csv");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readAllBytes(sheet)).isEqualTo(before);
    CliRun noTable = CliRun.in(study, "agree", "--table", "t.csv", "--disagreements", "s.csv");
    assertThat(noTable.exitCode()).isEqualTo(2);
  }

  @Test
  void charactersLikeNvivoPerCodeAndTranscript() throws Exception {
    CliRun run =
        CliRun.in(study, "agree", "--coders", "lead,second", "--unit", "char", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("uncoded text counts as agreement");
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("unit").asText()).isEqualTo("char");
    JsonNode codes = root.get("codes");
    assertThat(codes).hasSize(37);
    long text = root.get("units").asLong();
    for (JsonNode c : codes) {
      long sum =
          c.get("bothCoded").asLong()
              + c.get("onlyFirst").asLong()
              + c.get("onlySecond").asLong()
              + c.get("neither").asLong();
      assertThat(sum).as(c.get("code").asText()).isEqualTo(text / 37);
      assertThat(c.get("transcripts")).hasSize(5);
      assertThat(c.at("/statistics/krippendorffAlpha").isNull()).isTrue();
    }
    JsonNode align = codes.get(0);
    assertThat(align.get("code").asText()).isEqualTo("align-resources");
    assertThat(
            List.of(
                align.get("bothCoded").asLong(),
                align.get("onlyFirst").asLong(),
                align.get("onlySecond").asLong()))
        .containsExactly(0L, 508L, 543L);
    assertThat(align.at("/transcripts/0/transcript").asText()).isEqualTo("p01");
    assertThat(align.at("/transcripts/0/onlySecond").asLong()).isEqualTo(376);
    assertThat(root.at("/statistics/percentAgreement/value").asDouble()).isGreaterThan(0.9);
    assertThat(root.at("/statistics/cohenKappa/se").isNull()).isTrue();
    CliRun csv =
        CliRun.in(
            study, "agree", "--coders", "lead,second", "--unit", "char", "--format", "csv", "-q");
    assertThat(csv.out())
        .startsWith(
            "code,transcript,bothCoded,onlyFirst,onlySecond,neither,"
                + "percent,kappa,kappaReading\nalign-resources,(all),0,508,543,");
    assertThat(csv.out().lines()).hasSize(1 + 37 * 6 + 1);
  }

  @Test
  void segmentsLikeMaxqdaWithTheirOverlapThreshold() throws Exception {
    CliRun run =
        CliRun.in(
            study, "agree", "--coders", "lead,second", "--unit", "span", "--format", "json", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("minOverlap").asDouble()).isEqualTo(0.9);
    assertThat(root.at("/overall/matched").asInt()).isEqualTo(198);
    assertThat(root.at("/overall/unmatched").asInt()).isEqualTo(111);
    assertThat(root.get("units").asInt()).isEqualTo(309);
    double percent = 198.0 / 309;
    assertThat(root.at("/statistics/percentAgreement/value").asDouble())
        .isEqualTo(Math.round(percent * 1e6) / 1e6);
    double kappa = (percent - 1.0 / 37) / (1 - 1.0 / 37);
    assertThat(root.at("/statistics/brennanPrediger/value").asDouble())
        .isEqualTo(Math.round(kappa * 1e6) / 1e6);
    assertThat(root.at("/statistics/cohenKappa").isNull()).isTrue();
    assertThat(root.at("/codes/0/neither").isNull()).isTrue();
    JsonNode loose =
        JSON.readTree(
            CliRun.in(
                    study,
                    "agree",
                    "--coders",
                    "lead,second",
                    "--unit",
                    "span",
                    "--min-overlap",
                    "0.5",
                    "--format",
                    "json",
                    "-q")
                .out());
    assertThat(loose.at("/overall/matched").asInt()).isGreaterThan(198);
    CliRun table =
        CliRun.in(
            study, "agree", "--coders", "lead,second", "--unit", "span", "--format", "table", "-q");
    assertThat(table.out()).contains("segmentsFirst").contains("kappaBP");
  }

  @Test
  void charAndSpanRefuseWhatDoesNotApply() {
    assertThat(CliRun.in(study, "agree", "--coders", "lead,second,other", "--unit", "span").err())
        .contains("--unit span compares two coders");
    assertThat(
            CliRun.in(
                    study,
                    "agree",
                    "--coders",
                    "lead,second",
                    "--unit",
                    "char",
                    "--min-alpha",
                    "0.8")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            CliRun.in(
                    study,
                    "agree",
                    "--coders",
                    "lead,second",
                    "--unit",
                    "char",
                    "--min-overlap",
                    "0.5")
                .err())
        .contains("--min-overlap does not apply to --unit char");
    assertThat(
            CliRun.in(
                    study,
                    "agree",
                    "--coders",
                    "lead,second",
                    "--unit",
                    "span",
                    "--min-overlap",
                    "0")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            CliRun.in(
                    study,
                    "agree",
                    "--coders",
                    "lead,second",
                    "--unit",
                    "span",
                    "--disagreements",
                    "s.csv")
                .exitCode())
        .isEqualTo(2);
    assertThat(Files.exists(study.resolve("s.csv"))).isFalse();
  }
}
