package io.tacit.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.Span;
import org.junit.jupiter.api.Test;

class CodingTableTest {
  private static final String HEADER = "doc,start,end,code,memo,created\n";

  @Test
  void rowsKnowTheLineTheyStartOnWhenAMemoSpansLines() {
    CodingTable t =
        CodingTable.read(
            "coding/lead.csv",
            HEADER
                + "p01,0,5,cost,\"two\nlines\",2026-01-01T00:00:00Z\n"
                + "\n"
                + "p01,9,12,cost,,2026-01-01T00:00:00Z\n");
    assertThat(t.rows()).extracting(CodingTable.Row::line).containsExactly(2L, 5L);
    assertThat(t.memo(t.rows().get(0))).isEqualTo("two\nlines");
    assertThat(t.rows().get(1).span()).isEqualTo(Span.of(9, 12));
    assertThat(t.where(t.rows().get(1))).isEqualTo("coding/lead.csv:5");
  }

  @Test
  void readsWhatSpreadsheetsWrite() {
    CodingTable t =
        CodingTable.read(
            "in.csv",
            "\uFEFFDoc, Start ,END,Code,,\r\n" + "p01,0,5,cost,,\r\n,,,,,\r\np02, 3 ,7,cost\r\n");
    assertThat(t.header()).containsExactly("doc", "start", "end", "code");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).span()).isEqualTo(Span.of(3, 7));
    assertThat(t.memo(t.rows().get(1))).isEmpty();
    assertThat(t.lineEnd()).isEqualTo("\r\n");
  }

  @Test
  void anEmptyFileHasNoCodings() {
    assertThat(CodingTable.read("coding/lead.csv", "").rows()).isEmpty();
  }

  @Test
  void reportsEveryBadRowWithItsLine() {
    assertThatThrownBy(
            () ->
                CodingTable.read(
                    "in.csv",
                    HEADER
                        + "p01,x,5,cost,,\n"
                        + "p01,-3,5,cost,,\n"
                        + "p01,5,5,cost,,\n"
                        + "p01,9,4,cost,,\n"
                        + "p01,1\n"
                        + "p01,1,2,cost,,,extra\n"
                        + "p01,1,2,cost,,\n"))
        .isInstanceOf(BadInputException.class)
        .extracting(
            e -> ((BadInputException) e).problems().stream().map(Problem::toString).toList())
        .asList()
        .containsExactly(
            "in.csv:2: start \"x\" is not a whole number; fix the row",
            "in.csv:3: start -3 is negative; offsets count code points from 0, the start of the"
                + " transcript",
            "in.csv:4: end 5 is not after start 5; a coding covers at least one character"
                + " (offsets are half-open: start <= x < end)",
            "in.csv:5: end 4 is not after start 9; a coding covers at least one character"
                + " (offsets are half-open: start <= x < end)",
            "in.csv:6: this row has 2 cells but the header has 6; fix the row",
            "in.csv:7: this row has 7 cells but the header has 6; fix the row");
  }

  @Test
  void refusesAHeaderWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> CodingTable.read("in.csv", "doc,offset,code\np01,3,cost\n"))
        .hasMessage(
            "in.csv:1: the header lacks start, end; a coding file starts with"
                + " doc,start,end,code,memo,created");
  }

  @Test
  void anUnbalancedQuoteIsReportedWithItsLine() {
    assertThatThrownBy(
            () ->
                CodingTable.read(
                    "in.csv", HEADER + "p01,0,5,cost,,t\n" + "p01,0,5,cost,\"open,t\n"))
        .hasMessageStartingWith("in.csv:")
        .hasMessageContaining("not readable as CSV")
        .hasMessageEndingWith("check for an unbalanced quote");
  }

  @Test
  void recodeKeepsOtherColumnsAndLineEndsAndMergesRowsThatBecomeTheSame() {
    CodingTable t =
        CodingTable.read(
            "coding/lead.csv",
            "doc,start,end,code,memo,created,extra\r\n"
                + "p01,10,20,a,one,2026-01-02T00:00:00Z,k\r\n"
                + "p01,10,20,b,two,2026-01-01T00:00:00Z,k\r\n"
                + "p01,9,20,a,,2026-01-01T00:00:00Z,k\r\n");
    CodingTable.Recoded r = t.recode("a", "b").orElseThrow();
    assertThat(r.recoded()).isEqualTo(2);
    assertThat(r.dropped()).isEqualTo(1);
    assertThat(r.text())
        .isEqualTo(
            "doc,start,end,code,memo,created,extra\r\n"
                + "p01,9,20,b,,2026-01-01T00:00:00Z,k\r\n"
                + "p01,10,20,b,two | one,2026-01-01T00:00:00Z,k\r\n");
    assertThat(t.recode("c", "b")).isEmpty();
  }
}
