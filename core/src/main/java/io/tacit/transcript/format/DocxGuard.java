package io.tacit.transcript.format;

import io.tacit.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a .docx before POI opens it: every entry is inflated once into a small buffer and counted,
 * so a zip bomb (a 1 MB file that expands to gigabytes) is refused after at most {@link
 * #MAX_XML_PART} or {@link #MAX_EXPANDED} bytes of work and no memory to speak of, whatever sizes
 * its headers declare. Also refuses XML parts that carry a DOCTYPE: Word never writes one, and
 * entities are how XML reaches for files it should not. Stateless.
 */
final class DocxGuard {
  /** All parts together, pictures included. */
  static final long MAX_EXPANDED = 256L * 1024 * 1024;

  /**
   * One XML part, far above any transcript (300 pages of Word XML are about 5 MB) and low enough
   * that POI's in-memory XML tree, several times the text's size, fits in a default heap.
   */
  static final long MAX_XML_PART = 32L * 1024 * 1024;

  private static final int PROLOG = 4096;
  private static final String FIX =
      "open it in Word and save it again as .docx, or export the" + " transcript as .txt";

  private DocxGuard() {}

  static void check(String file, byte[] bytes) {
    boolean document = false;
    int entries = 0;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries++;
        document |= e.getName().equals("word/document.xml");
        boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
        long limit = xml ? MAX_XML_PART : MAX_EXPANDED;
        if (e.getSize() > limit) {
          throw bomb(file, limit);
        }
        if (total + Math.max(0, e.getSize()) > MAX_EXPANDED) {
          throw bomb(file, MAX_EXPANDED);
        }
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          if (xml && size < PROLOG && hasDoctype(buffer, n)) {
            throw new BadInputException(
                file,
                "this .docx declares a DOCTYPE in "
                    + e.getName()
                    + ", which Word never writes and Tacit does not read; "
                    + FIX);
          }
          size += n;
          total += n;
          if (size > limit) {
            throw bomb(file, limit);
          }
          if (total > MAX_EXPANDED) {
            throw bomb(file, MAX_EXPANDED);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipInputStream reports truncation and damage as ZipException or EOFException, and a
      // malformed entry name as IllegalArgumentException.
      throw corrupt(file, e);
    }
    if (entries == 0) {
      throw corrupt(file, new IOException("no zip entries"));
    }
    if (!document) {
      throw new BadInputException(
          file,
          "this zip archive is not a Word document (it has no"
              + " word/document.xml); import the transcript itself (.docx, .txt, .vtt or .srt)");
    }
  }

  static BadInputException corrupt(String file, Exception cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new BadInputException(
        file, "not a readable .docx (corrupt or truncated): " + detail + "; " + FIX, cause);
  }

  private static BadInputException bomb(String file, long limit) {
    return new BadInputException(
        file,
        "this .docx expands to more than "
            + limit / (1024 * 1024)
            + " MB (a zip bomb or a corrupt file); "
            + FIX);
  }

  private static boolean hasDoctype(byte[] buffer, int length) {
    String head = new String(buffer, 0, Math.min(length, PROLOG), StandardCharsets.ISO_8859_1);
    return head.contains("<!DOCTYPE");
  }
}
