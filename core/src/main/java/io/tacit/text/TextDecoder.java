package io.tacit.text;

import io.tacit.BadInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a text file the way researchers' files really come: UTF-8 with or without a byte-order
 * mark, UTF-16 with one, or, for files that are not valid UTF-8, Windows-1252 (what Word and older
 * Windows tools write), with a warning. Refuses binary content (images, PDFs, archives) with a
 * message that says what the file seems to be.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes a transcript.
   *
   * @param file name used in messages
   * @throws BadInputException for empty or binary content
   */
  public static DecodedText decode(String file, byte[] bytes) {
    return decode(file, bytes, TextKind.TRANSCRIPT);
  }

  /**
   * Decodes a file that should hold {@code kind}, which messages about a bad one name.
   *
   * @param file name used in messages
   * @throws BadInputException for empty or binary content
   */
  public static DecodedText decode(String file, byte[] bytes, TextKind kind) {
    if (bytes.length == 0) {
      throw new BadInputException(file, "the file is empty; " + kind.remedy());
    }
    List<String> warnings = new ArrayList<>();
    String encoding;
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      encoding = "UTF-8";
      text = strictUtf8(file, bytes, 3);
    } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      boolean little = bytes[0] == (byte) 0xFF;
      encoding = little ? "UTF-16LE" : "UTF-16BE";
      text =
          new String(
              bytes,
              2,
              bytes.length - 2,
              little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    } else {
      BinarySniffer.refuseBinary(file, bytes, kind);
      String utf8 = tryUtf8(bytes);
      if (utf8 != null) {
        encoding = "UTF-8";
        text = utf8;
      } else {
        encoding = "windows-1252";
        text = new String(bytes, WINDOWS_1252);
        warnings.add("not valid UTF-8; read as Windows-1252: check accented letters and quotes");
      }
    }
    String normalized = TextNormalizer.normalize(text);
    if (normalized.indexOf('\0') >= 0) {
      throw new BadInputException(
          file,
          "the file contains NUL characters, so it is not " + kind.noun() + "; " + kind.remedy());
    }
    if (normalized.isBlank()) {
      throw new BadInputException(file, "the file has no text; " + kind.remedy());
    }
    return new DecodedText(normalized, encoding, warnings);
  }

  private static String strictUtf8(String file, byte[] bytes, int offset) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          file,
          "the file starts with a UTF-8 byte-order mark but is not"
              + " valid UTF-8; save it again as UTF-8");
    }
  }

  private static @Nullable String tryUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
