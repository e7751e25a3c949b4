package io.tacit.theme;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.transcript.UnitId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collates codes into candidate themes (Braun and Clarke's phase 3): codes with enough extracts are
 * clustered by how often they occur together in neighbouring units, each cluster is named from its
 * most frequent code and the distinctive terms of its extracts, and quoted by its most central
 * extracts from different participants. A code that joins no other is a candidate on its own only
 * with strong support ({@link #standsAlone}); otherwise it is listed as not yet in a theme. The
 * same data and options give the same candidates in the same order. Stateless.
 */
public final class ThemeSuggester {
  private static final int TERMS = 5;
  private static final int NAME_TERMS = 3;
  static final int CENTRAL_TERMS = 10;

  /** A code alone is a theme when at least this share of the participants have it... */
  static final double ALONE_SHARE = 0.5;

  /** ... and at least this many. */
  static final int ALONE_PARTICIPANTS = 3;

  private ThemeSuggester() {}

  public static Suggestion suggest(CodedData data, Codebook codebook, SuggestOptions options) {
    List<String> placed = new ArrayList<>();
    List<Suggestion.Unplaced> unplaced = new ArrayList<>();
    data.extracts()
        .forEach(
            (code, units) -> {
              if (units.size() >= options.minSupport()) {
                placed.add(code);
              } else {
                unplaced.add(new Suggestion.Unplaced(code, name(codebook, code), units.size()));
              }
            });
    Cooccurrence cooc = Cooccurrence.of(data, placed, options.window());
    List<List<Integer>> clusters = AverageLinkage.cluster(cooc, options.cut());

    List<Draft> drafts = new ArrayList<>();
    List<Suggestion.Alone> alone = new ArrayList<>();
    for (List<Integer> cluster : clusters) {
      if (cluster.size() == 1) {
        String code = placed.get(cluster.get(0));
        Reach reach = Reach.of(data, data.extractsOfAny(Set.of(code)));
        if (!standsAlone(reach)) {
          alone.add(
              new Suggestion.Alone(
                  code, name(codebook, code), reach.extracts(), reach.participants()));
          continue;
        }
      }
      List<String> codes =
          cluster.stream()
              .map(placed::get)
              .sorted(
                  Comparator.comparingInt((String c) -> -data.extracts(c).size())
                      .thenComparing(c -> c))
              .toList();
      List<CodedData.CodedUnit> extracts = data.extractsOfAny(Set.copyOf(codes));
      double cohesion = cluster.size() == 1 ? 1.0 : pairAverage(cooc, cluster);
      drafts.add(new Draft(codes, extracts, cohesion));
    }
    drafts.sort(
        Comparator.comparingInt((Draft d) -> -d.extracts.size())
            .thenComparing(d -> d.codes.get(0)));

    List<Candidate> candidates = new ArrayList<>();
    try (TermWeights weights = new TermWeights()) {
      List<List<Term>> terms =
          weights.distinctive(
              drafts.stream().map(Draft::extracts).toList(), Math.max(TERMS, CENTRAL_TERMS));
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        List<Term> top = terms.get(i);
        String lead = name(codebook, d.codes.get(0));
        List<String> words = top.stream().limit(NAME_TERMS).map(Term::word).toList();
        String name = words.isEmpty() ? lead : lead + " (" + String.join(", ", words) + ")";
        String description =
            "Codes that occur together: "
                + d.codes.stream().map(c -> name(codebook, c)).collect(Collectors.joining("; "))
                + "."
                + (top.isEmpty()
                    ? ""
                    : " Distinctive words in its extracts: "
                        + top.stream()
                            .limit(TERMS)
                            .map(Term::word)
                            .collect(Collectors.joining(", "))
                        + ".");
        candidates.add(
            new Candidate(
                "theme-" + (i + 1),
                name,
                description,
                d.codes,
                Reach.of(data, d.extracts),
                round(d.cohesion),
                top.stream().limit(TERMS).toList(),
                quotes(
                    d.codes,
                    d.extracts,
                    top.stream().limit(CENTRAL_TERMS).toList(),
                    weights,
                    options.quotes())));
      }
    }
    alone.sort(Comparator.comparing(Suggestion.Alone::code));
    return new Suggestion(candidates, alone, unplaced, cooc);
  }

  /**
   * Whether a code that joined no other is a theme on its own: when it is part of the pattern of
   * most accounts, coded for at least half of the participants (and at least three of them). A
   * narrower code is more likely a piece of a theme not yet seen, and is listed apart.
   */
  static boolean standsAlone(Reach reach) {
    return reach.participants() >= ALONE_PARTICIPANTS
        && reach.participants() >= ALONE_SHARE * reach.of() - 1e-9;
  }

  /** A cluster on its way to a candidate. */
  private record Draft(List<String> codes, List<CodedData.CodedUnit> extracts, double cohesion) {}

  /**
   * The most central extracts, one per participant: most of the theme's codes first, then most
   * weight of the theme's distinctive terms, then unit id.
   */
  static List<Quote> quotes(
      List<String> themeCodes,
      List<CodedData.CodedUnit> extracts,
      List<Term> terms,
      TermWeights weights,
      int count) {
    Set<String> codes = Set.copyOf(themeCodes);
    Map<String, Double> weightOf =
        terms.stream().collect(Collectors.toMap(Term::stem, Term::weight));
    record Scored(CodedData.CodedUnit unit, long codes, double overlap) {}
    List<Scored> scored = new ArrayList<>();
    for (CodedData.CodedUnit u : extracts) {
      long n = u.codes().stream().filter(codes::contains).count();
      Set<String> stems = new HashSet<>();
      weights.words(u).forEach(w -> stems.add(w.stem()));
      double overlap = 0;
      for (String s : new java.util.TreeSet<>(stems)) {
        overlap += weightOf.getOrDefault(s, 0.0);
      }
      scored.add(new Scored(u, n, round(overlap)));
    }
    scored.sort(
        Comparator.comparingLong((Scored s) -> -s.codes)
            .thenComparing(Comparator.comparingDouble((Scored s) -> s.overlap).reversed())
            .thenComparing(s -> s.unit.id(), Comparator.<UnitId>naturalOrder()));
    List<Quote> quotes = new ArrayList<>();
    Set<String> quoted = new HashSet<>();
    for (Scored s : scored) {
      if (quotes.size() == count) {
        break;
      }
      if (quoted.add(s.unit.participant())) {
        quotes.add(
            new Quote(
                s.unit.id(), s.unit.participant(), s.unit.role(), s.unit.unit().text().strip()));
      }
    }
    return quotes;
  }

  private static double pairAverage(Cooccurrence cooc, List<Integer> cluster) {
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < cluster.size(); a++) {
      for (int b = a + 1; b < cluster.size(); b++) {
        sum += cooc.association(cluster.get(a), cluster.get(b));
        pairs++;
      }
    }
    return sum / pairs;
  }

  static String name(Codebook codebook, String code) {
    return codebook.find(code).map(Code::name).orElse(code);
  }

  /** Fixed rounding for figures that are printed: six decimals, half up. */
  static double round(double value) {
    return new java.math.BigDecimal(Double.toString(value))
        .setScale(6, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
