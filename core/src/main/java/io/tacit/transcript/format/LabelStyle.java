package io.tacit.transcript.format;

/**
 * How a transcript marks who speaks. One style per file is typical, so a reader picks the file's
 * dominant style and reads only that as labels; a {@code Word:} at the start of a sentence in a
 * file labelled {@code [P01]} stays text.
 */
enum LabelStyle {
  /** {@code Name (00:00):} with the text on the same or the next line (Rev). */
  REV,
  /** {@code Name 0:06} alone on a line, the text on the following lines (Otter, Teams). */
  TIMED,
  /** {@code [Name] text}, {@code [SPEAKER_00]: text}, or {@code [Speaker A] 15:05:41} (Zoom). */
  BRACKET,
  /** {@code Name: text}, {@code I:}, {@code P01:}, {@code **Name:**}. */
  COLON
}
