package io.tacit.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an index was built from, kept in its commit's user data so that staleness is found without
 * reading any document. Immutable.
 *
 * @param schema the layout version of the index; a different one means a rebuild
 * @param fingerprint a digest of the project inputs' paths, sizes and modification times
 * @param base a digest of the inputs that every unit depends on (participants); a change rebuilds
 * @param attributes the participant attribute names known when it was built, in table order
 * @param transcripts for each transcript id, a digest of its inputs (its files and its codings); a
 *     change re-indexes that transcript alone
 */
public record IndexState(
    int schema,
    String fingerprint,
    String base,
    List<String> attributes,
    Map<String, String> transcripts) {
  private static final String SCHEMA = "tacit.schema";
  private static final String FINGERPRINT = "tacit.fingerprint";
  private static final String BASE = "tacit.base";
  private static final String ATTRIBUTES = "tacit.attributes";
  private static final String TRANSCRIPT = "transcript.";

  /** Attribute names come from a CSV header and may hold anything printable. */
  private static final String SEPARATOR = "\u001f";

  /** The state of a missing or unreadable index: nothing matches it. */
  public static final IndexState NONE = new IndexState(0, "", "", List.of(), Map.of());

  public IndexState {
    attributes = List.copyOf(attributes);
    transcripts = Collections.unmodifiableMap(new TreeMap<>(transcripts));
  }

  /** The state of an index built now, by this version of Tacit, from inputs so described. */
  public static IndexState of(
      String fingerprint, String base, List<String> attributes, Map<String, String> transcripts) {
    return new IndexState(UnitIndex.SCHEMA, fingerprint, base, attributes, transcripts);
  }

  /**
   * Whether an index in this state can be brought to {@code next} transcript by transcript; if not
   * (another layout, other participant attributes) it must be rebuilt.
   */
  public boolean canUpdateTo(IndexState next) {
    return schema == next.schema && base.equals(next.base) && attributes.equals(next.attributes);
  }

  /**
   * Whether an index in this state was built from inputs with this fingerprint, by this version.
   */
  public boolean isCurrent(String inputFingerprint) {
    return schema == UnitIndex.SCHEMA && fingerprint.equals(inputFingerprint);
  }

  Map<String, String> toUserData() {
    Map<String, String> data = new HashMap<>();
    data.put(SCHEMA, Integer.toString(schema));
    data.put(FINGERPRINT, fingerprint);
    data.put(BASE, base);
    data.put(ATTRIBUTES, String.join(SEPARATOR, attributes));
    transcripts.forEach((id, digest) -> data.put(TRANSCRIPT + id, digest));
    return data;
  }

  static IndexState fromUserData(Map<String, String> data) {
    int schema;
    try {
      schema = Integer.parseInt(data.getOrDefault(SCHEMA, "0"));
    } catch (NumberFormatException e) {
      return NONE;
    }
    String names = data.getOrDefault(ATTRIBUTES, "");
    List<String> attributes =
        names.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(names.split(SEPARATOR, -1)));
    Map<String, String> transcripts = new TreeMap<>();
    data.forEach(
        (key, value) -> {
          if (key.startsWith(TRANSCRIPT)) {
            transcripts.put(key.substring(TRANSCRIPT.length()), value);
          }
        });
    return new IndexState(
        schema,
        data.getOrDefault(FINGERPRINT, ""),
        data.getOrDefault(BASE, ""),
        attributes,
        transcripts);
  }
}
