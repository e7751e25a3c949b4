package io.tacit.cli.command.agree;

import io.tacit.BadInputException;
import io.tacit.agreement.Bootstrap;
import io.tacit.cli.ExitCodes;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputFormat;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.coding.reliability.CharAgreement;
import io.tacit.coding.reliability.CodeReliability;
import io.tacit.coding.reliability.DisagreementSheet;
import io.tacit.coding.reliability.Selection;
import io.tacit.coding.reliability.SpanAgreement;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.coding.reliability.UnitReliability;
import io.tacit.project.AtomicFiles;
import io.tacit.project.CoderComparison;
import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code tacit agree --coders}, and the run: compare, print, then apply the {@code
 * --min-alpha} gate. The gate fails when overall alpha or any code's alpha is below the minimum
 * (codes whose alpha is undefined do not fail it); the figures are printed either way.
 */
final class CodersOptions {
  /** MAXQDA's default tolerance for matching segments. */
  static final double DEFAULT_SPAN_OVERLAP = 0.9;

  @Option(
      names = "--unit",
      paramLabel = "turn|sentence|char|span",
      description =
          "With"
              + " --coders: participant turns or sentences (default: the unit in tacit.yaml, else turn);"
              + " char: NVivo-style characters (uncoded text counts as agreement); span: MAXQDA-style"
              + " matching of coded segments.")
  @Nullable AgreeUnit unit;

  @Option(
      names = "--docs",
      paramLabel = "ID,...",
      split = ",",
      hideParamSyntax = true,
      description = "With --coders: only these transcripts (of those every coder coded).")
  @Nullable List<String> docs;

  @Option(
      names = "--codes",
      paramLabel = "ID,...",
      split = ",",
      hideParamSyntax = true,
      description = "With --coders: only these codes.")
  @Nullable List<String> codes;

  @Option(
      names = "--min-overlap",
      paramLabel = "F",
      description =
          "With --coders: the share of"
              + " a unit a coder's codings of a code must cover for the code to count (0 to 1; default:"
              + " 0, any overlap); with --unit span, the overlap over the longer segment for two segments"
              + " to match (default: 0.9).")
  @Nullable Double minOverlap;

  @Option(
      names = "--min-alpha",
      paramLabel = "X",
      description =
          "With --coders: quality gate;"
              + " exit 4 if overall alpha or any code's alpha is below X.")
  @Nullable Double minAlpha;

  @Option(
      names = "--disagreements",
      paramLabel = "FILE",
      description =
          "With --coders: write"
              + " an adjudication sheet (CSV) of every unit and code the coders differ on.")
  @Nullable Path disagreements;

  @Option(
      names = "--force",
      description =
          "Replace an existing --disagreements file (it may" + " hold the team's decisions).")
  boolean force;

  boolean given() {
    return unit != null
        || docs != null
        || codes != null
        || minOverlap != null
        || minAlpha != null
        || disagreements != null
        || force;
  }

  int run(
      CommandSpec spec,
      TacitCommand tacit,
      OutputOptions output,
      List<String> coders,
      Bootstrap bootstrap,
      Messages messages) {
    check(spec, coders);
    Path sheet = disagreements == null ? null : tacit.workingDir().resolve(disagreements);
    if (sheet != null) {
      checkSheet(sheet, coders);
    }
    Project project = tacit.project();
    AgreeUnit what =
        unit != null ? unit : AgreeUnit.valueOf(project.settings().unit().toUpperCase(Locale.ROOT));
    UnitType type = what.unitType().orElse(UnitType.TURN);
    double laid = what.unitType().isPresent() && minOverlap != null ? minOverlap : 0;
    Selection selection =
        new Selection(
            coders,
            type,
            Set.copyOf(docs == null ? List.of() : docs),
            Set.copyOf(codes == null ? List.of() : codes),
            laid);
    CoderComparison comparison = CoderComparison.load(project, selection);
    UnitDecisions d = comparison.decisions();
    List<String> unused = comparison.unused();
    boolean tidy = output.format(tacit.terminal()) == OutputFormat.CSV;
    CodersView.head(d).forEach(messages::info);
    if (what.unitType().isEmpty() && !unused.isEmpty()) {
      messages.info(
          "Unused (no coder applied them in these transcripts): " + String.join(", ", unused));
    }
    if (what == AgreeUnit.CHAR) {
      CharAgreement c = CharAgreement.of(comparison.codings(), d);
      messages.info(
          "Characters: uncoded text counts as agreement (as in NVivo), so these"
              + " figures run high where codes are sparse");
      emit(spec, tacit, output, SegmentViews.chars(c, tidy), SegmentViews.charJson(d, c, unused));
      return ExitCodes.OK;
    }
    if (what == AgreeUnit.SPAN) {
      SpanAgreement s =
          SpanAgreement.of(
              comparison.codings(), d, minOverlap == null ? DEFAULT_SPAN_OVERLAP : minOverlap);
      emit(spec, tacit, output, SegmentViews.spans(s, tidy), SegmentViews.spanJson(d, s, unused));
      return ExitCodes.OK;
    }
    UnitReliability r = UnitReliability.of(d, bootstrap);
    CodersView.summary(d, r, unused).forEach(messages::info);
    if (sheet != null) {
      AtomicFiles.write(sheet, DisagreementSheet.write(d));
      messages.info(
          "Wrote "
              + d.disagreements().size()
              + " disagreements to "
              + disagreements
              + "; fill in decision (first, second, both, neither or a coder), decided_by and"
              + " reason");
    }
    emit(
        spec,
        tacit,
        output,
        CodersView.table(d, r, unused, tidy),
        CodersView.json(d, r, unused, minAlpha));
    return gate(spec, r);
  }

  private static void emit(
      CommandSpec spec, TacitCommand tacit, OutputOptions output, TableView table, Object json) {
    Output.emit(
        output, tacit.terminal(), tacit.workingDir(), spec.commandLine().getOut(), table, json);
  }

  /** Usage errors (exit 2): option values and combinations that cannot work. */
  private void check(CommandSpec spec, List<String> coders) {
    if (minOverlap != null && !(minOverlap >= 0 && minOverlap <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--min-overlap must be from 0 to 1, not " + minOverlap);
    }
    if (coders.size() < 2
        || coders.size() > Selection.MAX_CODERS
        || Set.copyOf(coders).size() != coders.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "--coders needs 2 to "
              + Selection.MAX_CODERS
              + " different coders, e.g. --coders lead,second");
    }
    if (unit == AgreeUnit.CHAR || unit == AgreeUnit.SPAN) {
      String u = "--unit " + unit.label();
      if (coders.size() != 2) {
        throw new ParameterException(
            spec.commandLine(),
            u
                + " compares two coders, as NVivo"
                + " and MAXQDA do; use --unit turn or sentence for more");
      }
      if (minAlpha != null || disagreements != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--min-alpha and --disagreements go" + " with --unit turn or sentence, not " + u);
      }
      if (unit == AgreeUnit.CHAR && minOverlap != null) {
        throw new ParameterException(
            spec.commandLine(), "--min-overlap does not apply to" + " --unit char");
      }
      if (unit == AgreeUnit.SPAN && minOverlap != null && minOverlap == 0) {
        throw new ParameterException(
            spec.commandLine(), "--min-overlap for --unit span must be" + " above 0 (default 0.9)");
      }
    }
  }

  /** Refuses before any work is done, so nothing is written when the sheet cannot be. */
  private void checkSheet(Path sheet, List<String> coders) {
    if (Files.exists(sheet) && !force) {
      throw new BadInputException(
          String.valueOf(disagreements),
          "exists, and may hold the"
              + " team's decisions; choose another file, or add --force to replace it");
    }
    for (String coder : coders) {
      if (DisagreementSheet.RESERVED.contains(coder)) {
        throw new BadInputException(
            "--coders",
            "coder \""
                + coder
                + "\" has the name of a"
                + " column of the disagreements sheet; rename the coder's file to write a sheet");
      }
    }
  }

  private int gate(CommandSpec spec, UnitReliability r) {
    if (minAlpha == null || !r.failsGate(minAlpha)) {
      return ExitCodes.OK;
    }
    StringBuilder message =
        new StringBuilder("tacit: agreement below --min-alpha " + Figures.fixed(minAlpha, 3) + ":");
    if (r.overallAlpha() < minAlpha) {
      message.append(" overall alpha ").append(Figures.fixed(r.overallAlpha(), 3)).append(";");
    }
    List<CodeReliability> below = r.codesBelow(minAlpha);
    if (!below.isEmpty()) {
      message
          .append(" ")
          .append(below.size())
          .append(below.size() == 1 ? " code: " : " codes: ")
          .append(
              String.join(
                  ", ",
                  below.stream()
                      .map(c -> c.code() + " (" + Figures.fixed(c.alpha(), 3) + ")")
                      .toList()));
    }
    spec.commandLine().getErr().println(message.toString().replaceAll(";$", ""));
    spec.commandLine().getErr().flush();
    return ExitCodes.GATE_FAILED;
  }
}
