package io.tacit.theme;

import io.tacit.coding.Coding;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One coder's codings laid over the participant units of the transcripts: which codes each unit
 * carries (a coding counts for every unit its span overlaps), who said it, and the sequence of each
 * transcript's participant units for windows of neighbouring units. An <em>extract</em> of a code
 * is a unit that carries it. Immutable once built.
 */
public final class CodedData {
  /** One participant unit and the codes on it. */
  public record CodedUnit(
      Unit unit, String participant, String role, String group, SortedSet<String> codes) {
    public UnitId id() {
      return unit.id();
    }
  }

  private final List<List<CodedUnit>> sequences;
  private final List<CodedUnit> units;
  private final Map<String, List<CodedUnit>> extracts;
  private final SortedSet<String> participants;
  private final Map<String, String> groupOf;

  private CodedData(
      List<List<CodedUnit>> sequences,
      SortedSet<String> participants,
      Map<String, String> groupOf) {
    this.sequences = sequences;
    this.participants = Collections.unmodifiableSortedSet(participants);
    this.groupOf = Map.copyOf(groupOf);
    List<CodedUnit> all = new ArrayList<>();
    Map<String, List<CodedUnit>> byCode = new TreeMap<>();
    for (List<CodedUnit> seq : sequences) {
      for (CodedUnit u : seq) {
        all.add(u);
        u.codes().forEach(c -> byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(u));
      }
    }
    this.units = List.copyOf(all);
    Map<String, List<CodedUnit>> frozen = new TreeMap<>();
    byCode.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.extracts = Collections.unmodifiableMap(frozen);
  }

  /**
   * Lays codings over units. Codings of transcripts not given are ignored.
   *
   * @param codings one coder's codings
   * @param transcripts the transcripts of the study
   * @param participants attributes (role, group) of the participants
   * @param type turns or sentences
   */
  public static CodedData of(
      List<Coding> codings,
      List<Transcript> transcripts,
      ParticipantTable participants,
      UnitType type) {
    Map<String, List<Coding>> byDoc = new HashMap<>();
    codings.forEach(c -> byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c));
    List<Transcript> sorted = new ArrayList<>(transcripts);
    sorted.sort(Comparator.comparing(Transcript::id));
    List<List<CodedUnit>> sequences = new ArrayList<>();
    SortedSet<String> people = new TreeSet<>();
    Map<String, String> groupOf = new HashMap<>();
    for (Transcript t : sorted) {
      List<Unit> units = t.units(type, false);
      if (units.isEmpty()) {
        continue;
      }
      Participant p = participants.find(t.participant()).orElse(null);
      String role = p == null ? "participant" : p.role().orElse("participant");
      String group = p == null ? "" : p.group().orElse("");
      people.add(t.participant());
      groupOf.put(t.participant(), group);
      List<SortedSet<String>> codes = new ArrayList<>();
      units.forEach(u -> codes.add(new TreeSet<>()));
      for (Coding c : byDoc.getOrDefault(t.id(), List.of())) {
        int i = firstEndingAfter(units, c.span().start());
        for (; i < units.size() && units.get(i).span().start() < c.span().end(); i++) {
          if (units.get(i).span().overlap(c.span()) > 0) {
            codes.get(i).add(c.code());
          }
        }
      }
      List<CodedUnit> seq = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        seq.add(
            new CodedUnit(
                units.get(i),
                t.participant(),
                role,
                group,
                Collections.unmodifiableSortedSet(codes.get(i))));
      }
      sequences.add(List.copyOf(seq));
    }
    return new CodedData(List.copyOf(sequences), people, groupOf);
  }

  /** Index of the first unit whose end is after {@code offset} (units are in text order). */
  private static int firstEndingAfter(List<Unit> units, int offset) {
    int lo = 0;
    int hi = units.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (units.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Each transcript's participant units, in text order; transcripts in id order. */
  public List<List<CodedUnit>> sequences() {
    return sequences;
  }

  /** Every participant unit, in unit id order. */
  public List<CodedUnit> units() {
    return units;
  }

  /** The units carrying each code, by code id. */
  public Map<String, List<CodedUnit>> extracts() {
    return extracts;
  }

  public List<CodedUnit> extracts(String code) {
    return extracts.getOrDefault(code, List.of());
  }

  /** Participants with at least one unit, sorted. */
  public SortedSet<String> participants() {
    return participants;
  }

  /** A participant's group ({@code group} attribute), empty if none. */
  public String groupOf(String participant) {
    return groupOf.getOrDefault(participant, "");
  }

  /** Participants per group (groups with a name only), sorted by group. */
  public Map<String, Integer> groupSizes() {
    Map<String, Integer> sizes = new TreeMap<>();
    participants.forEach(
        p -> {
          String g = groupOf(p);
          if (!g.isEmpty()) {
            sizes.merge(g, 1, Integer::sum);
          }
        });
    return sizes;
  }

  /** The units carrying any of the codes, in unit id order. */
  public List<CodedUnit> extractsOfAny(Set<String> codes) {
    return units.stream().filter(u -> u.codes().stream().anyMatch(codes::contains)).toList();
  }
}
