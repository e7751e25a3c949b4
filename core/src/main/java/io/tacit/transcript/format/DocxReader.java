package io.tacit.transcript.format;

import io.tacit.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads Word transcripts: Microsoft Teams' current layout ({@code Name 0:04}, then the speech), its
 * legacy layout ({@code 0:0:2.90 --> 0:0:4.480}, speaker, text, in one paragraph), and typed
 * transcripts, which follow the plain-text label rules. The file is checked by {@link DocxGuard}
 * before POI opens it. Stateless and thread-safe.
 */
public final class DocxReader implements TranscriptReader {
  static {
    // POI's own zip-bomb limits are JVM-wide settings; they back up DocxGuard, which has already
    // inflated every entry once, and allow nothing larger than it does.
    ZipSecureFile.setMaxEntrySize(DocxGuard.MAX_EXPANDED);
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
  }

  @Override
  public ParsedTranscript read(SourceFile source) {
    String file = source.name();
    byte[] bytes = source.bytes();
    refuseNonZip(file, bytes);
    DocxGuard.check(file, bytes);
    List<String> lines;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      lines = DocxLines.of(doc);
    } catch (IOException | RuntimeException e) {
      // POI signals damaged packages with a dozen unchecked exception types (POIXMLException,
      // NotOfficeXmlFileException, RecordFormatException, ...); all mean the same to the user.
      throw DocxGuard.corrupt(file, e);
    }
    LabelledText.Result result =
        TeamsLegacy.isLegacy(lines) ? TeamsLegacy.parse(lines) : LabelledText.parse(lines);
    if (result.turns().isEmpty()) {
      throw new BadInputException(
          file, "the document has no transcript text; check that this is" + " the right file");
    }
    return new ParsedTranscript(
        TranscriptFormat.DOCX, "docx", result.header(), result.turns(), result.warnings());
  }

  private static void refuseNonZip(String file, byte[] b) {
    if (b.length == 0) {
      throw new BadInputException(file, "the file is empty; export the transcript again");
    }
    if (b.length >= 4
        && (b[0] & 0xFF) == 0xD0
        && (b[1] & 0xFF) == 0xCF
        && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0) {
      throw new BadInputException(
          file,
          "this is an old binary Word document (.doc), not a .docx;"
              + " open it in Word and save it as .docx");
    }
    if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
      throw DocxGuard.corrupt(file, new IOException("it is not a zip archive"));
    }
  }
}
