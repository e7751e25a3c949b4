package io.tacit.transcript.format;

import io.tacit.transcript.format.SpeakerLabels.Label;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the label candidates of a whole file, then decides which are labels. Deciding from the
 * whole file is what keeps "Honestly: it was hard" inside a turn: a word seen once at the start of
 * a line is text, while {@code Dana:} seen twenty times is a speaker. Mutable while counting; not
 * thread-safe; one per file.
 */
final class LabelCensus {
  private final Map<LabelStyle, Map<String, Integer>> counts = new EnumMap<>(LabelStyle.class);
  private final boolean lenient;

  /**
   * @param lenient accept a one-off single-word name too, for formats where labels are the norm and
   *     text rarely starts with {@code Word:} (captions)
   */
  LabelCensus(boolean lenient) {
    this.lenient = lenient;
  }

  void add(Label label) {
    counts
        .computeIfAbsent(label.style(), s -> new HashMap<>())
        .merge(label.name(), 1, Integer::sum);
  }

  /**
   * The style with the most accepted labels, if any style has at least two of them or one that
   * every transcriber uses ({@code Interviewer:}); a single "Key Point:" does not make a labelled
   * transcript, unless the census is lenient.
   */
  Optional<LabelStyle> dominant() {
    LabelStyle best = null;
    int bestCount = 0;
    for (LabelStyle style : LabelStyle.values()) {
      int total = 0;
      boolean known = false;
      for (Map.Entry<String, Integer> e : counts.getOrDefault(style, Map.of()).entrySet()) {
        if (accepts(style, e.getKey())) {
          total += e.getValue();
          known |= SpeakerLabels.isKnown(e.getKey());
        }
      }
      if ((total >= 2 || known || lenient) && total > bestCount) {
        best = style;
        bestCount = total;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code label} is a speaker label in a file whose dominant style is {@code style}. */
  boolean isLabel(Label label, LabelStyle style) {
    return label.style() == style && accepts(style, label.name());
  }

  private boolean accepts(LabelStyle style, String name) {
    if (SpeakerLabels.isKnown(name)) {
      return true;
    }
    if (SpeakerLabels.isNeverLabel(name)) {
      return false;
    }
    int seen = counts.getOrDefault(style, Map.of()).getOrDefault(name, 0);
    // Sentences do not start with "[Word]", but "[laughs]" lines do: a capital says name.
    boolean capitalInBrackets =
        style == LabelStyle.BRACKET && Character.isUpperCase(name.codePointAt(0));
    return seen >= 2 || lenient || capitalInBrackets || SpeakerLabels.looksLikeFullName(name);
  }
}
