package io.tacit.cli.command;

import io.tacit.coding.consensus.ConsensusResult;
import io.tacit.coding.consensus.Decision;
import io.tacit.coding.reliability.DisagreementSheet;
import io.tacit.coding.reliability.Selection;
import io.tacit.project.CoderComparison;
import io.tacit.project.Project;
import io.tacit.report.AgreementSection;
import io.tacit.transcript.UnitType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's reliability steps, as {@code tacit agree --coders lead,second --disagreements
 * disagreements.csv} and {@code tacit consensus --coders lead,second --as consensus --decisions
 * FILE} do them: agreement on the double-coded transcripts, the adjudication sheet, and the
 * consensus coding settled by the sample's filled-in decisions sheet.
 */
final class DemoAgreement {
  static final String SHEET = "disagreements.csv";
  static final String DECISIONS = "coding/decisions.csv";

  private DemoAgreement() {}

  static void run(Project project, Path sources, DemoCommand.Steps steps) {
    long t = System.nanoTime();
    Selection pair = Selection.of(List.of("lead", "second"), UnitType.TURN);
    CoderComparison compared = CoderComparison.load(project, pair);
    io.tacit.project.AtomicFiles.write(
        project.resolve(SHEET), DisagreementSheet.write(compared.decisions()));
    AgreementSection a =
        project
            .reports()
            .agreement()
            .orElseThrow(
                () ->
                    new IllegalStateException("the sample study has no double-coded transcripts"));
    steps.step(
        "agree",
        String.format(
            Locale.ROOT,
            "%s vs %s on %s transcripts (%d %ss, %d"
                + " codes): Krippendorff's alpha %s, pooled kappa %s; %d disagreements listed in %s",
            a.first(),
            a.second(),
            a.share(),
            a.units(),
            a.unit(),
            a.codes().size(),
            a.alpha().cell(),
            a.pooledKappa().cell(),
            compared.decisions().disagreements().size(),
            SHEET),
        t);

    t = System.nanoTime();
    ConsensusResult c =
        project
            .consensus()
            .build(pair, "consensus", Optional.of(sources.resolve(DECISIONS)), false, true);
    List<String> ways = new ArrayList<>();
    for (Decision d : Decision.values()) {
      ways.add(c.settled().get(d) + " " + d.key());
    }
    steps.step(
        "consensus",
        c.codings().size()
            + " codings as coder consensus: "
            + c.agreed()
            + " agreed, "
            + c.settledCount()
            + " disagreements settled by "
            + DECISIONS
            + " ("
            + String.join(", ", ways)
            + "), "
            + c.unsettled().size()
            + " unsettled; audit trail"
            + " consensus/consensus-decisions.csv",
        t);
  }
}
