package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacit agree --table}: any reliability data matrix, no project needed. */
class AgreeTableTest {
  @TempDir Path tmp;

  private Path file(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  /**
   * a: yes yes no no; b: yes no no no. p_o = .75; shares of yes .5 and .25, so p_e = .5 and Cohen's
   * kappa = .5; Brennan-Prediger (p_o - .5) / .5 = .5.
   */
  @Test
  void twoCodersGiveEveryStatisticInTheDesignShape() throws Exception {
    file("t.csv", "unit,a,b\nu1,yes,yes\nu2,yes,no\nu3,no,no\nu4,no,no\n");
    CliRun run = CliRun.in(tmp, "agree", "--table", "t.csv", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("units").asInt()).isEqualTo(4);
    assertThat(root.get("coders").asInt()).isEqualTo(2);
    assertThat(root.get("level").asText()).isEqualTo("nominal");
    JsonNode s = root.get("statistics");
    assertThat(s.fieldNames())
        .toIterable()
        .containsExactly(
            "percentAgreement",
            "cohenKappa",
            "scottPi",
            "fleissKappa",
            "krippendorffAlpha",
            "gwetAc1",
            "brennanPrediger");
    assertThat(s.at("/percentAgreement/value").asDouble()).isEqualTo(0.75);
    assertThat(s.at("/cohenKappa/value").asDouble()).isEqualTo(0.5);
    assertThat(s.at("/cohenKappa/se").isNumber()).isTrue();
    assertThat(s.at("/cohenKappa/ci")).hasSize(2);
    assertThat(s.at("/cohenKappa/interpretation").asText()).isEqualTo("moderate agreement");
    assertThat(s.at("/brennanPrediger/value").asDouble()).isEqualTo(0.5);
    assertThat(run.err())
        .isEqualTo(
            "Reliability data: 4 units x 2 coders (a, b), nominal level;"
                + " 4 units rated by two or more\n");
    CliRun again = CliRun.in(tmp, "agree", "--table", "t.csv", "--format", "json");
    assertThat(again.out()).isEqualTo(run.out());
  }

  @Test
  void threeCodersHaveNoCohenOrScottAndIntervalLevelWorks() throws Exception {
    file("t3.csv", "unit,a,b,c\nu1,1,1,2\nu2,2,2,2\nu3,3,3,\nu4,1,2,1\n");
    CliRun run =
        CliRun.in(
            tmp,
            "agree",
            "--table",
            "t3.csv",
            "--level",
            "interval",
            "--format",
            "json",
            "--bootstrap",
            "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode s = JsonMapper.builder().build().readTree(run.out()).get("statistics");
    assertThat(s.get("cohenKappa").isNull()).isTrue();
    assertThat(s.get("scottPi").isNull()).isTrue();
    assertThat(s.at("/fleissKappa/value").isNumber()).isTrue();
    CliRun csv =
        CliRun.in(
            tmp,
            "agree",
            "--table",
            "t3.csv",
            "--level",
            "interval",
            "--format",
            "csv",
            "--bootstrap",
            "0",
            "-q");
    assertThat(csv.out())
        .startsWith(
            "statistic,value,se,ciLow,ciHigh,interpretation\n"
                + "percentAgreement,0.6667,0.1925,0.2895,1.0000,\n");
    assertThat(csv.out()).contains("\nkrippendorffAlpha,").doesNotContain("cohenKappa");
    assertThat(csv.err()).isEmpty();
    CliRun table =
        CliRun.in(
            tmp,
            "agree",
            "--table",
            "t3.csv",
            "--level",
            "interval",
            "--format",
            "table",
            "--bootstrap",
            "0");
    assertThat(table.out()).contains("Gwet's AC2").contains("Krippendorff's alpha");
  }

  @Test
  void theSameSeedGivesTheSameIntervals() throws Exception {
    StringBuilder rows = new StringBuilder("unit,a,b\n");
    for (int u = 0; u < 60; u++) {
      rows.append("u")
          .append(u)
          .append(',')
          .append("abc".charAt(u % 3))
          .append(',')
          .append("abc".charAt((u * 7 / 5) % 3))
          .append('\n');
    }
    file("t.csv", rows.toString());
    String a = CliRun.in(tmp, "agree", "--table", "t.csv", "--format", "csv", "--seed", "5").out();
    String b = CliRun.in(tmp, "agree", "--table", "t.csv", "--format", "csv", "--seed", "5").out();
    String c = CliRun.in(tmp, "agree", "--table", "t.csv", "--format", "csv", "--seed", "6").out();
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void badTablesExitThreeNamingTheLine() throws Exception {
    file("dup.csv", "unit,a,b\nu1,yes,yes\nu1,yes,no\n");
    file("one.csv", "unit,a\nu1,yes\n");
    file("word.csv", "unit,a,b\nu1,1,x\nu2,2,2\n");
    CliRun dup = CliRun.in(tmp, "agree", "--table", "dup.csv");
    assertThat(dup.exitCode()).isEqualTo(3);
    assertThat(dup.err())
        .isEqualTo(
            "tacit: dup.csv:3: unit \"u1\" appears again (first on line"
                + " 2); give each unit one row\n");
    assertThat(dup.out()).isEmpty();
    CliRun one = CliRun.in(tmp, "agree", "--table", "one.csv");
    assertThat(one.exitCode()).isEqualTo(3);
    assertThat(one.err()).contains("one.csv:1: the header has 1 coder column(s)");
    CliRun word = CliRun.in(tmp, "agree", "--table", "word.csv", "--level", "interval");
    assertThat(word.exitCode()).isEqualTo(3);
    assertThat(word.err()).contains("word.csv:2: coder \"b\": \"x\" is not a number");
    CliRun missing = CliRun.in(tmp, "agree", "--table", "nope.csv");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err())
        .isEqualTo(
            "tacit: nope.csv: no such file; give the reliability"
                + " table's path (a CSV: unit,CODER1,CODER2,...)\n");
  }

  @Test
  void writesToAFileWithDashO() throws Exception {
    file("t.csv", "unit,a,b\nu1,yes,yes\nu2,yes,no\nu3,no,no\nu4,no,no\n");
    CliRun run = CliRun.in(tmp, "agree", "--table", "t.csv", "-o", "out.csv", "--bootstrap", "0");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(tmp.resolve("out.csv"))).startsWith("statistic,value,se,");
  }
}
