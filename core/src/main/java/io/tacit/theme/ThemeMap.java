package io.tacit.theme;

import io.tacit.codebook.Codebook;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A thematic map: themes as clusters, their codes as nodes, and an edge between two codes whose
 * association reaches a cut, labelled and weighted by it. Written as Graphviz DOT or Mermaid.
 * Stateless.
 */
public final class ThemeMap {
  private ThemeMap() {}

  /** The edges to draw: pairs of mapped codes at or above the cut, in code order. */
  static List<Cooccurrence.Pair> edges(Cooccurrence cooc, Set<String> codes, double cut) {
    List<Cooccurrence.Pair> edges = new ArrayList<>();
    for (Cooccurrence.Pair p : cooc.pairs()) {
      if (codes.contains(p.codeA())
          && codes.contains(p.codeB())
          && p.together() > 0
          && p.association() >= cut) {
        edges.add(p);
      }
    }
    return edges;
  }

  public static String dot(Themes themes, Codebook codebook, Cooccurrence cooc, double cut) {
    StringBuilder out =
        new StringBuilder(
            "graph themes {\n  graph [rankdir=LR];\n" + "  node [shape=box, style=rounded];\n");
    Set<String> mapped = new LinkedHashSet<>();
    int n = 0;
    for (Theme t : themes.themes()) {
      out.append("  subgraph \"cluster_")
          .append(dotText(t.id()))
          .append("\" {\n    label=\"")
          .append(dotText(t.name()))
          .append("\";\n");
      for (String c : t.allCodes()) {
        if (mapped.add(c)) {
          out.append("    \"")
              .append(dotText(c))
              .append("\" [label=\"")
              .append(dotText(ThemeSuggester.name(codebook, c)))
              .append("\"];\n");
        }
      }
      out.append("  }\n");
      n++;
    }
    for (Cooccurrence.Pair p : edges(cooc, mapped, cut)) {
      out.append("  \"")
          .append(dotText(p.codeA()))
          .append("\" -- \"")
          .append(dotText(p.codeB()))
          .append("\" [label=\"")
          .append(fixed(p.association()))
          .append("\", penwidth=")
          .append(fixed(1 + 4 * p.association()))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  public static String mermaid(Themes themes, Codebook codebook, Cooccurrence cooc, double cut) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Set<String> mapped = new LinkedHashSet<>();
    for (Theme t : themes.themes()) {
      out.append("  subgraph ")
          .append(nodeId("t", t.id()))
          .append("[\"")
          .append(mermaidText(t.name()))
          .append("\"]\n");
      for (String c : t.allCodes()) {
        if (mapped.add(c)) {
          out.append("    ")
              .append(nodeId("c", c))
              .append("[\"")
              .append(mermaidText(ThemeSuggester.name(codebook, c)))
              .append("\"]\n");
        }
      }
      out.append("  end\n");
    }
    for (Cooccurrence.Pair p : edges(cooc, mapped, cut)) {
      out.append("  ")
          .append(nodeId("c", p.codeA()))
          .append(" ---|")
          .append(fixed(p.association()))
          .append("| ")
          .append(nodeId("c", p.codeB()))
          .append('\n');
    }
    return out.toString();
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Mermaid ids are letters, digits and underscores; ids may hold '-'. */
  private static String nodeId(String prefix, String id) {
    return prefix + "_" + id.replace("-", "__");
  }

  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String mermaidText(String s) {
    return s.replace("\"", "#quot;").replace("\n", " ");
  }
}
