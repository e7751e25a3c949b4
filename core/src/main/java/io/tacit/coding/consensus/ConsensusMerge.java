package io.tacit.coding.consensus;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.coding.reliability.Disagreement;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.transcript.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges two coders into one consensus coding, unit by unit, as unit-level agreement compared them:
 * a code both applied to a unit goes on the unit; a code only one applied goes on it if the team's
 * decision keeps it, and stays off while undecided. Transcripts only one of the two coded (in a
 * study where the second coder took a subset, the lead's remaining interviews) are carried over as
 * that coder coded them. Stateless.
 *
 * <p>A consensus coding covers the whole unit, since the unit is what the coders were compared on.
 * Codings outside participant units of the double-coded transcripts (on interviewer turns) do not
 * go in. Each consensus coding carries the time of the coders' latest coding, so merging the same
 * files again gives the same file.
 */
public final class ConsensusMerge {
  private ConsensusMerge() {}

  /**
   * @param codings both coders' checked codings
   * @param decisions the two coders' unit decisions, as {@code tacit agree} computed them
   * @param sheet the team's decisions; {@link DecisionSheet#empty()} for none
   * @param name the consensus coder
   * @throws IllegalArgumentException unless {@code decisions} compares exactly two coders
   */
  public static ConsensusResult merge(
      CodingSet codings, UnitDecisions decisions, DecisionSheet sheet, String name) {
    if (decisions.coders().size() != 2) {
      throw new IllegalArgumentException("consensus merges two coders: " + decisions.coders());
    }
    String first = decisions.coders().get(0);
    String second = decisions.coders().get(1);
    Instant asOf = latest(codings, Set.of(first, second));
    List<Coding> out = new ArrayList<>();
    int agreed = 0;
    for (int u = 0; u < decisions.units().size(); u++) {
      Unit unit = decisions.units().get(u);
      for (int k = 0; k < decisions.codes().size(); k++) {
        if (decisions.appliedBy(u, k) == 0b11) {
          out.add(on(unit, decisions.codes().get(k), name, asOf));
          agreed++;
        }
      }
    }
    Map<Decision, Integer> settled = new EnumMap<>(Decision.class);
    List<Disagreement> unsettled = new ArrayList<>();
    List<ConsensusResult.TrailRow> trail = new ArrayList<>();
    Set<UnitCode> disagreed = new HashSet<>();
    for (Disagreement d : decisions.disagreements()) {
      UnitCode key = new UnitCode(d.unit().id(), d.code());
      disagreed.add(key);
      SettledDecision s = sheet.settled().get(key);
      if (s == null) {
        unsettled.add(d);
        trail.add(new ConsensusResult.TrailRow(d, null, "", "", ConsensusResult.Outcome.UNSETTLED));
        continue;
      }
      settled.merge(s.decision(), 1, Integer::sum);
      boolean keep = s.decision().keeps(d.appliedBy(first), d.appliedBy(second));
      if (keep) {
        out.add(on(d.unit(), d.code(), name, asOf));
      }
      trail.add(
          new ConsensusResult.TrailRow(
              d,
              s.decision(),
              s.decidedBy(),
              s.reason(),
              keep ? ConsensusResult.Outcome.CODED : ConsensusResult.Outcome.NOT_CODED));
    }
    List<SettledDecision> stale =
        sheet.settled().entrySet().stream()
            .filter(e -> !disagreed.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    List<String> carried = carryOver(codings, decisions, first, second, name, out);
    out.sort(Coding.FILE_ORDER);
    return new ConsensusResult(
        name,
        first,
        second,
        decisions.transcripts(),
        out,
        agreed,
        settled,
        unsettled,
        stale,
        carried,
        trail);
  }

  private static List<String> carryOver(
      CodingSet codings,
      UnitDecisions decisions,
      String first,
      String second,
      String name,
      List<Coding> out) {
    Set<String> compared = new HashSet<>(decisions.transcripts());
    Map<String, Set<String>> codersOf = new HashMap<>();
    for (Coding c : codings.codings()) {
      if (c.coder().equals(first) || c.coder().equals(second)) {
        codersOf.computeIfAbsent(c.doc(), x -> new TreeSet<>()).add(c.coder());
      }
    }
    TreeSet<String> carried = new TreeSet<>();
    for (Coding c : codings.codings()) {
      boolean selected =
          decisions.selection().keepsDoc(c.doc()) && decisions.selection().keepsCode(c.code());
      if (selected && !compared.contains(c.doc()) && codersOf.get(c.doc()).size() == 1) {
        out.add(new Coding(name, c.doc(), c.span(), c.code(), c.memo(), c.created()));
        carried.add(c.doc());
      }
    }
    return List.copyOf(carried);
  }

  private static Coding on(Unit unit, String code, String name, Instant asOf) {
    return new Coding(name, unit.id().doc(), unit.span(), code, "", asOf);
  }

  private static Instant latest(CodingSet codings, Set<String> coders) {
    Instant latest = Instant.EPOCH;
    for (Coding c : codings.codings()) {
      if (coders.contains(c.coder()) && c.created().isAfter(latest)) {
        latest = c.created();
      }
    }
    return latest;
  }
}
