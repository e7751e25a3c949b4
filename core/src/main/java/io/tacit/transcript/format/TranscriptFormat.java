package io.tacit.transcript.format;

import java.util.Locale;

/** The transcript formats Tacit reads; {@code --format} names them in lower case. */
public enum TranscriptFormat {
  TXT,
  VTT,
  SRT,
  DOCX;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
