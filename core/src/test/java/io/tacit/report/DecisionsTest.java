package io.tacit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.tacit.coding.consensus.Decision;
import io.tacit.coding.consensus.DecisionTrail;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionsTest {
  @Test
  void namesEachDecisionAfterTheCodersAndCountsTheUnsettled() {
    Decisions d =
        Decisions.of(
            "consensus/c-decisions.csv",
            new DecisionTrail.Summary(
                "lead",
                "second",
                Map.of(
                    Decision.FIRST, 2, Decision.SECOND, 1, Decision.BOTH, 1, Decision.NEITHER, 0),
                3,
                3,
                1));
    assertThat(d.byDecision())
        .containsExactly(entry("first", 2), entry("second", 1), entry("both", 1));
    assertThat(d.settled()).isEqualTo(4);
    assertThat(d.total()).isEqualTo(7);
    assertThat(d.rows())
        .extracting(Overview.Count::label)
        .containsExactly("kept as lead coded it", "kept as second coded it", "code kept (both)");
    assertThat(Methods.decisionText(d))
        .isEqualTo(
            "2 kept as lead coded them, 1 kept as second" + " coded it, 1 with the code kept");
  }

  @Test
  void markdownEscapesWhatWouldBreakATableOrBecomeMarkup() {
    assertThat(Templates.markdown("a | b *c* _d_ `e` [f] <g>\nh"))
        .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g> h");
  }
}
