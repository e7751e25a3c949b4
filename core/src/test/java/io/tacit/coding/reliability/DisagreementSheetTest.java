package io.tacit.coding.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.coding.Coding;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adjudication sheet of {@link UnitDecisionsTest}'s study. */
class DisagreementSheetTest {
  @Test
  void oneRowPerDisagreementByUnitThenCodeWithBlankDecisions() {
    assertThat(DisagreementSheet.write(UnitDecisionsTest.decisions(0)))
        .isEqualTo(
            """
        unit,code,x,y,decision,decided_by,reason,text
        a:t4,care,yes,no,,,,bbbbbbbbbb
        a:t6,care,no,yes,,,,cccccccccc
        a:t6,ride,yes,no,,,,cccccccccc
        b:t4,ride,no,yes,,,,eeeeeeeeee
        """);
  }

  @Test
  void quotesTextWithCommasQuotesAndLineBreaks() {
    Transcript t = Fixture.transcript("q", "Q?", "He said \"no\",\nthen left.");
    List<Coding> codings =
        List.of(Fixture.turn("x", t, 2, "care"), Fixture.coding("y", "q", 0, 1, "care"));
    UnitDecisions d =
        UnitDecisions.of(
            Fixture.set(codings, t), Selection.of(List.of("x", "y"), UnitType.TURN), 1);
    assertThat(DisagreementSheet.write(d))
        .isEqualTo(
            "unit,code,x,y,decision,decided_by,reason,text\n"
                + "q:t2,care,yes,no,,,,\"He said \"\"no\"\",\nthen left.\"\n");
  }

  @Test
  void threeCodersGetAColumnEachAndReservedNamesAreRefused() {
    assertThat(DisagreementSheet.header(List.of("a", "b", "c")))
        .containsExactly("unit", "code", "a", "b", "c", "decision", "decided_by", "reason", "text");
    assertThatThrownBy(() -> DisagreementSheet.header(List.of("a", "reason")))
        .hasMessageContaining("column");
  }
}
