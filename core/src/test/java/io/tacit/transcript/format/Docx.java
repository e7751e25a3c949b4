package io.tacit.transcript.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents built in the tests with POI, so no binary fixtures are stored. */
final class Docx {
  private final XWPFDocument doc = new XWPFDocument();

  /** A paragraph whose lines are separated by line breaks ({@code <w:br/>}). */
  Docx paragraph(String... lines) {
    XWPFParagraph p = doc.createParagraph();
    for (int i = 0; i < lines.length; i++) {
      XWPFRun run = p.createRun();
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
    return this;
  }

  /** A table, one row per array, one cell per element. */
  Docx table(String[]... rows) {
    XWPFTable table = doc.createTable(rows.length, rows[0].length);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        table.getRow(r).getCell(c).setText(rows[r][c]);
      }
    }
    return this;
  }

  byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SourceFile source(String name) {
    return new SourceFile(name, bytes());
  }

  /** A copy of a .docx with word/document.xml rewritten. */
  static byte[] rewriteDocument(byte[] docx, UnaryOperator<String> edit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          data =
              edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
