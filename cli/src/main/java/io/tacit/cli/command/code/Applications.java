package io.tacit.cli.command.code;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.coding.UnitOrSpan;
import io.tacit.project.Project;
import io.tacit.text.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code code add} and {@code code remove} name: a coder, a code, and the units or spans it
 * goes on or comes off. A picocli mixin.
 */
final class Applications {
  @Option(names = "--coder", required = true, paramLabel = "C", description = "The coder.")
  String coder = "";

  @Option(names = "--code", required = true, paramLabel = "X", description = "The code's id.")
  String code = "";

  @Option(
      names = "--include-interviewer",
      description = "The units may be the interviewer's turns and sentences.")
  boolean includeInterviewer;

  @Parameters(
      arity = "1..*",
      paramLabel = "UNIT_OR_SPAN",
      description = "A turn (p01:t3), a sentence (p01:s12) or code-point offsets (p01:120-348).")
  List<String> targets = new ArrayList<>();

  /**
   * The codings named, each with {@code memo} and {@code created}.
   *
   * @throws BadInputException listing a bad coder or code and every bad unit or span at once
   */
  List<Coding> codings(Project project, String memo, Instant created) {
    Ids.require("coder", coder);
    ProblemList problems = new ProblemList();
    try {
      project.codebook().load().requireCode(code, "--code");
    } catch (BadInputException e) {
      problems.addAll(e);
    }
    List<UnitOrSpan.Resolved> spans = List.of();
    try {
      spans = UnitOrSpan.resolveAll(targets, project.transcripts()::load, includeInterviewer);
    } catch (BadInputException e) {
      problems.addAll(e);
    }
    problems.throwIfAny();
    String note = memo.replace("\r\n", "\n").strip();
    return spans.stream()
        .map(r -> new Coding(coder, r.doc(), r.span(), code, note, created))
        .toList();
  }
}
