package io.tacit.coding.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.coding.reliability.Fixture;
import io.tacit.coding.reliability.Selection;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.coding.reliability.UnitDecisionsTest;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The study {@link UnitDecisionsTest} works by hand, x first and y second. Disagreements, in sheet
 * order: a:t4 care (x only), a:t6 care (y only), a:t6 ride (x only), b:t4 ride (y only); both
 * applied care to a:t2 and ride to b:t2; x alone coded transcript c (care on c:t2).
 */
class ConsensusMergeTest {
  static final String SHEET =
      """
      unit,code,x,y,decision,decided_by,reason,text
      a:t4,care,yes,no,second,RK,"Only mentions care in passing, no coordination",bbbbbbbbbb
      a:t6,care,no,yes,keep both,RK and JL,Clear care coordination,cccccccccc
      a:t6,ride,yes,no,,,,cccccccccc
      b:t4,ride,no,yes,y,JL,Transport is the topic,eeeeeeeeee
      a:t2,care,yes,yes,first,RK,,aaaaaaaaaa
      """;

  static UnitDecisions decisions() {
    return UnitDecisions.of(
        UnitDecisionsTest.study(),
        new Selection(List.of("x", "y"), UnitType.TURN, Set.of(), Set.of(), 0),
        3);
  }

  static DecisionSheet sheet(String text) {
    ProblemList problems = new ProblemList();
    DecisionSheet sheet = DecisionSheet.read("sheet.csv", text, "x", "y", UnitType.TURN, problems);
    problems.throwIfAny();
    return sheet;
  }

  @Test
  void agreedCodesGoInAndTheSheetSettlesTheRest() {
    ConsensusResult r =
        ConsensusMerge.merge(UnitDecisionsTest.study(), decisions(), sheet(SHEET), "team");

    assertThat(r.codings())
        .extracting(c -> c.doc() + ":" + c.span().start() + "-" + c.span().end() + " " + c.code())
        .containsExactly(
            "a:" + span(UnitDecisionsTest.A, 2) + " care",
            "a:" + span(UnitDecisionsTest.A, 6) + " care",
            "b:" + span(UnitDecisionsTest.B, 2) + " ride",
            "b:" + span(UnitDecisionsTest.B, 4) + " ride",
            "c:" + span(UnitDecisionsTest.C, 2) + " care");
    assertThat(r.codings())
        .allSatisfy(
            c -> {
              assertThat(c.coder()).isEqualTo("team");
              assertThat(c.created()).isEqualTo(Fixture.T);
            });
    assertThat(r.compared()).containsExactly("a", "b");
    assertThat(r.agreed()).isEqualTo(2);
    assertThat(r.settled())
        .containsEntry(Decision.SECOND, 2)
        .containsEntry(Decision.BOTH, 1)
        .containsEntry(Decision.FIRST, 0)
        .containsEntry(Decision.NEITHER, 0);
    assertThat(r.settledCount()).isEqualTo(3);
    assertThat(r.unsettled())
        .extracting(d -> d.unit().id() + " " + d.code())
        .containsExactly("a:t6 ride");
    assertThat(r.stale())
        .extracting(s -> s.unit() + " " + s.code() + " @" + s.line())
        .containsExactly("a:t2 care @6");
    assertThat(r.carriedOver()).containsExactly("c");
  }

  @Test
  void trailRecordsEveryDisagreementAndWhatBecameOfIt() {
    ConsensusResult r =
        ConsensusMerge.merge(UnitDecisionsTest.study(), decisions(), sheet(SHEET), "team");

    assertThat(DecisionTrail.write(r))
        .isEqualTo(
            """
        unit,code,x,y,decision,decided_by,reason,outcome
        a:t4,care,yes,no,second,RK,"Only mentions care in passing, no coordination",not coded
        a:t6,care,no,yes,both,RK and JL,Clear care coordination,coded
        a:t6,ride,yes,no,,,,unsettled
        b:t4,ride,no,yes,second,JL,Transport is the topic,coded
        """);
    DecisionTrail.Summary summary = DecisionTrail.summarize("t.csv", DecisionTrail.write(r));
    assertThat(summary.first()).isEqualTo("x");
    assertThat(summary.second()).isEqualTo("y");
    assertThat(summary.byDecision())
        .containsEntry(Decision.SECOND, 2)
        .containsEntry(Decision.BOTH, 1);
    assertThat(summary.coded()).isEqualTo(2);
    assertThat(summary.notCoded()).isEqualTo(1);
    assertThat(summary.unsettled()).isEqualTo(1);
    assertThat(summary.disagreements()).isEqualTo(4);
  }

  @Test
  void withoutASheetOnlyAgreementsAndCarriedOverTranscriptsGoIn() {
    ConsensusResult r =
        ConsensusMerge.merge(UnitDecisionsTest.study(), decisions(), DecisionSheet.empty(), "team");

    assertThat(r.codings()).extracting(Coding::code).containsExactly("care", "ride", "care");
    assertThat(r.unsettled()).hasSize(4);
    assertThat(r.settledCount()).isZero();
  }

  @Test
  void decisionsReadAsTeamsWriteThem() {
    assertThat(Decision.parse("First", "lead", "second")).contains(Decision.FIRST);
    assertThat(Decision.parse(" keep second ", "lead", "second")).contains(Decision.SECOND);
    assertThat(Decision.parse("keep-lead", "lead", "second")).contains(Decision.FIRST);
    assertThat(Decision.parse("NEITHER", "lead", "second")).contains(Decision.NEITHER);
    assertThat(Decision.parse("maybe", "lead", "second")).isEmpty();
    assertThat(Decision.BOTH.keeps(false, true)).isTrue();
    assertThat(Decision.NEITHER.keeps(true, true)).isFalse();
    assertThat(Decision.FIRST.keeps(false, true)).isFalse();
    assertThat(Decision.SECOND.keeps(false, true)).isTrue();
  }

  @Test
  void everyProblemInASheetIsReportedAtItsLine() {
    ProblemList problems = new ProblemList();
    ThrowingCallable read =
        () -> {
          DecisionSheet.read(
              "sheet.csv",
              """
        unit,code,x,y,decision
        a:t4,care,yes,no,maybe
        a:s6,care,no,yes,both
        p01 turn 3,care,no,yes,both
        a:t6,,no,yes,both
        b:t4,ride,no,yes,first
        b:t4,ride,no,yes,second
        """,
              "x",
              "y",
              UnitType.TURN,
              problems);
          problems.throwIfAny();
        };

    assertThatThrownBy(read)
        .hasMessageContaining(
            "sheet.csv:2: decision \"maybe\" is not one of first, second, both,"
                + " neither, x or y")
        .hasMessageContaining("sheet.csv:3: unit a:s6 is a sentence but this consensus is by turn")
        .hasMessageContaining("sheet.csv:4: unit \"p01 turn 3\" is not a unit id such as p01:t3")
        .hasMessageContaining("sheet.csv:5: the code is blank")
        .hasMessageContaining("sheet.csv:7: b:t4 ride was already decided at line 6");
  }

  @Test
  void aSheetWithoutTheColumnsIsRefused() {
    ProblemList problems = new ProblemList();
    DecisionSheet.read(
        "sheet.csv", "unit,code,x,y\na:t4,care,yes,no\n", "x", "y", UnitType.TURN, problems);
    assertThatThrownBy(problems::throwIfAny)
        .hasMessageContaining("sheet.csv:1: the header lacks decision");
  }

  private static String span(Transcript t, int turn) {
    return t.turn(turn).span().start() + "-" + t.turn(turn).span().end();
  }
}
