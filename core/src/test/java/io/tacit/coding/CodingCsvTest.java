package io.tacit.coding;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.text.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodingCsvTest {
  private static final Instant T = Instant.parse("2026-11-23T17:20:00.750Z");

  @Test
  void writesSortedByDocThenOffsetsAsNumbersWithMinimalQuoting() {
    String text =
        CodingCsv.write(
            List.of(
                new Coding("lead", "p02", Span.of(0, 4), "cost", "", T),
                new Coding("lead", "p01", Span.of(10, 20), "cost", "said \"no\", then\nleft", T),
                new Coding("lead", "p01", Span.of(9, 30), "cost", "", T),
                new Coding("lead", "p01", Span.of(9, 12), "barriers", "", T)));
    assertThat(text)
        .isEqualTo(
            "doc,start,end,code,memo,created\n"
                + "p01,9,12,barriers,,2026-11-23T17:20:00Z\n"
                + "p01,9,30,cost,,2026-11-23T17:20:00Z\n"
                + "p01,10,20,cost,\"said \"\"no\"\", then\nleft\",2026-11-23T17:20:00Z\n"
                + "p02,0,4,cost,,2026-11-23T17:20:00Z\n");
    CodingTable back = CodingTable.read("coding/lead.csv", text);
    assertThat(back.memo(back.rows().get(2))).isEqualTo("said \"no\", then\nleft");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      2026-11-23T17:20:00Z,          2026-11-23T17:20:00Z
      2026-11-23T17:20:00.999Z,      2026-11-23T17:20:00Z
      2026-11-23T18:20:00+01:00,     2026-11-23T17:20:00Z
      2026-11-23T17:20:00,           2026-11-23T17:20:00Z
      2026-11-23 17:20:00,           2026-11-23T17:20:00Z
      2026-11-23,                    2026-11-23T00:00:00Z
      """)
  void readsTimesAsPeopleAndToolsWriteThem(String text, String expected) {
    assertThat(CodingCsv.parseCreated(text)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"t", "yesterday", "23/11/2026", "2026-13-01"})
  void refusesWhatIsNotATime(String text) {
    assertThat(CodingCsv.parseCreated(text)).isEmpty();
  }
}
