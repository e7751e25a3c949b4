package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.CodingSet;
import io.tacit.coding.reliability.Selection;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.text.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or more coders' checked codings of a project, laid over units for agreement: what {@code
 * tacit agree --coders} and {@code tacit consensus} start from. Checks the request against the
 * project first (every coder has a coding file, every named transcript and code exists) and
 * refuses, naming every problem, when no transcript was coded by all the coders. Immutable.
 *
 * @param codings the coders' codings, with the transcripts they point into
 * @param decisions which coder applied which code to which unit, over the double-coded transcripts
 * @param unused codebook codes (or, with a code filter, the filter's codes) no coder applied there
 */
public record CoderComparison(CodingSet codings, UnitDecisions decisions, List<String> unused) {

  public CoderComparison {
    unused = List.copyOf(unused);
  }

  /**
   * Loads and lays out the codings {@code selection} names.
   *
   * @throws BadInputException for an unknown coder, transcript or code, a coding file with
   *     problems, or no transcript coded by every coder
   */
  public static CoderComparison load(Project project, Selection selection) {
    CodingStore store = project.codings();
    List<Problem> problems = new ArrayList<>();
    List<String> known = store.coders();
    for (String coder : selection.coders()) {
      if (!store.exists(coder)) {
        problems.add(
            Problem.at(
                CodingStore.location(coder),
                "coder \""
                    + coder
                    + "\" has no coding file; coders with codings: "
                    + (known.isEmpty() ? "none yet" : String.join(", ", known))));
      }
    }
    TranscriptStore transcripts = project.transcripts();
    for (String doc : selection.docs()) {
      if (!Ids.isValid(doc) || !transcripts.exists(doc)) {
        problems.add(
            Problem.at(
                "--docs",
                "no transcript \""
                    + doc
                    + "\" in this project; see `tacit transcripts` for the ids"));
      }
    }
    Codebook codebook = project.codebook().load();
    for (String code : selection.codes()) {
      if (!codebook.contains(code)) {
        problems.add(
            Problem.at(
                "--codes",
                "the codebook has no code \""
                    + code
                    + "\"; see `tacit codebook show` for the ids"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    CodingSet codings = store.load(selection.coders());
    UnitDecisions decisions = UnitDecisions.of(codings, selection, transcripts.ids().size());
    if (decisions.transcripts().isEmpty()) {
      throw new BadInputException(
          "--coders",
          "no transcript"
              + (selection.docs().isEmpty() ? "" : " among --docs")
              + " is coded by every one of "
              + String.join(", ", selection.coders())
              + "; agreement needs transcripts that each of them coded (see `tacit code list"
              + " --coder C`)");
    }
    if (decisions.codes().isEmpty() || decisions.units().isEmpty()) {
      throw new BadInputException(
          selection.codes().isEmpty() ? "--coders" : "--codes",
          "the coders applied no "
              + (selection.codes().isEmpty() ? "" : "selected ")
              + "code to any participant "
              + selection.unit().label()
              + " of "
              + String.join(", ", decisions.transcripts())
              + "; there is nothing to compare");
    }
    List<String> unused = decisions.unused(codebook.all().stream().map(Code::id).toList());
    return new CoderComparison(codings, decisions, unused);
  }
}
