package io.tacit.codebook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a codebook to read and print: title, source and description, a table of contents, then a
 * section per code with every field, children nested one heading level deeper (down to the sixth
 * level, which Markdown stops at). Each section carries an anchor named by the code's id, so links
 * stay right when names repeat in different branches.
 */
final class CodebookMarkdown {
  private final Codebook cb;
  private final StringBuilder out = new StringBuilder();

  private CodebookMarkdown(Codebook cb) {
    this.cb = cb;
  }

  static String write(Codebook cb) {
    return new CodebookMarkdown(cb).document();
  }

  private String document() {
    out.append("# ").append(oneLine(cb.title())).append("\n\n");
    out.append("- Codebook: `")
        .append(cb.id())
        .append("`, version ")
        .append(cb.version().isEmpty() ? "not given" : cb.version())
        .append('\n');
    out.append("- Source: ")
        .append(cb.source().isEmpty() ? "not given" : oneLine(cb.source()))
        .append('\n');
    out.append("- Codes: ").append(cb.all().size()).append("\n\n");
    if (!cb.description().isEmpty()) {
      out.append(cb.description()).append("\n\n");
    }
    out.append("## Contents\n\n");
    if (cb.codes().isEmpty()) {
      out.append("This codebook has no codes yet.\n\n");
    }
    for (Code c : cb.all()) {
      out.append("  ".repeat(cb.depth(c.id())))
          .append("- [")
          .append(oneLine(c.name()))
          .append("](#")
          .append(c.id())
          .append(")\n");
    }
    out.append('\n');
    for (Code c : cb.codes()) {
      section(c, 2);
    }
    return out.toString().stripTrailing() + "\n";
  }

  private void section(Code c, int level) {
    out.append("<a id=\"").append(c.id()).append("\"></a>\n\n");
    out.append("#".repeat(Math.min(level, 6))).append(' ').append(oneLine(c.name())).append("\n\n");
    out.append("Id `").append(c.id()).append('`');
    if (cb.depth(c.id()) > 0) {
      out.append(" · Path: ").append(oneLine(cb.path(c.id())));
    }
    if (c.color() != null) {
      out.append(" · Colour: `").append(c.color()).append('`');
    }
    out.append("\n\n");
    field("In short", c.shortDefinition());
    field("Definition", c.definition());
    field("Use when", c.include());
    field("Do not use when", c.exclude());
    if (!c.examples().isEmpty()) {
      out.append("**Examples**\n\n");
      for (String e : c.examples()) {
        out.append("> ").append(e.replace("\n", "\n> ")).append("\n\n");
      }
    }
    if (!c.terms().isEmpty()) {
      out.append("**Search terms:** ")
          .append(c.terms().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
          .append("\n\n");
    }
    List<Code> children = c.children();
    if (!children.isEmpty()) {
      out.append("**Sub-codes:** ")
          .append(
              children.stream()
                  .map(k -> "[" + oneLine(k.name()) + "](#" + k.id() + ")")
                  .collect(Collectors.joining(", ")))
          .append("\n\n");
      for (Code child : children) {
        section(child, level + 1);
      }
    }
  }

  private void field(String label, String value) {
    out.append("**")
        .append(label)
        .append(":** ")
        .append(value.isEmpty() ? "*(not given)*" : value)
        .append("\n\n");
  }

  /** Headings, list items and table cells end at a line break. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\n\\s*", " ");
  }
}
