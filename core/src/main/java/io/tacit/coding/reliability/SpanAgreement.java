package io.tacit.coding.reliability;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * MAXQDA-style segment agreement of two coders: each coded segment (one coding, as the coder made
 * it) of either coder is matched when the other coder coded the same code on a segment of the same
 * transcript that overlaps it enough: overlap length / length of the longer segment at least {@code
 * minOverlap} (MAXQDA's default tolerance is 90%). Percent agreement is matched segments over all
 * segments, both coders' counted. Like MAXQDA, there is no "neither" cell, so the chance correction
 * is Brennan and Prediger's: {@code (p - 1/k) / (1 - 1/k)} with k the number of codes compared.
 * Immutable.
 *
 * @param minOverlap the matching threshold, in (0, 1]
 * @param codes per code, in code order
 */
public record SpanAgreement(double minOverlap, List<CodeSegments> codes) {

  /**
   * One code's segments.
   *
   * @param segmentsFirst segments the first coder coded with it
   * @param segmentsSecond segments the second coder coded with it
   * @param matchedFirst of the first coder's, those the second coder matched
   * @param matchedSecond of the second coder's, those the first coder matched
   */
  public record CodeSegments(
      String code, int segmentsFirst, int segmentsSecond, int matchedFirst, int matchedSecond) {
    public int matched() {
      return matchedFirst + matchedSecond;
    }

    public int unmatched() {
      return segmentsFirst + segmentsSecond - matched();
    }

    /** matched / (matched + unmatched); NaN without segments. */
    public double percent() {
      int n = segmentsFirst + segmentsSecond;
      return n == 0 ? Double.NaN : matched() / (double) n;
    }
  }

  public SpanAgreement {
    codes = List.copyOf(codes);
    if (!(minOverlap > 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException(
          "segment matching needs an overlap in (0, 1], not " + minOverlap);
    }
  }

  /** Compares the first two coders of {@code decisions} on its transcripts and codes. */
  public static SpanAgreement of(CodingSet codings, UnitDecisions decisions, double minOverlap) {
    String first = decisions.coders().get(0);
    String second = decisions.coders().get(1);
    Map<String, Integer> codeIndex = UnitDecisions.index(decisions.codes());
    int[][] counts = new int[decisions.codes().size()][4];
    Map<String, List<Coding>> byDoc = UnitDecisions.byDoc(codings, decisions.transcripts());
    for (List<Coding> docCodings : byDoc.values()) {
      List<List<Coding>> a = new ArrayList<>();
      List<List<Coding>> b = new ArrayList<>();
      decisions
          .codes()
          .forEach(
              c -> {
                a.add(new ArrayList<>());
                b.add(new ArrayList<>());
              });
      for (Coding c : docCodings) {
        Integer k = codeIndex.get(c.code());
        if (k != null && c.coder().equals(first)) {
          a.get(k).add(c);
        } else if (k != null && c.coder().equals(second)) {
          b.get(k).add(c);
        }
      }
      for (int k = 0; k < counts.length; k++) {
        counts[k][0] += a.get(k).size();
        counts[k][1] += b.get(k).size();
        counts[k][2] += matched(a.get(k), b.get(k), minOverlap);
        counts[k][3] += matched(b.get(k), a.get(k), minOverlap);
      }
    }
    List<CodeSegments> codes = new ArrayList<>();
    for (int k = 0; k < counts.length; k++) {
      codes.add(
          new CodeSegments(
              decisions.codes().get(k), counts[k][0], counts[k][1], counts[k][2], counts[k][3]));
    }
    return new SpanAgreement(minOverlap, codes);
  }

  /** How many of {@code mine} some segment of {@code theirs} matches. */
  static int matched(List<Coding> mine, List<Coding> theirs, double minOverlap) {
    List<Coding> sorted = new ArrayList<>(theirs);
    sorted.sort(Comparator.comparing(Coding::span));
    int n = 0;
    for (Coding m : mine) {
      for (Coding t : sorted) {
        if (t.span().start() >= m.span().end()) {
          break;
        }
        int longer = Math.max(m.span().length(), t.span().length());
        if (m.span().overlap(t.span()) >= minOverlap * longer) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  public int matched() {
    return codes.stream().mapToInt(CodeSegments::matched).sum();
  }

  public int unmatched() {
    return codes.stream().mapToInt(CodeSegments::unmatched).sum();
  }

  /** All codes' matched segments over all segments; NaN without segments. */
  public double percent() {
    int n = matched() + unmatched();
    return n == 0 ? Double.NaN : matched() / (double) n;
  }

  /** Brennan-Prediger kappa, chance 1/k over the k codes compared; NaN for fewer than 2 codes. */
  public double kappa() {
    int k = codes.size();
    if (k < 2) {
      return Double.NaN;
    }
    double chance = 1.0 / k;
    return (percent() - chance) / (1 - chance);
  }
}
