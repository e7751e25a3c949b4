package io.tacit.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown file of one target's memos: a title naming the target, then one entry per memo,
 * oldest first, each under a heading with its time and coder.
 *
 * <pre>
 * # Memos on p01:t3
 *
 * ## 2026-11-23T17:20:00Z lead
 *
 * She is describing the first home visit.
 * </pre>
 *
 * A line of memo text that starts with {@code #} is written with a backslash before it, so that it
 * cannot start a new entry; it reads back without.
 */
public final class MemoFile {
  private static final String TITLE = "# Memos on ";

  private MemoFile() {}

  /** The target a file's title names; empty for a file without Tacit's title. */
  public static Optional<MemoTarget> titleOf(String text) {
    String first = text.lines().findFirst().orElse("").strip();
    if (!first.startsWith(TITLE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MemoTarget.parse(first.substring(TITLE.length())));
    } catch (io.tacit.BadInputException e) {
      return Optional.empty();
    }
  }

  /** The file's text with one more entry at the end; {@code existing} may be empty. */
  public static String append(
      String existing, MemoTarget target, String created, String coder, String text) {
    StringBuilder out = new StringBuilder();
    if (existing.isBlank()) {
      out.append(TITLE).append(target).append('\n');
    } else {
      out.append(existing.stripTrailing()).append('\n');
    }
    out.append('\n').append("## ").append(created);
    if (!coder.isEmpty()) {
      out.append(' ').append(coder);
    }
    out.append("\n\n");
    for (String line : normalise(text).split("\n", -1)) {
      out.append(line.startsWith("#") ? "\\" + line : line).append('\n');
    }
    return out.toString();
  }

  /** The entries of a file; a file without Tacit's headings is one entry of all its text. */
  public static List<Memo> read(MemoTarget target, String text) {
    List<Memo> memos = new ArrayList<>();
    List<String> lines = normalise(text).lines().toList();
    int i = titleOf(text).isPresent() ? 1 : 0;
    StringBuilder body = new StringBuilder();
    @Nullable String heading = null;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        add(memos, target, heading, body);
        heading = line.substring(3).strip();
        body.setLength(0);
      } else {
        body.append(line.startsWith("\\#") ? line.substring(1) : line).append('\n');
      }
    }
    add(memos, target, heading, body);
    return memos;
  }

  private static void add(
      List<Memo> memos, MemoTarget target, @Nullable String heading, StringBuilder body) {
    String text = body.toString().strip();
    if (heading == null) {
      if (!text.isEmpty()) {
        memos.add(new Memo(target, "", "", text));
      }
      return;
    }
    int space = heading.indexOf(' ');
    memos.add(
        new Memo(
            target,
            space < 0 ? heading : heading.substring(0, space),
            space < 0 ? "" : heading.substring(space + 1).strip(),
            text));
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
