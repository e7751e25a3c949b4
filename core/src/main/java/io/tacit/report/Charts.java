package io.tacit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's charts, laid out here and drawn as inline SVG by a template: code frequencies by
 * coder, agreement per code with its confidence interval, the co-occurrence heatmap of the themes'
 * codes, and the thematic map. Stateless.
 */
final class Charts {
  static final String[] CODER_COLOURS = {"#1b6ca8", "#e07b39", "#3a9d5d", "#8e5ea2"};
  private static final String INK = "#222222";
  private static final String GRID = "#bbbbbb";
  private static final String EDGE = "#8e5ea2";
  private static final int LABEL = 250;
  private static final int PLOT = 420;

  /** Themes whose extracts overlap less than this are not joined on the map. */
  static final double MAP_OVERLAP = 0.03;

  private Charts() {}

  /** Chart name to SVG, in the order the report shows them. */
  static Map<String, String> all(Report r) {
    Map<String, String> charts = new TreeMap<>();
    charts.put("frequencies", frequencies(r.codebook()).render());
    if (r.agreement() != null && !r.agreement().codes().isEmpty()) {
      charts.put("agreement", agreement(r.agreement()).render());
    }
    if (!r.associations().codes().isEmpty()) {
      charts.put("heatmap", heatmap(r.associations()).render());
    }
    if (!r.themes().isEmpty()) {
      charts.put("map", map(r.themes(), r.overlaps()).render());
    }
    return charts;
  }

  /** Horizontal bars: codings of each code, one bar per coder; codes any coder used. */
  static Svg frequencies(CodebookSection cb) {
    List<CodebookSection.CodeRow> rows =
        cb.codes().stream()
            .filter(c -> c.counts().stream().anyMatch(n -> n > 0))
            .sorted(
                Comparator.comparingInt((CodebookSection.CodeRow c) -> -total(c))
                    .thenComparing(CodebookSection.CodeRow::id))
            .toList();
    int coders = cb.coders().size();
    int band = 4 + 9 * coders;
    int max =
        rows.stream().flatMap(c -> c.counts().stream()).mapToInt(Integer::intValue).max().orElse(1);
    int top = 30;
    Svg svg =
        new Svg(
            "Codings per code, by coder",
            "Number of codings of each code that any"
                + " coder applied, most first, one bar per coder.",
            LABEL + PLOT + 60,
            top + band * rows.size() + 10);
    for (int k = 0; k < coders; k++) {
      svg.rect(LABEL + 110.0 * k, 8, 12, 12, colour(k), 1, cb.coders().get(k));
      svg.text(LABEL + 110.0 * k + 16, 18, "start", 12, false, cb.coders().get(k));
    }
    for (int i = 0; i < rows.size(); i++) {
      CodebookSection.CodeRow c = rows.get(i);
      double y = top + band * i;
      svg.text(LABEL - 6, y + band / 2.0 + 4, "end", 11, false, clip(c.name(), 40));
      for (int k = 0; k < coders; k++) {
        int n = c.counts().get(k);
        double w = PLOT * n / (double) max;
        svg.rect(
            LABEL,
            y + 2 + 9 * k,
            Math.max(w, 0.5),
            8,
            colour(k),
            1,
            c.name() + ", " + cb.coders().get(k) + ": " + n);
        svg.text(LABEL + w + 4, y + 9 + 9 * k, "start", 9, false, Integer.toString(n));
      }
    }
    return svg;
  }

  /** Alpha per code as a point with its 95% interval, against .667 and .800. */
  static Svg agreement(AgreementSection a) {
    List<AgreementSection.CodeAgreement> rows = a.codes();
    int top = 34;
    int band = 18;
    double lo = -0.5;
    Svg svg =
        new Svg(
            "Krippendorff's alpha per code",
            "Alpha of each code with its 95%"
                + " bootstrap interval; dashed lines at .667 and .800.",
            LABEL + PLOT + 40,
            top + band * rows.size() + 24);
    double[] ticks = {-0.5, 0, 0.5, 0.667, 0.8, 1};
    String[] labels = {"\u2212.5", "0", ".5", ".667", ".8", "1"};
    for (int t = 0; t < ticks.length; t++) {
      double x = LABEL + PLOT * (ticks[t] - lo) / (1 - lo);
      boolean guide = t == 3 || t == 4;
      svg.line(x, top - 6, x, top + band * rows.size(), guide ? "#c0392b" : GRID, 1, guide);
      svg.text(x, top - 10, "middle", 10, false, labels[t]);
    }
    for (int i = 0; i < rows.size(); i++) {
      AgreementSection.CodeAgreement c = rows.get(i);
      double y = top + band * i + band / 2.0;
      svg.text(LABEL - 6, y + 4, "end", 11, false, clip(c.name(), 40));
      Figure f = c.alpha();
      if (f.low() != null && f.high() != null) {
        svg.line(scale(f.low(), lo), y, scale(f.high(), lo), y, INK, 1.5, false);
        svg.line(scale(f.low(), lo), y - 4, scale(f.low(), lo), y + 4, INK, 1.5, false);
        svg.line(scale(f.high(), lo), y - 4, scale(f.high(), lo), y + 4, INK, 1.5, false);
      }
      if (f.value() != null) {
        svg.circle(scale(f.value(), lo), y, 4, CODER_COLOURS[0], c.name() + ": alpha " + f.cell());
      } else {
        svg.text(LABEL + 4, y + 4, "start", 10, false, "alpha undefined");
      }
    }
    return svg;
  }

  /** Jaccard association of each pair of the themes' codes; darker is more often together. */
  static Svg heatmap(Report.Associations a) {
    int n = a.codes().size();
    int cell = 16;
    int top = 170;
    Svg svg =
        new Svg(
            "Co-occurrence of the themes' codes",
            "Jaccard association of each pair"
                + " of codes over windows of neighbouring units; darker cells occur together more.",
            LABEL + cell * n + 120,
            top + cell * n + 10);
    for (int i = 0; i < n; i++) {
      String name = clip(a.codes().get(i).name(), 40);
      svg.text(LABEL - 6, top + cell * i + cell / 2.0 + 4, "end", 10, false, name);
      svg.turned(LABEL + cell * i + cell / 2.0 + 3, top - 6, -60, 10, name);
      for (int j = 0; j < n; j++) {
        double v = a.values().get(i).get(j);
        svg.rect(
            LABEL + cell * j,
            top + cell * i,
            cell,
            cell,
            i == j ? "#999999" : "#1b6ca8",
            i == j ? 0.35 : Math.min(1, 0.04 + v * 1.6),
            a.codes().get(i).name() + " and " + a.codes().get(j).name() + ": " + Figure.format(v));
      }
    }
    return svg;
  }

  /** Themes as boxes of their codes, joined where their extracts overlap (Jaccard). */
  static Svg map(List<ThemeSection> themes, List<Report.Overlap> overlaps) {
    List<ThemeSection> shown = themes.stream().filter(t -> t.depth() == 0).toList();
    int columns = 2;
    int boxWidth = 330;
    int gap = 60;
    List<double[]> boxes = new ArrayList<>();
    double y = 10;
    for (int row = 0; row * columns < shown.size(); row++) {
      double tallest = 0;
      for (int c = 0; c < columns && row * columns + c < shown.size(); c++) {
        double h = 34 + 15 * shown.get(row * columns + c).codes().size();
        boxes.add(new double[] {10 + c * (boxWidth + gap), y, boxWidth, h});
        tallest = Math.max(tallest, h);
      }
      y += tallest + gap;
    }
    Svg svg =
        new Svg(
            "Thematic map",
            "Each theme with its codes; lines join themes whose"
                + " extracts overlap (Jaccard at least "
                + Figure.format(MAP_OVERLAP)
                + "), thicker for"
                + " more overlap.",
            20 + columns * boxWidth + gap,
            (int) Math.max(y - gap + 10, 40));
    int routed = 0;
    for (Report.Overlap o : overlaps) {
      if (o.jaccard() < MAP_OVERLAP) {
        continue;
      }
      int a = indexOf(shown, o.themeA());
      int b = indexOf(shown, o.themeB());
      if (a < 0 || b < 0) {
        continue;
      }
      double[] p = centre(boxes.get(a));
      double[] q = centre(boxes.get(b));
      double width = 1 + 8 * o.jaccard();
      String label = Figure.format(o.jaccard());
      if (Math.abs(a / columns - b / columns) > 1) {
        // A straight line would run under the boxes between: go round by the corridor between
        // the columns, each such line a little apart from the others.
        double x = 10 + boxWidth + gap / 2.0 + 6 * (routed++ % 5 - 2);
        svg.line(p[0], p[1], x, p[1], EDGE, width, false);
        svg.line(x, p[1], x, q[1], EDGE, width, false);
        svg.line(x, q[1], q[0], q[1], EDGE, width, false);
        svg.text(x + 4, (p[1] + q[1]) / 2, "start", 10, false, label);
        continue;
      }
      svg.line(p[0], p[1], q[0], q[1], EDGE, width, false);
      // Label the middle of the part of the line between the boxes, set off to one side by the
      // line's slope, so that two lines crossing between the same boxes keep their labels apart.
      double dx = q[0] - p[0];
      double dy = q[1] - p[1];
      double from = exit(boxes.get(a), dx, dy);
      double to = 1 - exit(boxes.get(b), dx, dy);
      double t = (from + Math.max(from, to)) / 2;
      double side = dx * dy > 0 ? 16 : dx * dy < 0 ? -16 : 0;
      svg.text(p[0] + dx * t + side, p[1] + dy * t - 4, "middle", 10, false, label);
    }
    for (int i = 0; i < shown.size(); i++) {
      ThemeSection t = shown.get(i);
      double[] box = boxes.get(i);
      svg.rect(
          box[0],
          box[1],
          box[2],
          box[3],
          "#f4f1f8",
          1,
          t.name() + ": " + t.reach() + " participants, " + t.extracts() + " extracts");
      svg.text(box[0] + 8, box[1] + 18, "start", 12, true, clip(t.name(), 48));
      for (int c = 0; c < t.codes().size(); c++) {
        svg.text(
            box[0] + 14,
            box[1] + 36 + 15 * c,
            "start",
            11,
            false,
            "\u2022 " + clip(t.codes().get(c).name(), 50));
      }
    }
    return svg;
  }

  private static double scale(double v, double lo) {
    return LABEL + PLOT * (Math.max(lo, v) - lo) / (1 - lo);
  }

  /** Where a line from a box's centre, going (dx, dy) in all, leaves the box: a fraction. */
  private static double exit(double[] box, double dx, double dy) {
    double tx = dx == 0 ? Double.MAX_VALUE : box[2] / 2 / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : box[3] / 2 / Math.abs(dy);
    return Math.min(1, Math.min(tx, ty));
  }

  private static double[] centre(double[] box) {
    return new double[] {box[0] + box[2] / 2, box[1] + box[3] / 2};
  }

  private static int indexOf(List<ThemeSection> themes, String id) {
    for (int i = 0; i < themes.size(); i++) {
      if (themes.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static int total(CodebookSection.CodeRow c) {
    return c.counts().stream().mapToInt(Integer::intValue).sum();
  }

  static String colour(int k) {
    return CODER_COLOURS[k % CODER_COLOURS.length];
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
