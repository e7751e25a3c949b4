package io.tacit.cli.serve;

import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.coding.UnitOrSpan;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.text.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page changes, each through the same core calls as {@code tacit code add}, {@code code
 * remove} and {@code memo add}: the same checks, under the project lock, written atomically. Coding
 * writes carry the version of the coder's file the page read, and are refused (409) when the file
 * changed since. Immutable; thread-safe through the lock.
 */
final class Edits {
  private final Project project;

  record Written(int added, int removed, String version) {}

  Edits(Project project) {
    this.project = project;
  }

  /** Applies a code to a unit ({@code p01:t3}) or a span ({@code p01:120-348}). */
  Written add(Request r) {
    String coder = Ids.require("coder", r.text("coder"));
    String version = r.text("version");
    String code = r.text("code");
    String target = r.text("target");
    String memo = r.text("memo", "").replace("\r\n", "\n").strip();
    project.codebook().load().requireCode(code, "code");
    UnitOrSpan.Resolved at =
        UnitOrSpan.resolveAll(List.of(target), project.transcripts()::load, false).get(0);
    CodingStore store = project.codings();
    Coding coding = new Coding(coder, at.doc(), at.span(), code, memo, store.now());
    CodingStore.Versioned v =
        store.update(
            coder,
            version,
            current -> {
              List<Coding> after = new ArrayList<>(current);
              after.add(coding);
              return after;
            });
    return new Written(v.change().added(), 0, v.version());
  }

  /** Removes the coder's coding of a code on exactly this span. */
  Written remove(Request r) {
    String coder = Ids.require("coder", r.text("coder"));
    String version = r.text("version");
    String code = r.text("code");
    String target = r.text("doc") + ":" + r.number("start") + "-" + r.number("end");
    UnitOrSpan.Resolved at =
        UnitOrSpan.resolveAll(List.of(target), project.transcripts()::load, true).get(0);
    CodingStore store = project.codings();
    Coding gone = new Coding(coder, at.doc(), at.span(), code, "", store.now());
    CodingStore.Versioned v =
        store.update(
            coder,
            version,
            current -> current.stream().filter(c -> !c.sameApplication(gone)).toList());
    if (v.change().removed() == 0) {
      throw new BadInputException(
          target,
          coder
              + " has no coding of "
              + code
              + " on exactly"
              + " this span; reload the transcript to see the codings as they are");
    }
    return new Written(0, v.change().removed(), v.version());
  }

  /** Appends a memo on a unit. */
  Memo memo(Request r) {
    String unit = r.text("unit");
    MemoTarget target = MemoTarget.parse(unit);
    if (target.kind() != MemoTarget.Kind.UNIT) {
      throw new HttpError(400, "a memo here is on a unit, such as p01:t3, not \"" + unit + "\"");
    }
    String coder = r.text("coder", "");
    return project.memos().add(target, r.text("text"), coder.isEmpty() ? null : coder);
  }
}
