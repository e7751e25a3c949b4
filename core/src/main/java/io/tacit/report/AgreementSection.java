package io.tacit.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Agreement between two coders on the transcripts both coded: per code on the presence of the code
 * in each participant unit, and overall, with how their disagreements were settled. Immutable.
 *
 * @param first the first coder (the lead)
 * @param second the second coder
 * @param unit the unit of analysis
 * @param docs the transcripts both coded
 * @param of transcripts in the study
 * @param units participant units in {@code docs}
 * @param codes each code either coder used there, by code id
 * @param unused codes in the codebook neither coder used there (not counted as agreement)
 * @param alpha Krippendorff's alpha over every unit-by-code decision
 * @param pooledKappa pooled kappa over the codes (De Vries et al. 2008)
 * @param percent percent agreement over every unit-by-code decision
 * @param replicates bootstrap replicates behind each interval
 * @param decisions how disagreements were settled, when the reported coder is a consensus with an
 *     audit trail
 */
public record AgreementSection(
    String first,
    String second,
    String unit,
    List<String> docs,
    int of,
    int units,
    List<CodeAgreement> codes,
    List<String> unused,
    Figure alpha,
    Figure pooledKappa,
    Figure percent,
    int replicates,
    @Nullable Decisions decisions) {

  public AgreementSection {
    docs = List.copyOf(docs);
    codes = List.copyOf(codes);
    unused = List.copyOf(unused);
  }

  /**
   * One code: units both coders, one coder or neither put it on, and the coefficients.
   *
   * @param interpretation Landis and Koch's band for kappa and Krippendorff's guidance for alpha
   */
  public record CodeAgreement(
      String code,
      String name,
      int both,
      int onlyFirst,
      int onlySecond,
      int neither,
      Figure percent,
      Figure kappa,
      Figure alpha,
      String interpretation) {}

  /** {@code 5 of 12 (42%)}. */
  public String share() {
    return docs.size() + " of " + of + " (" + Overview.percent(docs.size(), of) + ")";
  }

  public String docList() {
    return String.join(", ", docs);
  }

  public boolean hasUnused() {
    return !unused.isEmpty();
  }

  public String unusedList() {
    return String.join(", ", unused);
  }

  /** Codes whose alpha reaches .800, and .667. */
  public long reliable() {
    return codes.stream()
        .filter(c -> c.alpha().value() != null && c.alpha().value() >= 0.8)
        .count();
  }

  public long tentative() {
    return codes.stream()
        .filter(
            c -> c.alpha().value() != null && c.alpha().value() >= 0.667 && c.alpha().value() < 0.8)
        .count();
  }
}
