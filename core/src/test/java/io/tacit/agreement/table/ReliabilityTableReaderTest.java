package io.tacit.agreement.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.agreement.Agreement;
import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.Level;
import io.tacit.agreement.ReliabilityData;
import io.tacit.agreement.Statistic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityTableReaderTest {

  @TempDir Path dir;

  private Path file(String content) throws IOException {
    Path file = dir.resolve("agree.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private ReliabilityTable read(String content, Level level) throws IOException {
    return ReliabilityTableReader.read(file(content), level);
  }

  private List<String> problems(String content, Level level) {
    try {
      read(content, level);
    } catch (BadInputException e) {
      return e.problems().stream()
          .map(Problem::toString)
          .map(p -> p.replace(dir.resolve("agree.csv").toString(), "agree.csv"))
          .toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem found");
  }

  @Test
  void readsLabelsSkippingTheByteOrderMarkWithBlanksAsMissing() throws IOException {
    ReliabilityTable table =
        read(
            "\uFEFFunit,lead,second\np01:t1,referral,care-plan\n"
                + "p01:t2,,referral\n\np01:t3, care-plan ,\n",
            Level.NOMINAL);
    ReliabilityData data = table.data();
    assertThat(table.unitIds()).containsExactly("p01:t1", "p01:t2", "p01:t3");
    assertThat(data.coderNames()).containsExactly("lead", "second");
    assertThat(data.categories()).containsExactly("care-plan", "referral");
    assertThat(data.rating(0, 0)).isEqualTo(1);
    assertThat(data.rating(1, 0)).isEqualTo(ReliabilityData.MISSING);
    assertThat(data.rating(2, 0)).isEqualTo(0);
    assertThat(data.rating(2, 1)).isEqualTo(ReliabilityData.MISSING);
    assertThat(data.isNumeric()).isFalse();
  }

  @Test
  void ordersNumericCategoriesByValueAndMergesEqualNumbers() throws IOException {
    ReliabilityData data =
        read("unit,a,b\nu1,10,2\nu2,1.0,1\nu3,-0.5,1e1\n", Level.INTERVAL).data();
    assertThat(data.categories()).containsExactly("-0.5", "1", "2", "10");
    assertThat(data.values())
        .hasValueSatisfying(v -> assertThat(v).containsExactly(-0.5, 1, 2, 10));
    assertThat(data.rating(1, 0)).isEqualTo(data.rating(1, 1));
    assertThat(data.rating(2, 1)).isEqualTo(3);
  }

  @Test
  void readsQuotedCells() throws IOException {
    ReliabilityData data =
        read("unit,\"coder, first\",second\n\"u,1\",\"a \"\"b\"\"\",c\n", Level.NOMINAL).data();
    assertThat(data.coderNames()).containsExactly("coder, first", "second");
    assertThat(data.categories()).containsExactly("a \"b\"", "c");
  }

  @Test
  void computesKrippendorffsExampleFromAFile() throws IOException {
    ReliabilityTable table =
        read(
            """
            unit,A,B,C,D
            1,1,1,,1
            2,2,2,3,2
            3,3,3,3,3
            4,3,3,3,3
            5,2,2,2,2
            6,1,2,3,4
            7,4,4,4,4
            8,1,1,2,1
            9,2,2,2,2
            10,,5,5,5
            11,,,1,1
            12,,3,,
            """,
            Level.INTERVAL);
    double alpha =
        Agreement.estimate(
                Statistic.KRIPPENDORFF_ALPHA, table.data(), Level.INTERVAL, Bootstrap.OFF)
            .orElseThrow()
            .value();
    assertThat(alpha).isCloseTo(0.849, within(0.0005));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(problems("", Level.NOMINAL))
        .containsExactly(
            "agree.csv: the file is empty; start it with a header line unit,CODER1,CODER2,...");
  }

  @Test
  void refusesFewerThanTwoCoderColumns() {
    assertThat(problems("unit,lead\nu1,a\n", Level.NOMINAL))
        .containsExactly(
            "agree.csv:1: the header has 1 coder column(s); a reliability table needs a unit column"
                + " and at least two coder columns: unit,CODER1,CODER2");
  }

  @Test
  void refusesAHeaderWithoutUnits() {
    assertThat(problems("unit,a,b\n", Level.NOMINAL))
        .singleElement()
        .asString()
        .startsWith("agree.csv:1: no units below the header");
  }

  @Test
  void refusesRepeatedCoderNames() {
    assertThat(problems("unit,lead,lead\nu1,a,b\n", Level.NOMINAL))
        .containsExactly(
            "agree.csv:1: coder \"lead\" names columns 2 and 3; give each coder one column");
  }

  @Test
  void namesBothLinesOfARepeatedUnit() {
    assertThat(problems("unit,a,b\nu1,x,y\nu2,x,x\nu1,y,y\n", Level.NOMINAL))
        .containsExactly(
            "agree.csv:4: unit \"u1\" appears again (first on line 2); give each unit one row");
  }

  @Test
  void reportsProblemsInLineOrder() {
    assertThat(problems("unit,a,b\nu1,x,y\nu1,x,y\nu2,x\n", Level.NOMINAL))
        .extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly("agree.csv:3", "agree.csv:4");
  }

  @Test
  void refusesRaggedRows() {
    assertThat(problems("unit,a,b\nu1,x\nu2,x,y,z\n", Level.NOMINAL))
        .containsExactly(
            "agree.csv:2: this row has 2 cells, the header 3; give every row a unit id and one cell"
                + " per coder (a blank cell where a coder did not code the unit)",
            "agree.csv:3: this row has 4 cells, the header 3; give every row a unit id and one cell"
                + " per coder (a blank cell where a coder did not code the unit)");
  }

  @Test
  void namesTheCellThatIsNotANumber() {
    assertThat(problems("unit,lead,second\nu1,1,2\nu2,3,NA\nu3,NA,NaN\n", Level.INTERVAL))
        .containsExactly(
            "agree.csv:3: coder \"second\": \"NA\" is not a number; at the interval level every"
                + " rating must be a number (leave the cell blank where a coder did not code the"
                + " unit) (1 more cells say \"NA\")",
            "agree.csv:4: coder \"second\": \"NaN\" is not a number; at the interval level every"
                + " rating must be a number (leave the cell blank where a coder did not code the"
                + " unit)");
  }

  @Test
  void refusesLabelsAtTheOrdinalLevel() {
    assertThat(problems("unit,a,b\nu1,low,high\n", Level.ORDINAL))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("at the ordinal level ratings must be numbers"));
  }

  @Test
  void refusesNegativeRatios() {
    assertThat(problems("unit,a,b\nu1,2,-1\n", Level.RATIO))
        .singleElement()
        .asString()
        .contains("coder \"b\": \"-1\" is negative");
  }

  @Test
  void reportsAnUnclosedQuote() {
    assertThat(problems("unit,a,b\nu1,\"x,y\nu2,a,b\n", Level.NOMINAL))
        .singleElement()
        .asString()
        .contains("a quoted cell is not closed");
  }

  @Test
  void reportsEveryProblemAtOnceUpToACap() {
    StringBuilder csv = new StringBuilder("unit,a,b\n");
    for (int i = 0; i < 80; i++) {
      csv.append("u,x,y\n");
    }
    List<String> problems = problems(csv.toString(), Level.NOMINAL);
    assertThat(problems).hasSize(51);
    assertThat(problems.get(50))
        .isEqualTo("agree.csv: stopped after 50 problems; fix these and read the file again");
  }
}
