package io.tacit.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.tacit.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantCsvTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsAttributesWithBomAndCrlf() {
    ParticipantTable t =
        ParticipantCsv.read(
            "p.csv",
            utf8(
                "\uFEFFid,Role,group,site\r\np02,peer support specialist,PSS,Riverside\r\np01,centre director,MHP,\"Riverside, north\"\r\n"));
    assertThat(t.columns()).containsExactly("role", "group", "site");
    assertThat(t.participants()).extracting(Participant::id).containsExactly("p01", "p02");
    assertThat(t.find("p01").orElseThrow().attributes())
        .containsExactly(
            entry("role", "centre director"),
            entry("group", "MHP"),
            entry("site", "Riverside, north"));
    assertThat(t.find("p01").orElseThrow().role()).contains("centre director");
  }

  @Test
  void reportsEveryDuplicateAndInvalidIdWithItsLine() {
    assertThatThrownBy(
            () -> ParticipantCsv.read("p.csv", utf8("id,role\np01,a\np02,b\np01,c\n../x,d\n")))
        .isInstanceOf(BadInputException.class)
        .satisfies(
            e ->
                assertThat(((BadInputException) e).problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "p.csv:4: participant \"p01\" is already on line 2; keep one row per participant",
                        "p.csv:5: participant id \"../x\" is not allowed: use 1 to 64 lowercase letters,"
                            + " digits, '-' or '_', starting with a letter or digit"));
  }

  @Test
  void refusesAFileWithoutAnIdColumn() {
    assertThatThrownBy(() -> ParticipantCsv.read("p.csv", utf8("name,role\nx,y\n")))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "p.csv:1: no \"id\" column in the header (name,role); the first row must name"
                + " the columns, e.g. id,role,group");
  }

  @Test
  void refusesUnbalancedQuotes() {
    assertThatThrownBy(
            () -> ParticipantCsv.read("p.csv", utf8("id,role\np01,\"case manager\np02,x\n")))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("p.csv: not readable as CSV")
        .hasMessageContaining("unbalanced quote");
  }

  @Test
  void mergeUpdatesAndAddsButNeverDrops() {
    ParticipantTable old =
        ParticipantCsv.read("a.csv", utf8("id,role,site\np01,director,A\np02,peer,B\n"));
    ParticipantTable incoming =
        ParticipantCsv.read(
            "b.csv",
            utf8("id,role,group\np02,peer support specialist,PSS\np03,case manager,MHP\n"));
    ParticipantTable merged = old.merge(incoming);
    assertThat(merged.columns()).containsExactly("role", "site", "group");
    assertThat(ParticipantCsv.write(merged))
        .isEqualTo(
            """
        id,role,site,group
        p01,director,A,
        p02,peer support specialist,B,PSS
        p03,case manager,,MHP
        """);
    assertThat(merged.participants())
        .extracting(Participant::id)
        .isEqualTo(List.of("p01", "p02", "p03"));
  }
}
