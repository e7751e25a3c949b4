package io.tacit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.tacit.BadInputException;
import org.junit.jupiter.api.Test;

class DecisionsTest {
  private static final String HEADER = "unit,code,lead,second,decision,decided_by,reason,text\n";

  @Test
  void talliesDecisionsWithCoderIdsAsFirstOrSecondAndBlanksAsUnsettled() {
    Decisions d = Decisions.read("consensus/c-decisions.csv", "\uFEFF" + HEADER
        + "p01:t2,transport,1,0,first,Ana,yes,\"Bus, mostly\"\n"
        + "p01:t4,housing,0,1,SECOND,Ana,,x\n"
        + "p02:t2,housing,1,0,lead,Sam,,x\n"
        + "p02:t4,care-plan,0,1,both,,,x\n"
        + "p03:t2,care-plan,0,1,,,,x\n");
    assertThat(d.first()).isEqualTo("lead");
    assertThat(d.second()).isEqualTo("second");
    assertThat(d.byDecision()).containsExactly(entry("both", 1), entry("first", 2),
        entry("second", 1));
    assertThat(d.byDecider()).containsEntry("Ana", 2).containsEntry("Sam", 1)
        .containsEntry("(not recorded)", 1);
    assertThat(d.unsettled()).isEqualTo(1);
    assertThat(d.total()).isEqualTo(5);
    assertThat(d.rows()).extracting(Overview.Count::label)
        .containsExactly("kept both codings", "kept as lead coded it", "kept as second coded it");
  }

  @Test
  void refusesAnUnknownDecisionAtItsLineAndASheetWithAnotherHeader() {
    assertThatThrownBy(() -> Decisions.read("d.csv", HEADER + "p01:t2,x,1,0,maybe,,,\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("d.csv:2")
        .hasMessageContaining("unknown decision \"maybe\"");
    assertThatThrownBy(() -> Decisions.read("d.csv", "doc,start,end,code\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("not a consensus decisions");
  }

  @Test
  void markdownEscapesWhatWouldBreakATableOrBecomeMarkup() {
    assertThat(Templates.markdown("a | b *c* _d_ `e` [f] <g>\nh"))
        .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g> h");
  }
}
