package io.tacit.text;

import io.tacit.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises files that are not text by their first bytes, so that an image renamed .txt is refused
 * with a message naming what it is, instead of imported as gibberish.
 */
final class BinarySniffer {
  private BinarySniffer() {}

  static void refuseBinary(String file, byte[] bytes, TextKind expected) {
    String kind = kind(bytes);
    if (kind != null) {
      throw new BadInputException(
          file, "this is " + kind + ", not " + expected.noun() + "; " + expected.remedy());
    }
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new BadInputException(
            file, "this is a binary file, not " + expected.noun() + "; " + expected.remedy());
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new BadInputException(
          file, "this looks like a binary file, not " + expected.noun() + "; " + expected.remedy());
    }
  }

  private static @Nullable String kind(byte[] b) {
    if (TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (TextDecoder.startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (TextDecoder.startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (TextDecoder.startsWith(b, 'P', 'K', 3, 4)) {
      return "a zip archive (a .docx renamed? give it the .docx extension or --format docx)";
    }
    if (TextDecoder.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an old binary Word document (.doc: save it as .docx)";
    }
    if (TextDecoder.startsWith(b, '{', '\\', 'r', 't', 'f')) {
      return "an RTF document";
    }
    if (b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return "an audio or video file (MP4/M4A)";
    }
    if (TextDecoder.startsWith(b, 'I', 'D', '3')
        || TextDecoder.startsWith(b, 'R', 'I', 'F', 'F')
        || TextDecoder.startsWith(b, 'O', 'g', 'g', 'S')) {
      return "an audio file";
    }
    return null;
  }
}
