package io.tacit.coding;

import io.tacit.transcript.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a worksheet changes in a coder's file. For the units and code columns on the sheet, the
 * sheet is the truth: a marked cell adds a coding of the whole unit (unless a coding of that code
 * already covers it), and a cleared cell removes a coding of exactly that unit. A cleared cell
 * whose unit lies inside a longer coding leaves that coding alone, with a note, since the sheet
 * cannot say what to do with the rest of it. Units and codes not on the sheet are untouched.
 * Immutable.
 *
 * @param kept the coder's codings after the sheet
 * @param added codings the sheet added
 * @param removed codings the sheet removed
 * @param notes cleared cells that were left as they are, and why
 */
public record WorksheetChanges(
    List<Coding> kept, List<Coding> added, List<Coding> removed, List<String> notes) {

  public WorksheetChanges {
    kept = List.copyOf(kept);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    notes = List.copyOf(notes);
  }

  /**
   * @param current the coder's codings now
   * @param now the time of new codings
   */
  public static WorksheetChanges of(
      WorksheetMarks sheet, String coder, List<Coding> current, Instant now) {
    Map<String, List<Coding>> byDoc = new HashMap<>();
    current.forEach(c -> byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c));
    List<Coding> added = new ArrayList<>();
    List<Coding> removed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (WorksheetMarks.Row row : sheet.rows()) {
      Unit u = row.unit();
      List<Coding> coded = byDoc.getOrDefault(u.id().doc(), List.of());
      row.marks()
          .forEach(
              (code, marked) -> {
                if (marked) {
                  if (!Worksheet.covered(coded, code, u)) {
                    added.add(new Coding(coder, u.id().doc(), u.span(), code, "", now));
                  }
                  return;
                }
                for (Coding c : coded) {
                  if (!c.code().equals(code) || !c.span().contains(u.span())) {
                    continue;
                  }
                  if (c.span().equals(u.span())) {
                    removed.add(c);
                  } else {
                    notes.add(
                        u.id()
                            + " "
                            + code
                            + ": cleared, but "
                            + coder
                            + "'s coding "
                            + c.doc()
                            + ":"
                            + c.span()
                            + " covers more than this unit, so it stays; remove"
                            + " it with `tacit code remove --coder "
                            + coder
                            + " --code "
                            + code
                            + " "
                            + c.doc()
                            + ":"
                            + c.span()
                            + "` if it should go");
                  }
                }
              });
    }
    List<Coding> kept = new ArrayList<>(current);
    kept.removeAll(removed);
    kept.addAll(added);
    return new WorksheetChanges(kept, added, removed, notes);
  }
}
