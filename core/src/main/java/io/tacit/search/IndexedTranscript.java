package io.tacit.search;

import io.tacit.transcript.Transcript;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A transcript with what the index records about it beyond its text: the attributes of the
 * participant it belongs to and every coding that points into it. Immutable.
 *
 * @param transcript the transcript
 * @param attributes the participant's attributes (role, group, site, ...); blank values left out
 * @param codings codings of this transcript, by any coder
 */
public record IndexedTranscript(
    Transcript transcript, Map<String, String> attributes, List<CodedSpan> codings) {
  public IndexedTranscript {
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    codings = List.copyOf(codings);
    for (CodedSpan c : codings) {
      if (!c.doc().equals(transcript.id())) {
        throw new IllegalArgumentException(
            "coding of " + c.doc() + " given with " + transcript.id());
      }
    }
  }
}
