package io.tacit.memo;

import io.tacit.BadInputException;
import io.tacit.text.Ids;
import io.tacit.transcript.UnitId;
import java.util.Optional;

/**
 * What a memo is about: a transcript ({@code p01}), a unit ({@code p01:t3}), a code ({@code
 * code:peer-mutuality}) or a theme ({@code theme:ID}); or, for a Markdown file someone put in
 * memos/ by hand, that file. Each has its own file under memos/. Immutable.
 *
 * @param kind what sort of thing it is
 * @param id the transcript, unit, code or theme id, or the file name
 */
public record MemoTarget(Kind kind, String id) implements Comparable<MemoTarget> {
  /** The sorts of thing a memo can be about. */
  public enum Kind {
    TRANSCRIPT,
    UNIT,
    CODE,
    THEME,
    FILE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @throws BadInputException naming the text and the forms a target may take
   */
  public static MemoTarget parse(String text) {
    String t = text.strip();
    if (t.startsWith("code:") || t.startsWith("theme:")) {
      boolean code = t.startsWith("code:");
      String id = t.substring(t.indexOf(':') + 1);
      if (!Ids.isValid(id)) {
        throw new BadInputException("--on " + text, Ids.describe(code ? "code" : "theme", id));
      }
      return new MemoTarget(code ? Kind.CODE : Kind.THEME, id);
    }
    if (UnitId.parse(t).isPresent()) {
      return new MemoTarget(Kind.UNIT, t);
    }
    if (Ids.isValid(t)) {
      return new MemoTarget(Kind.TRANSCRIPT, t);
    }
    throw new BadInputException(
        "--on " + text,
        "not something a memo can be on: give a"
            + " transcript (p01), a unit (p01:t3), a code (code:peer-mutuality) or a theme"
            + " (theme:ID)");
  }

  public Optional<UnitId> unit() {
    return kind == Kind.UNIT ? UnitId.parse(id) : Optional.empty();
  }

  /** The file under memos/: p01.md, p01-t3.md, code-peer-mutuality.md, theme-ID.md. */
  public String fileName() {
    return switch (kind) {
      case TRANSCRIPT -> id + ".md";
      case UNIT -> id.replace(':', '-') + ".md";
      case CODE -> "code-" + id + ".md";
      case THEME -> "theme-" + id + ".md";
      case FILE -> id;
    };
  }

  @Override
  public int compareTo(MemoTarget o) {
    return fileName().compareTo(o.fileName());
  }

  /** As the user types it: p01, p01:t3, code:peer-mutuality, theme:ID. */
  @Override
  public String toString() {
    return switch (kind) {
      case TRANSCRIPT, UNIT, FILE -> id;
      case CODE -> "code:" + id;
      case THEME -> "theme:" + id;
    };
  }
}
