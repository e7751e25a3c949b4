package io.tacit.report;

import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.KrippendorffThreshold;
import io.tacit.agreement.LandisKoch;
import io.tacit.agreement.Statistic;
import io.tacit.codebook.Code;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.coding.reliability.CodeReliability;
import io.tacit.coding.reliability.Selection;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.coding.reliability.UnitReliability;
import io.tacit.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's agreement section: two coders compared on the transcripts both coded, each code
 * present or absent in each participant unit (as {@code tacit agree --coders} does, through {@link
 * UnitDecisions} and {@link UnitReliability}), with Cohen's kappa and Krippendorff's alpha per code
 * (bootstrap intervals, seeded) and alpha, pooled kappa and percent agreement over every
 * unit-by-code decision. Which two coders: those the reported consensus merged, else the lead coder
 * and the first other coder (not a consensus coder, not suggestions). Stateless.
 */
final class ReportAgreement {
  private static final Set<String> NOT_PEOPLE = Set.of("consensus", "auto");

  private ReportAgreement() {}

  static Optional<AgreementSection> of(ReportInput in, Bootstrap bootstrap) {
    Optional<String[]> pair = pair(in);
    if (pair.isEmpty()) {
      return Optional.empty();
    }
    String first = pair.get()[0];
    String second = pair.get()[1];
    List<Coding> both = new ArrayList<>(in.codings().get(first));
    both.addAll(in.codings().get(second));
    Map<String, Transcript> transcripts = new TreeMap<>();
    in.transcripts().forEach(t -> transcripts.put(t.id(), t));
    UnitDecisions decisions =
        UnitDecisions.of(
            new CodingSet(both, transcripts),
            Selection.of(List.of(first, second), in.unit()),
            in.transcripts().size());
    if (decisions.transcripts().isEmpty()
        || decisions.units().isEmpty()
        || decisions.codes().isEmpty()) {
      return Optional.empty();
    }
    UnitReliability reliability = UnitReliability.of(decisions, bootstrap);
    Map<String, CodeReliability> byCode = new TreeMap<>();
    reliability.codes().forEach(c -> byCode.put(c.code(), c));
    List<String> order = new ArrayList<>();
    in.codebook().all().stream().map(Code::id).filter(byCode::containsKey).forEach(order::add);
    byCode.keySet().stream().filter(c -> !order.contains(c)).forEach(order::add);
    int n = decisions.units().size();
    List<AgreementSection.CodeAgreement> rows = new ArrayList<>();
    for (String code : order) {
      CodeReliability c = byCode.get(code);
      Figure kappa = figure(c.report(), Statistic.COHEN_KAPPA);
      Figure alpha = figure(c.report(), Statistic.KRIPPENDORFF_ALPHA);
      rows.add(
          new AgreementSection.CodeAgreement(
              code,
              name(in, code),
              (int) c.bothCoded(),
              (int) c.onlyFirst(),
              (int) c.onlySecond(),
              (int) c.neither(),
              Figure.of((c.bothCoded() + c.neither()) / (double) n),
              kappa,
              alpha,
              interpretation(kappa, alpha)));
    }
    List<String> unused = decisions.unused(in.codebook().all().stream().map(Code::id).toList());
    AgreementReport overall = reliability.overall();
    Figure percent =
        overall
            .estimate(Statistic.PERCENT_AGREEMENT)
            .map(e -> Figure.of(e.value()))
            .orElse(Figure.none());
    return Optional.of(
        new AgreementSection(
            first,
            second,
            in.unit().label(),
            decisions.transcripts(),
            in.transcripts().size(),
            n,
            rows,
            unused,
            figure(overall, Statistic.KRIPPENDORFF_ALPHA),
            Figure.of(reliability.pooledKappa()),
            percent,
            bootstrap.replicates(),
            in.decisions()));
  }

  /** The coders the consensus merged, else the lead (or reported) coder and another. */
  private static Optional<String[]> pair(ReportInput in) {
    if (in.decisions() != null
        && in.codings().containsKey(in.decisions().first())
        && in.codings().containsKey(in.decisions().second())) {
      return Optional.of(new String[] {in.decisions().first(), in.decisions().second()});
    }
    List<String> people =
        in.codings().keySet().stream()
            .filter(c -> !NOT_PEOPLE.contains(c))
            .filter(c -> in.decisions() == null || !c.equals(in.coder()))
            .toList();
    String lead = in.leadCoder();
    String first =
        lead != null && people.contains(lead)
            ? lead
            : people.contains(in.coder()) ? in.coder() : people.isEmpty() ? null : people.get(0);
    if (first == null) {
      return Optional.empty();
    }
    return people.stream()
        .filter(c -> !c.equals(first))
        .findFirst()
        .map(second -> new String[] {first, second});
  }

  private static Figure figure(AgreementReport report, Statistic statistic) {
    return report.estimate(statistic).map(Figure::of).orElse(Figure.none());
  }

  private static String interpretation(Figure kappa, Figure alpha) {
    String k =
        kappa.value() == null
            ? "kappa undefined"
            : LandisKoch.of(kappa.value()).map(LandisKoch::phrase).orElse("");
    String a =
        alpha.value() == null
            ? "alpha undefined"
            : "alpha "
                + KrippendorffThreshold.of(alpha.value())
                    .map(t -> t.name().toLowerCase(Locale.ROOT))
                    .orElse("");
    return k + "; " + a;
  }

  static String name(ReportInput in, String code) {
    return in.codebook().find(code).map(Code::name).orElse(code);
  }
}
