package io.tacit.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The study's participants, sorted by id, with the attribute columns in a stable order ({@code
 * role}, {@code group}, then the others as first seen). Immutable.
 */
public record ParticipantTable(List<String> columns, List<Participant> participants) {
  public ParticipantTable {
    columns = List.copyOf(columns);
    participants =
        participants.stream().sorted(java.util.Comparator.comparing(Participant::id)).toList();
  }

  public static ParticipantTable empty() {
    return new ParticipantTable(List.of("role", "group"), List.of());
  }

  /**
   * The participant with this id. A binary search over the sorted list (ids are unique: the reader
   * refuses repeats and a merge keys by id), since reports, themes and the index look up every
   * transcript's participant and a scan made 10,000 lookups in 10,000 rows the slowest step of a
   * large study.
   */
  public Optional<Participant> find(String id) {
    int low = 0;
    int high = participants.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = participants.get(mid).id().compareTo(id);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return Optional.of(participants.get(mid));
      }
    }
    return Optional.empty();
  }

  /**
   * This table updated with {@code incoming}: a participant in both takes the incoming values for
   * the incoming columns and keeps its others; new participants are added; none are dropped.
   */
  public ParticipantTable merge(ParticipantTable incoming) {
    Set<String> cols = new LinkedHashSet<>(columns);
    cols.addAll(incoming.columns);
    Map<String, Participant> byId = new TreeMap<>();
    participants.forEach(p -> byId.put(p.id(), p));
    for (Participant p : incoming.participants) {
      Participant old = byId.get(p.id());
      Map<String, String> attrs = new LinkedHashMap<>(old == null ? Map.of() : old.attributes());
      attrs.putAll(p.attributes());
      byId.put(p.id(), new Participant(p.id(), attrs));
    }
    return new ParticipantTable(new ArrayList<>(cols), new ArrayList<>(byId.values()));
  }
}
