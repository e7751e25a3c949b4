package io.tacit.theme;

import io.tacit.transcript.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reviews themes against the data (Braun and Clarke's phase 4): how far each theme reaches, how
 * well its codes were agreed on where they were double-coded, which themes share so many units that
 * they may be one, which are thin, which codes are in no theme, and which extracts sit apart from
 * the rest of their theme (candidates for negative cases). Stateless.
 */
public final class ThemeReview {
  /** Options. {@code thin}: fewer participants than this is thin; {@code apartBelow}: cosine. */
  public record Options(int thin, double apartBelow) {
    public static final Options DEFAULT = new Options(3, 0.1);
  }

  /** Two themes whose extracts overlap: shared units and their Jaccard figure. */
  public record Overlap(String themeA, String themeB, int shared, double jaccard) {}

  /** An extract of a theme's codes that has little in common, lexically, with the others. */
  public record Apart(
      UnitId unit, String participant, List<String> codes, double similarity, String text) {}

  /** One theme's review. */
  public record Report(
      String id,
      String name,
      ThemeStatus status,
      List<String> codes,
      Reach reach,
      boolean thin,
      List<CodeAgreement> agreement,
      List<Overlap> overlaps,
      List<Apart> apart) {}

  /** The review of every theme, and what belongs to none. */
  public record Result(List<Report> themes, List<Overlap> overlaps, List<String> codesInNoTheme) {}

  private ThemeReview() {}

  /**
   * @param second another coder's data on the same units, for agreement; empty if none
   */
  public static Result review(
      CodedData data, Themes themes, Optional<Second> second, Options options) {
    List<Theme> all = themes.all();
    Map<String, Set<UnitId>> unitsOf = new HashMap<>();
    Map<String, List<CodedData.CodedUnit>> extractsOf = new HashMap<>();
    for (Theme t : all) {
      List<CodedData.CodedUnit> ex = data.extractsOfAny(Set.copyOf(t.allCodes()));
      extractsOf.put(t.id(), ex);
      Set<UnitId> ids = new HashSet<>();
      ex.forEach(u -> ids.add(u.id()));
      unitsOf.put(t.id(), ids);
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      for (int b = a + 1; b < all.size(); b++) {
        Theme ta = all.get(a);
        Theme tb = all.get(b);
        if (ta.flatten().contains(tb) || tb.flatten().contains(ta)) {
          continue;
        }
        Set<UnitId> shared = new HashSet<>(unitsOf.get(ta.id()));
        shared.retainAll(unitsOf.get(tb.id()));
        if (!shared.isEmpty()) {
          int union = unitsOf.get(ta.id()).size() + unitsOf.get(tb.id()).size() - shared.size();
          overlaps.add(
              new Overlap(
                  ta.id(),
                  tb.id(),
                  shared.size(),
                  ThemeSuggester.round(shared.size() / (double) union)));
        }
      }
    }
    overlaps.sort(
        java.util.Comparator.comparingDouble((Overlap o) -> -o.jaccard())
            .thenComparing(Overlap::themeA)
            .thenComparing(Overlap::themeB));
    List<Report> reports = new ArrayList<>();
    try (TermWeights weights = new TermWeights()) {
      Map<String, Double> idf = idf(data, weights);
      for (Theme t : all) {
        Reach reach = Reach.of(data, extractsOf.get(t.id()));
        List<CodeAgreement> agreement =
            second
                .map(s -> CodeAgreement.of(data, s.data(), s.coder(), Set.copyOf(t.allCodes())))
                .orElse(List.of());
        reports.add(
            new Report(
                t.id(),
                t.name(),
                t.status(),
                t.allCodes(),
                reach,
                reach.participants() < options.thin(),
                agreement,
                overlaps.stream()
                    .filter(o -> o.themeA().equals(t.id()) || o.themeB().equals(t.id()))
                    .toList(),
                apart(
                    extractsOf.get(t.id()),
                    Set.copyOf(t.allCodes()),
                    weights,
                    idf,
                    options.apartBelow())));
      }
    }
    Set<String> inThemes = themes.codes();
    List<String> none =
        new TreeSet<>(data.extracts().keySet())
            .stream().filter(c -> !inThemes.contains(c)).toList();
    return new Result(reports, overlaps, none);
  }

  /** Another coder's data, for agreement. */
  public record Second(String coder, CodedData data) {}

  /** Inverse document frequency of each stem over every participant unit. */
  private static Map<String, Double> idf(CodedData data, TermWeights weights) {
    Map<String, Integer> df = new HashMap<>();
    List<CodedData.CodedUnit> coded =
        data.units().stream().filter(u -> !u.codes().isEmpty()).toList();
    weights.prepare(coded);
    for (CodedData.CodedUnit u : coded) {
      weights.stemCounts(u).keySet().forEach(s -> df.merge(s, 1, Integer::sum));
    }
    Map<String, Double> idf = new HashMap<>();
    df.forEach((s, n) -> idf.put(s, Math.log((1.0 + coded.size()) / (1.0 + n)) + 1));
    return idf;
  }

  /**
   * Extracts whose TF-IDF stem vector has a cosine below the cut with the centroid of the theme's
   * other extracts (leave one out), lowest first; themes of under three extracts have no "rest" to
   * compare with.
   */
  private static List<Apart> apart(
      List<CodedData.CodedUnit> extracts,
      Set<String> codes,
      TermWeights weights,
      Map<String, Double> idf,
      double below) {
    if (extracts.size() < 3) {
      return List.of();
    }
    List<SortedMap<String, Double>> vectors = new ArrayList<>();
    SortedMap<String, Double> sum = new TreeMap<>();
    for (CodedData.CodedUnit u : extracts) {
      SortedMap<String, Double> v = new TreeMap<>();
      weights.stemCounts(u).forEach((s, n) -> v.put(s, n * idf.getOrDefault(s, 1.0)));
      normalise(v);
      vectors.add(v);
      v.forEach((s, x) -> sum.merge(s, x, Double::sum));
    }
    double[] similarity = similarityToRest(vectors, sum);
    List<Apart> apart = new ArrayList<>();
    for (int i = 0; i < extracts.size(); i++) {
      double sim = ThemeSuggester.round(similarity[i]);
      if (sim < below) {
        CodedData.CodedUnit u = extracts.get(i);
        apart.add(
            new Apart(
                u.id(),
                u.participant(),
                u.codes().stream().filter(codes::contains).toList(),
                sim,
                u.unit().text().strip()));
      }
    }
    apart.sort(java.util.Comparator.comparingDouble(Apart::similarity).thenComparing(Apart::unit));
    return apart;
  }

  /**
   * The cosine of each vector with the normalised sum of the others ({@code sum} less it). The rest
   * is worked out in arrays, in stem order, with the same operations in the same order as on a copy
   * of the sum normalised like the vectors (so the same bits), but without copying a theme's whole
   * vocabulary once per extract.
   */
  static double[] similarityToRest(
      List<SortedMap<String, Double>> vectors, SortedMap<String, Double> sum) {
    double[] total = new double[sum.size()];
    Map<String, Integer> position = new HashMap<>();
    int k = 0;
    for (Map.Entry<String, Double> e : sum.entrySet()) {
      position.put(e.getKey(), k);
      total[k++] = e.getValue();
    }
    double[] similarity = new double[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      SortedMap<String, Double> own = vectors.get(i);
      int[] at = new int[own.size()];
      double[] x = new double[own.size()];
      int p = 0;
      for (Map.Entry<String, Double> e : own.entrySet()) {
        at[p] = position.get(e.getKey());
        x[p++] = e.getValue();
      }
      double norm = 0;
      p = 0;
      for (int j = 0; j < total.length; j++) {
        double r = total[j];
        if (p < at.length && at[p] == j) {
          r = r + -x[p++];
        }
        norm += r * r;
      }
      double n = Math.sqrt(norm);
      double cos = 0;
      for (p = 0; p < at.length; p++) {
        double r = total[at[p]] + -x[p];
        if (n > 1e-12) {
          r = Math.abs(r) < 1e-12 ? 0.0 : r / n;
        }
        cos += x[p] * r;
      }
      similarity[i] = cos;
    }
    return similarity;
  }

  private static void normalise(Map<String, Double> v) {
    double norm = 0;
    for (double x : v.values()) {
      norm += x * x;
    }
    double n = Math.sqrt(norm);
    if (n > 1e-12) {
      v.replaceAll((k, x) -> Math.abs(x) < 1e-12 ? 0.0 : x / n);
    }
  }
}
