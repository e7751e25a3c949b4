package io.tacit.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Copy-on-write edits of a code tree: each returns new lists and leaves its input alone. */
final class CodeTree {
  private CodeTree() {}

  /** The tree with {@code code} appended to {@code parent}'s children, or to the top level. */
  static List<Code> insert(List<Code> codes, @Nullable String parent, Code code) {
    if (parent == null) {
      List<Code> out = new ArrayList<>(codes);
      out.add(code);
      return out;
    }
    return replace(codes, parent, p -> p.withChildren(insert(p.children(), null, code)));
  }

  /** The tree without the code (and its descendants). */
  static List<Code> remove(List<Code> codes, String id) {
    List<Code> out = new ArrayList<>();
    for (Code c : codes) {
      if (!c.id().equals(id)) {
        out.add(c.withChildren(remove(c.children(), id)));
      }
    }
    return out;
  }

  /** The tree with the code changed by {@code change}. */
  static List<Code> replace(List<Code> codes, String id, UnaryOperator<Code> change) {
    List<Code> out = new ArrayList<>();
    for (Code c : codes) {
      out.add(
          c.id().equals(id) ? change.apply(c) : c.withChildren(replace(c.children(), id, change)));
    }
    return out;
  }
}
