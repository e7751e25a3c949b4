package io.tacit.transcript.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for reading transcripts: detects a file's format from its content and name and
 * hands it to the right reader. Content wins over the name, so a WebVTT file saved as .txt is still
 * read as WebVTT. Stateless and thread-safe.
 */
public final class TranscriptFormats {
  private static final Pattern SRT_START =
      Pattern.compile("\\A\\s*\\d+[ \\t]*\\n[ \\t]*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}[ \\t]*-->");
  private static final int SNIFF = 2048;

  private static final TranscriptReader TXT = new PlainTextReader();
  private static final TranscriptReader VTT = new WebVttReader();
  private static final TranscriptReader SRT = new SrtReader();
  private static final TranscriptReader DOCX = new DocxReader();

  private TranscriptFormats() {}

  /**
   * Reads a transcript.
   *
   * @param forced the format the user named ({@code --format}), or null to detect it
   * @throws io.tacit.BadInputException naming the file (and line) when it cannot be read
   */
  public static ParsedTranscript read(SourceFile source, @Nullable TranscriptFormat forced) {
    TranscriptFormat format = forced != null ? forced : detect(source).orElse(TranscriptFormat.TXT);
    return reader(format).read(source);
  }

  public static TranscriptReader reader(TranscriptFormat format) {
    return switch (format) {
      case TXT -> TXT;
      case VTT -> VTT;
      case SRT -> SRT;
      case DOCX -> DOCX;
    };
  }

  /**
   * The format by content (a zip is a .docx, a first line {@code WEBVTT} is WebVTT, a numbered cue
   * with a SubRip time is SubRip), else by extension (.txt, .text, .md, .vtt, .srt, .docx), else
   * plain text if the content is text. Empty when the file is empty or binary, which the plain-text
   * reader then refuses with a message naming what the file is.
   */
  public static Optional<TranscriptFormat> detect(SourceFile source) {
    byte[] b = source.bytes();
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      return Optional.of(TranscriptFormat.DOCX);
    }
    String head = head(b);
    if (head != null) {
      if (head.startsWith("WEBVTT")) {
        return Optional.of(TranscriptFormat.VTT);
      }
      if (SRT_START.matcher(head).find()) {
        return Optional.of(TranscriptFormat.SRT);
      }
    }
    Optional<TranscriptFormat> byName = byExtension(source.name());
    if (byName.isPresent()) {
      return byName;
    }
    return head == null ? Optional.empty() : Optional.of(TranscriptFormat.TXT);
  }

  private static Optional<TranscriptFormat> byExtension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "txt", "text", "md" -> Optional.of(TranscriptFormat.TXT);
      case "vtt" -> Optional.of(TranscriptFormat.VTT);
      case "srt" -> Optional.of(TranscriptFormat.SRT);
      case "docx" -> Optional.of(TranscriptFormat.DOCX);
      default -> Optional.empty();
    };
  }

  /** The first bytes as text, line ends as LF, without BOM; null if empty or binary. */
  private static @Nullable String head(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      for (int i = 0; i < n; i++) {
        if (b[i] == 0) {
          return null;
        }
      }
    }
    if (n - skip <= 0) {
      return null;
    }
    // Cutting at SNIFF may split a character; the replacement char at the end is harmless here.
    return new String(b, skip, n - skip, charset).replace("\r\n", "\n").replace('\r', '\n');
  }
}
