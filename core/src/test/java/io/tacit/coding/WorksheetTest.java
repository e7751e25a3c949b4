package io.tacit.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorksheetTest {
  private static final Instant T = Instant.parse("2026-11-23T17:20:00Z");
  private static final Transcript P01 =
      TestTranscripts.of(
          "p01",
          "Why?",
          "Because we \u201Ccare\u201D.\nA lot.",
          "And?",
          "= all of it, with the team",
          "Ok.",
          "Yes.");
  private static final Map<String, Transcript> ALL = Map.of("p01", P01);
  private static final Set<String> CODES = Set.of("cost", "helps");

  private static Span turn(int n) {
    return P01.turn(n).span();
  }

  private static String export(List<Coding> codings) {
    return Worksheet.export(
        List.of(P01), UnitType.TURN, Map.of("p01", "nurse"), List.of("cost", "helps"), codings);
  }

  private static WorksheetMarks read(String text) {
    return WorksheetMarks.read(
        "sheet.csv",
        text.getBytes(StandardCharsets.UTF_8),
        CODES,
        id -> Optional.ofNullable(ALL.get(id)));
  }

  @Test
  void exportsOneRowPerParticipantUnitMarkedWhereACodingCoversIt() {
    String sheet =
        export(
            List.of(
                new Coding("lead", "p01", turn(2), "cost", "", T),
                new Coding("lead", "p01", Span.of(turn(4).start(), turn(6).end()), "helps", "", T),
                new Coding(
                    "lead", "p01", Span.of(turn(2).start(), turn(2).start() + 3), "helps", "", T)));
    assertThat(sheet)
        .isEqualTo(
            "\uFEFFunit,participant,role,text,cost,helps\r\n"
                + "p01:t2,p01,nurse,\"Because we \u201Ccare\u201D.\nA lot.\",1,\r\n"
                + "p01:t4,p01,nurse,\"'= all of it, with the team\",,1\r\n"
                + "p01:t6,p01,nurse,Yes.,,1\r\n");
  }

  @Test
  void survivesAnExcelRoundTrip() {
    // What Excel saves: BOM, CRLF, the quoted newline kept, straight quotes typed over curly
    // ones, the formula guard kept, trailing empty columns and an empty row.
    String back =
        "\uFEFFunit,participant,role,text,cost,helps,,\r\n"
            + "p01:t2,p01,nurse,\"Because we \"\"care\"\".\r\nA  lot.\",,x,,\r\n"
            + ",,,,,,,\r\n"
            + "p01:t4,p01,nurse,\"'= all of it, with the team\",\u2713,TRUE,,\r\n"
            + "p01:t6,p01,nurse,Yes.,,,,\r\n"
            + "\r\n";
    WorksheetMarks marks = read(back);
    assertThat(marks.codes()).containsExactly("cost", "helps");
    assertThat(marks.rows())
        .extracting(r -> r.unit().id().toString() + " " + r.line() + " " + r.marks())
        .containsExactly(
            "p01:t2 2 {cost=false, helps=true}",
            "p01:t4 5 {cost=true, helps=true}",
            "p01:t6 6 {cost=false, helps=false}");
  }

  @Test
  void readsSemicolonSeparatedSheets() {
    WorksheetMarks marks = read("unit;participant;role;text;cost\np01:t6;p01;nurse;Yes.;1\n");
    assertThat(marks.rows().get(0).marks()).containsEntry("cost", true);
  }

  @Test
  void refusesChangedTextUnknownUnitsAndColumnsAndOddMarksAllAtOnce() {
    String bad =
        "unit,participant,role,text,cost,care-plan\n"
            + "p01:t2,p01,nurse,Because we care a lot.,1,\n"
            + "p01:t9,p01,nurse,Who?,,\n"
            + "p01:t6,p01,nurse,Yes.,maybe,\n"
            + "p01:t1,p01,nurse,Why?,,\n"
            + "p01:t6,p01,nurse,Yes.,,\n"
            + "p02:t2,p02,,Hi.,,\n";
    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(BadInputException.class)
        .extracting(
            e -> ((BadInputException) e).problems().stream().map(Problem::location).toList())
        .asList()
        .containsExactly(
            "sheet.csv:1",
            "sheet.csv:2",
            "sheet.csv:3",
            "sheet.csv:4",
            "sheet.csv:5",
            "sheet.csv:6",
            "sheet.csv:7");
  }

  @Test
  void changesAddMarkedUnitsAndRemoveClearedWholeUnitCodingsOnly() {
    Coding whole = new Coding("lead", "p01", turn(2), "cost", "", T);
    Coding longer =
        new Coding("lead", "p01", Span.of(turn(4).start(), turn(6).end()), "helps", "", T);
    Coding partial =
        new Coding("lead", "p01", Span.of(turn(6).start(), turn(6).start() + 2), "cost", "", T);
    WorksheetMarks marks =
        read(
            "unit,text,cost,helps\n"
                + "p01:t2,\"Because we \u201Ccare\u201D. A lot.\",,\n"
                + "p01:t4,\"= all of it, with the team\",x,\n"
                + "p01:t6,Yes.,,1\n");
    WorksheetChanges c =
        WorksheetChanges.of(marks, "lead", List.of(whole, longer, partial), T.plusSeconds(60));
    assertThat(c.removed()).containsExactly(whole);
    assertThat(c.added())
        .containsExactly(new Coding("lead", "p01", turn(4), "cost", "", T.plusSeconds(60)));
    assertThat(c.notes()).singleElement().asString().startsWith("p01:t4 helps: cleared, but");
    assertThat(c.kept()).containsExactlyInAnyOrder(longer, partial, c.added().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "x", "X", "yes", "Y", "true", "TRUE", "\u2713", "\u2714", " x "})
  void marks(String cell) {
    assertThat(Worksheet.mark(cell)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "0", "no", "FALSE"})
  void clearedCells(String cell) {
    assertThat(Worksheet.mark(cell)).contains(false);
  }
}
