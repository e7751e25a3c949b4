package io.tacit.project;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.coding.Worksheet;
import io.tacit.coding.WorksheetChanges;
import io.tacit.coding.WorksheetMarks;
import io.tacit.participant.Participant;
import io.tacit.text.Ids;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Spreadsheet coding (see {@link Worksheet}): a coder's sheet of units by codes, and the marks of a
 * sheet that came back, applied to the coder's file under the lock. Immutable.
 */
public final class Worksheets {
  private final Project project;

  /**
   * An exported sheet.
   *
   * @param sheet the worksheet's text (CSV for Excel)
   * @param legend the code columns' names and definitions (CSV for Excel)
   * @param units how many unit rows it has
   * @param codes its code columns
   */
  public record Export(String sheet, String legend, int units, List<String> codes) {}

  /** What a sheet changed: codings added and removed, notes on cells left alone, warnings. */
  public record Imported(
      int units, int added, int removed, List<String> notes, List<String> warnings) {}

  Worksheets(Project project) {
    this.project = project;
  }

  /**
   * The sheet for one coder, pre-filled with the coder's codings that cover whole units.
   *
   * @param docs transcripts, in order; empty for all
   * @param codes code columns; empty for every code, in codebook order
   * @throws io.tacit.BadInputException for an unknown transcript or code, or a bad coder id
   */
  public Export export(String coder, List<String> docs, UnitType type, List<String> codes) {
    Ids.require("coder", coder);
    Codebook codebook = project.codebook().load();
    List<Code> columns = new ArrayList<>();
    if (codes.isEmpty()) {
      columns.addAll(codebook.all());
    } else {
      codes.forEach(c -> columns.add(codebook.requireCode(c, "--codes")));
    }
    TranscriptStore store = project.transcripts();
    List<Transcript> transcripts = new ArrayList<>();
    for (String id : docs.isEmpty() ? store.ids() : docs) {
      transcripts.add(store.load(Ids.require("transcript", id)));
    }
    Map<String, String> roles = new TreeMap<>();
    for (Participant p : project.participants().load().participants()) {
      p.role().ifPresent(r -> roles.put(p.id(), r));
    }
    Map<String, String> paths = new TreeMap<>();
    columns.forEach(c -> paths.put(c.id(), codebook.path(c.id())));
    List<String> ids = columns.stream().map(Code::id).toList();
    List<Coding> codings = project.codings().load(coder);
    int units = transcripts.stream().mapToInt(t -> t.units(type, false).size()).sum();
    return new Export(
        Worksheet.export(transcripts, type, roles, ids, codings),
        Worksheet.legend(columns, paths),
        units,
        ids);
  }

  /**
   * Applies a sheet's marks to the coder's file.
   *
   * @param location the file as the user named it, for messages
   * @throws io.tacit.BadInputException listing every problem in the sheet; nothing is written
   */
  public Imported importSheet(String coder, String location, byte[] bytes) {
    Ids.require("coder", coder);
    Codebook codebook = project.codebook().load();
    TranscriptStore transcripts = project.transcripts();
    WorksheetMarks sheet =
        WorksheetMarks.read(location, bytes, codebook.byId().keySet(), transcripts::find);
    CodingStore store = project.codings();
    AtomicReference<WorksheetChanges> done = new AtomicReference<>();
    store.update(
        coder,
        current -> {
          WorksheetChanges changes = WorksheetChanges.of(sheet, coder, current, store.now());
          done.set(changes);
          return changes.kept();
        });
    WorksheetChanges changes = done.get();
    return new Imported(
        sheet.rows().size(),
        changes.added().size(),
        changes.removed().size(),
        changes.notes(),
        sheet.warnings());
  }
}
