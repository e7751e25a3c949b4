package io.tacit.cli.command.theme;

import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.project.CoderFiles;
import io.tacit.project.Project;
import io.tacit.theme.CodedData;
import io.tacit.transcript.UnitType;
import java.util.List;

/** What the theme commands read from a project: one coder's codings over the units. */
record ThemeData(String coder, UnitType unit, Codebook codebook, CodedData data) {
  static ThemeData load(Project project, String coder, UnitType unit) {
    List<Coding> codings = CoderFiles.of(project).load(coder);
    Codebook codebook = project.codebook().load();
    CodedData data =
        CodedData.of(codings, project.transcripts().loadAll(), project.participants().load(), unit);
    return new ThemeData(coder, unit, codebook, data);
  }
}
