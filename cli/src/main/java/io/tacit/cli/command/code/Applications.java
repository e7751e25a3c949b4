package io.tacit.cli.command.code;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.coding.UnitOrSpan;
import io.tacit.project.Project;
import io.tacit.text.Ids;
import java.time.Instant;
import java.util.List;

/** The codings that {@code code add} and {@code code remove} name: a code on units or spans. */
final class Applications {
  private Applications() {}

  /**
   * @throws BadInputException listing a bad coder or code and every bad unit or span at once
   */
  static List<Coding> of(Project project, String coder, String code, List<String> targets,
      boolean includeInterviewer, String memo, Instant created) {
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
    return spans.stream().map(r -> new Coding(coder, r.doc(), r.span(), code, note, created))
        .toList();
  }
}
