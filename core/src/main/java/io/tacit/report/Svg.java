package io.tacit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart as SVG shapes, drawn by {@code chart.svg.mustache}: rectangles, lines, circles and text,
 * each with its coordinates already formatted, so that the same chart is the same bytes. Built by
 * {@link Charts}; mutable while it is drawn, then rendered once.
 */
final class Svg {
  record Rect(
      String x, String y, String width, String height, String fill, String opacity, String title) {}

  record Line(
      String x1, String y1, String x2, String y2, String stroke, String width, String dash) {}

  record Circle(String cx, String cy, String r, String fill, String title) {}

  record Text(
      String x,
      String y,
      String anchor,
      String size,
      String weight,
      String transform,
      String text) {}

  private final String title;
  private final String description;
  private final int width;
  private final int height;
  private final List<Rect> rects = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<Circle> circles = new ArrayList<>();
  private final List<Text> texts = new ArrayList<>();

  Svg(String title, String description, int width, int height) {
    this.title = title;
    this.description = description;
    this.width = width;
    this.height = height;
  }

  Svg rect(double x, double y, double w, double h, String fill, double opacity, String tip) {
    rects.add(new Rect(n(x), n(y), n(w), n(h), fill, n(opacity), tip));
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
    lines.add(new Line(n(x1), n(y1), n(x2), n(y2), stroke, n(w), dashed ? "4 3" : ""));
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String tip) {
    circles.add(new Circle(n(cx), n(cy), n(r), fill, tip));
    return this;
  }

  Svg text(double x, double y, String anchor, int size, boolean bold, String text) {
    texts.add(
        new Text(n(x), n(y), anchor, Integer.toString(size), bold ? "bold" : "normal", "", text));
    return this;
  }

  /** Text turned {@code degrees} about its anchor point. */
  Svg turned(double x, double y, int degrees, int size, String text) {
    texts.add(
        new Text(
            n(x),
            n(y),
            "start",
            Integer.toString(size),
            "normal",
            "rotate(" + degrees + " " + n(x) + " " + n(y) + ")",
            text));
    return this;
  }

  String render() {
    return Templates.HTML.render("chart.svg.mustache", this).strip();
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  List<Rect> rects() {
    return rects;
  }

  List<Line> lines() {
    return lines;
  }

  List<Circle> circles() {
    return circles;
  }

  List<Text> texts() {
    return texts;
  }

  /** One decimal, trailing ".0" dropped: the same number always prints the same. */
  static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
