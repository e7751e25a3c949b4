package io.tacit.transcript.format;

import io.tacit.transcript.format.SpeakerLabels.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns caption cues into speaker turns. Captions cut one utterance into many cues, so consecutive
 * cues of one speaker join into one turn with a space, and a cue that names nobody continues the
 * turn before it. Speakers come from the format ({@code <v Name>}) or from a {@code Name: } or
 * {@code [Name] } prefix, judged over the whole file as in plain text. Stateless.
 */
final class CueTurns {
  private CueTurns() {}

  static List<RawTurn> assemble(List<Cue> cues) {
    List<@Nullable Label> labels = new ArrayList<>(cues.size());
    int unvoiced = 0;
    int prefixed = 0;
    for (Cue cue : cues) {
      Label label = cue.voice() == null ? prefix(cue.text()) : null;
      labels.add(label);
      unvoiced += cue.voice() == null ? 1 : 0;
      prefixed += label == null ? 0 : 1;
    }
    // When most cues carry a name, a one-off "Bob: yes" is Bob speaking, not a sentence.
    LabelCensus census = new LabelCensus(prefixed * 2 >= unvoiced && unvoiced > 0);
    labels.forEach(
        l -> {
          if (l != null) {
            census.add(l);
          }
        });
    Optional<LabelStyle> style = census.dominant();
    TurnCollector turns = new TurnCollector();
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      Label label = labels.get(i);
      String text = cue.text();
      if (cue.voice() != null) {
        turns.speak(cue.voice(), cue.start(), " ");
      } else if (label != null && style.isPresent() && census.isLabel(label, style.get())) {
        turns.speak(label.name(), cue.start(), " ");
        text = label.rest();
      } else {
        turns.continueTurn(cue.start(), " ");
      }
      turns.append(text);
    }
    return turns.finish();
  }

  private static @Nullable Label prefix(String text) {
    Label label = SpeakerLabels.match(text);
    if (label == null) {
      return null;
    }
    // "Name: " and "[Name] " are one style in captions: some tools mix them in one file.
    return switch (label.style()) {
      case COLON -> label;
      case BRACKET -> new Label(LabelStyle.COLON, label.name(), label.time(), label.rest());
      case REV, TIMED -> null;
    };
  }
}
