package io.tacit.cli.command;

import io.tacit.codebook.Codebook;
import io.tacit.project.Project;
import io.tacit.theme.CodedData;
import io.tacit.theme.SuggestOptions;
import io.tacit.theme.Suggestion;
import io.tacit.theme.ThemeCut;
import io.tacit.theme.ThemeReview;
import io.tacit.theme.ThemeSuggester;
import io.tacit.theme.Themes;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.List;
import java.util.Optional;

/**
 * The demo's theme steps: candidate themes from the consensus coding, and their review against the
 * data with the lead coder as the second opinion.
 */
final class DemoThemes {
  private DemoThemes() {}

  static void run(Project project, DemoCommand.Steps steps) {
    long t = System.nanoTime();
    String coder = "consensus";
    List<Transcript> transcripts = project.transcripts().loadAll();
    Codebook codebook = project.codebook().load();
    CodedData data =
        CodedData.of(
            project.codings().load(coder),
            transcripts,
            project.participants().load(),
            UnitType.TURN);
    Suggestion s =
        ThemeSuggester.suggest(data, codebook, new SuggestOptions(3, ThemeCut.DEFAULT, 1, 3));
    project
        .themes()
        .saveSuggested(s.toThemes("Suggested from coder " + coder + " (turns, window 1)"), false);
    steps.step(
        "themes",
        s.candidates().size()
            + " candidate themes from "
            + s.candidates().stream().mapToInt(c -> c.codes().size()).sum()
            + " codes of "
            + coder
            + ", written to themes.yaml; "
            + s.alone().size()
            + " codes not yet in a theme",
        t);

    t = System.nanoTime();
    Themes themes = project.themes().load();
    CodedData lead =
        CodedData.of(
            project.codings().load("lead"),
            transcripts,
            project.participants().load(),
            UnitType.TURN);
    ThemeReview.Result review =
        ThemeReview.review(
            data,
            themes,
            Optional.of(new ThemeReview.Second("lead", lead)),
            ThemeReview.Options.DEFAULT);
    long thin = review.themes().stream().filter(ThemeReview.Report::thin).count();
    long apart = review.themes().stream().mapToLong(r -> r.apart().size()).sum();
    steps.step(
        "review",
        review.themes().size()
            + " themes against the data: "
            + thin
            + " thin, "
            + review.overlaps().size()
            + " overlapping pairs, "
            + apart
            + " extracts"
            + " apart (negative-case candidates), "
            + review.codesInNoTheme().size()
            + " codes in no"
            + " theme",
        t);
  }
}
