package io.tacit.transcript.format;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document as lines: a paragraph's line breaks ({@code <w:br/>}, which POI gives
 * as "\n") split it into lines, and a blank line separates paragraphs, so that the plain-text rules
 * see Word's paragraphs as paragraphs. A table row becomes one line, {@code Speaker: text} when its
 * cells are a speaker column and a text column. Stateless.
 */
final class DocxLines {
  private DocxLines() {}

  static List<String> of(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        paragraph(lines, p.getText());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          paragraph(lines, row(row));
        }
      } else if (element instanceof XWPFSDT sdt) {
        paragraph(lines, sdt.getContent().getText());
      }
    }
    return lines;
  }

  private static void paragraph(List<String> lines, String text) {
    if (TextLines.isBlank(text)) {
      return;
    }
    lines.addAll(TextLines.split(io.tacit.text.TextNormalizer.normalize(text)));
    lines.add("");
  }

  /** Cells joined by spaces; the last cell is the speech, so a name before it gets a colon. */
  private static String row(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      String text = TextLines.collapseSpaces(cell.getText());
      if (!text.isEmpty()) {
        cells.add(text);
      }
    }
    if (cells.size() < 2) {
      return String.join(" ", cells);
    }
    String before = String.join(" ", cells.subList(0, cells.size() - 1));
    String name = Timestamps.leading(before, true).text();
    boolean speaker = !name.endsWith(":") && SpeakerLabels.isPlausible(name);
    return before + (speaker ? ": " : " ") + cells.get(cells.size() - 1);
  }
}
