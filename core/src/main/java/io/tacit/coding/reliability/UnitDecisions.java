package io.tacit.coding.reliability;

import io.tacit.agreement.ReliabilityData;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Each coder's decision, unit by unit and code by code, whether a code applies: the data behind
 * unit-level agreement and the adjudication sheet. Only transcripts that every named coder coded
 * count (the double-coded subset), and only their participant units. A code applies to a unit for a
 * coder when the union of that coder's codings of the code covers the unit enough (any overlap, or
 * at least {@link Selection#minOverlap()} of its code points).
 *
 * <p>Decisions are held as one int per unit and code, a bit per coder, so a thousand transcripts by
 * twenty codes take a few megabytes and a fraction of a second. Codings are laid over units by
 * sorting spans and sweeping, never character by character. Immutable and thread-safe.
 */
public final class UnitDecisions {
  static final List<String> CATEGORIES = List.of("absent", "present");

  private final Selection selection;
  private final List<String> transcripts;
  private final int studyTranscripts;
  private final List<Unit> units;
  private final List<String> codes;
  private final int[] applied;

  private UnitDecisions(
      Selection selection,
      List<String> transcripts,
      int studyTranscripts,
      List<Unit> units,
      List<String> codes,
      int[] applied) {
    this.selection = selection;
    this.transcripts = transcripts;
    this.studyTranscripts = studyTranscripts;
    this.units = units;
    this.codes = codes;
    this.applied = applied;
  }

  /**
   * Lays the selected coders' codings over the units of the transcripts they all coded.
   *
   * @param codings the coders' checked codings, with their transcripts
   * @param studyTranscripts how many transcripts the study has, for the double-coded proportion
   */
  public static UnitDecisions of(CodingSet codings, Selection selection, int studyTranscripts) {
    List<String> coders = selection.coders();
    List<String> docs = doubleCoded(codings, selection);
    Set<String> docSet = new HashSet<>(docs);
    TreeSet<String> used = new TreeSet<>();
    for (Coding c : codings.codings()) {
      if (docSet.contains(c.doc()) && coders.contains(c.coder()) && selection.keepsCode(c.code())) {
        used.add(c.code());
      }
    }
    List<String> codes = List.copyOf(used);
    Map<String, Integer> codeIndex = index(codes);
    Map<String, Integer> coderIndex = index(coders);
    Map<String, List<Coding>> byDoc = byDoc(codings, docs);
    // Transcripts are laid out independently, on every core, and joined in transcript order.
    record Layer(List<Unit> units, int[] mask) {}
    List<Layer> layers =
        docs.parallelStream()
            .map(
                doc -> {
                  List<Unit> docUnits =
                      codings.transcripts().get(doc).units(selection.unit(), false);
                  return new Layer(
                      docUnits,
                      new DocLayer(docUnits, codes.size(), selection.minOverlap())
                          .lay(byDoc.getOrDefault(doc, List.of()), codeIndex, coderIndex));
                })
            .toList();
    List<Unit> units = new ArrayList<>();
    List<int[]> masks = new ArrayList<>();
    int total = 0;
    for (Layer layer : layers) {
      units.addAll(layer.units());
      masks.add(layer.mask());
      total += layer.mask().length;
    }
    int[] applied = new int[total];
    int at = 0;
    for (int[] mask : masks) {
      System.arraycopy(mask, 0, applied, at, mask.length);
      at += mask.length;
    }
    return new UnitDecisions(selection, docs, studyTranscripts, List.copyOf(units), codes, applied);
  }

  /**
   * Decisions already laid over units elsewhere, such as the theme package's view of each coder's
   * codings (a code on every unit a coding of it overlaps): coder {@code c} applied code {@code k}
   * to unit {@code u} when {@code codesOf.get(c).apply(u)} holds {@code k}. Codes are those any
   * coder applied among {@code codes} (every code when empty), sorted.
   *
   * @param units the units compared, by transcript, then in text order
   */
  public static UnitDecisions ofUnits(
      List<String> coders,
      List<Unit> units,
      List<Function<Unit, Set<String>>> codesOf,
      Set<String> codes,
      int studyTranscripts) {
    UnitType type = units.isEmpty() ? UnitType.TURN : units.get(0).id().type();
    Selection selection = new Selection(coders, type, Set.of(), codes, 0);
    TreeSet<String> used = new TreeSet<>();
    TreeSet<String> docs = new TreeSet<>();
    for (Unit u : units) {
      docs.add(u.id().doc());
      for (Function<Unit, Set<String>> of : codesOf) {
        of.apply(u).stream().filter(selection::keepsCode).forEach(used::add);
      }
    }
    List<String> codeList = List.copyOf(used);
    Map<String, Integer> codeIndex = index(codeList);
    int[] applied = new int[units.size() * codeList.size()];
    for (int u = 0; u < units.size(); u++) {
      for (int c = 0; c < codesOf.size(); c++) {
        for (String code : codesOf.get(c).apply(units.get(u))) {
          Integer k = codeIndex.get(code);
          if (k != null) {
            applied[u * codeList.size() + k] |= 1 << c;
          }
        }
      }
    }
    return new UnitDecisions(
        selection, List.copyOf(docs), studyTranscripts, List.copyOf(units), codeList, applied);
  }

  public List<String> coders() {
    return selection.coders();
  }

  public UnitType unitType() {
    return selection.unit();
  }

  public Selection selection() {
    return selection;
  }

  /** The double-coded transcripts (coded by every named coder, and selected), sorted. */
  public List<String> transcripts() {
    return transcripts;
  }

  /** How many transcripts the study has. */
  public int studyTranscripts() {
    return studyTranscripts;
  }

  /** The double-coded transcripts as a share of the study; 0 for an empty study. */
  public double proportionOfStudy() {
    return studyTranscripts == 0 ? 0 : transcripts.size() / (double) studyTranscripts;
  }

  /** Participant units of the double-coded transcripts, by transcript, then in text order. */
  public List<Unit> units() {
    return units;
  }

  /**
   * The codes compared: those any of the coders applied in the double-coded transcripts, sorted.
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Codes of {@code codebook} (or of the selection's code filter, if it has one) that none of the
   * coders used in the double-coded transcripts, sorted: listed apart, since two coders who never
   * used a code have not agreed on anything about it.
   */
  public List<String> unused(Collection<String> codebook) {
    TreeSet<String> unused = new TreeSet<>();
    for (String code : codebook) {
      if (selection.keepsCode(code) && !codes.contains(code)) {
        unused.add(code);
      }
    }
    unused.addAll(selection.codes());
    codes.forEach(unused::remove);
    return List.copyOf(unused);
  }

  /** The coders who applied code {@code code} to unit {@code unit}, one bit per coder index. */
  public int appliedBy(int unit, int code) {
    return applied[unit * codes.size() + code];
  }

  /** Whether coder {@code coder} (an index into {@link #coders()}) applied the code to the unit. */
  public boolean applied(int unit, int code, int coder) {
    return (appliedBy(unit, code) & (1 << coder)) != 0;
  }

  /**
   * Every unit and code on which the coders differ, by transcript, then unit number, then code: the
   * rows of the adjudication sheet, in its order.
   */
  public List<Disagreement> disagreements() {
    int all = (1 << coders().size()) - 1;
    List<Disagreement> found = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      for (int k = 0; k < codes.size(); k++) {
        int mask = appliedBy(u, k);
        if (mask != 0 && mask != all) {
          found.add(new Disagreement(units.get(u), codes.get(k), codersIn(mask)));
        }
      }
    }
    return found;
  }

  /** Presence (1) or absence (0) of one code, units by coders, for the agreement coefficients. */
  public ReliabilityData data(int code) {
    int coders = coders().size();
    int[] ratings = new int[units.size() * coders];
    for (int u = 0; u < units.size(); u++) {
      int mask = appliedBy(u, code);
      for (int c = 0; c < coders; c++) {
        ratings[u * coders + c] = (mask >>> c) & 1;
      }
    }
    return ReliabilityData.of(units.size(), coders, ratings, CATEGORIES, null, coders());
  }

  /** Every unit-by-code decision as one unit of reliability data: for alpha over all codes. */
  public ReliabilityData allDecisions() {
    int coders = coders().size();
    int[] ratings = new int[applied.length * coders];
    for (int i = 0; i < applied.length; i++) {
      for (int c = 0; c < coders; c++) {
        ratings[i * coders + c] = (applied[i] >>> c) & 1;
      }
    }
    return ReliabilityData.of(applied.length, coders, ratings, CATEGORIES, null, coders());
  }

  private List<String> codersIn(int mask) {
    List<String> who = new ArrayList<>();
    for (int c = 0; c < coders().size(); c++) {
      if ((mask & (1 << c)) != 0) {
        who.add(coders().get(c));
      }
    }
    return who;
  }

  /** Transcripts every selected coder has codings in (of any code), kept by the selection. */
  static List<String> doubleCoded(CodingSet codings, Selection selection) {
    Map<String, Set<String>> codersOf = new HashMap<>();
    for (Coding c : codings.codings()) {
      codersOf.computeIfAbsent(c.doc(), d -> new HashSet<>()).add(c.coder());
    }
    TreeSet<String> docs = new TreeSet<>();
    codersOf.forEach(
        (doc, who) -> {
          if (who.containsAll(selection.coders()) && selection.keepsDoc(doc)) {
            docs.add(doc);
          }
        });
    return List.copyOf(docs);
  }

  /** The codings of these transcripts, by transcript. */
  static Map<String, List<Coding>> byDoc(CodingSet codings, List<String> docs) {
    Set<String> keep = new HashSet<>(docs);
    Map<String, List<Coding>> byDoc = new HashMap<>();
    for (Coding c : codings.codings()) {
      if (keep.contains(c.doc())) {
        byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c);
      }
    }
    return byDoc;
  }

  static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return index;
  }
}
