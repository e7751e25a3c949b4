package io.tacit.report;

import io.tacit.agreement.Agreement;
import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.KrippendorffThreshold;
import io.tacit.agreement.LandisKoch;
import io.tacit.agreement.Level;
import io.tacit.agreement.PooledKappa;
import io.tacit.agreement.ReliabilityData;
import io.tacit.agreement.Statistic;
import io.tacit.codebook.Code;
import io.tacit.coding.Coding;
import io.tacit.theme.CodedData;
import io.tacit.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's agreement section: two coders compared on the transcripts both coded, each code
 * present or absent in each participant unit, with Cohen's kappa and Krippendorff's alpha per code
 * (bootstrap intervals, seeded) and alpha, pooled kappa and percent agreement over every
 * unit-by-code decision. Which two coders: those of the consensus decisions sheet, else the lead
 * coder and the first other coder (not a consensus coder, not suggestions). Stateless.
 */
final class ReportAgreement {
  private static final List<String> PRESENCE = List.of("absent", "present");
  private static final Set<String> NOT_PEOPLE = Set.of("consensus", "auto");

  private ReportAgreement() {}

  static Optional<AgreementSection> of(ReportInput in, Bootstrap bootstrap) {
    Optional<String[]> pair = pair(in);
    if (pair.isEmpty()) {
      return Optional.empty();
    }
    String first = pair.get()[0];
    String second = pair.get()[1];
    Set<String> docs = docs(in.codings().get(first));
    docs.retainAll(docs(in.codings().get(second)));
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    List<Transcript> subset = in.transcripts().stream().filter(t -> docs.contains(t.id()))
        .toList();
    CodedData a = CodedData.of(in.codings().get(first), subset, in.participants(), in.unit());
    CodedData b = CodedData.of(in.codings().get(second), subset, in.participants(), in.unit());
    List<CodedData.CodedUnit> units = a.units();
    List<CodedData.CodedUnit> unitsB = b.units();
    Set<String> either = new TreeSet<>(a.extracts().keySet());
    either.addAll(b.extracts().keySet());
    Set<String> used = new java.util.LinkedHashSet<>();
    in.codebook().all().stream().map(Code::id).filter(either::contains).forEach(used::add);
    used.addAll(either);

    List<AgreementSection.CodeAgreement> rows = new ArrayList<>();
    List<ReliabilityData> perCode = new ArrayList<>();
    int n = units.size();
    int[] all = new int[n * used.size() * 2];
    int agreed = 0;
    int k = 0;
    for (String code : used) {
      int[] ratings = new int[n * 2];
      int both = 0;
      int onlyFirst = 0;
      int onlySecond = 0;
      for (int u = 0; u < n; u++) {
        boolean x = units.get(u).codes().contains(code);
        boolean y = unitsB.get(u).codes().contains(code);
        ratings[2 * u] = x ? 1 : 0;
        ratings[2 * u + 1] = y ? 1 : 0;
        both += x && y ? 1 : 0;
        onlyFirst += x && !y ? 1 : 0;
        onlySecond += !x && y ? 1 : 0;
      }
      System.arraycopy(ratings, 0, all, k * n * 2, n * 2);
      k++;
      int neither = n - both - onlyFirst - onlySecond;
      agreed += both + neither;
      ReliabilityData data = ReliabilityData.of(n, 2, ratings, PRESENCE, null,
          List.of(first, second));
      perCode.add(data);
      Figure kappa = estimate(Statistic.COHEN_KAPPA, data, bootstrap);
      Figure alpha = estimate(Statistic.KRIPPENDORFF_ALPHA, data, bootstrap);
      rows.add(new AgreementSection.CodeAgreement(code, name(in, code), both, onlyFirst,
          onlySecond, neither, Figure.of((both + neither) / (double) n), kappa, alpha,
          interpretation(kappa, alpha)));
    }
    List<String> unused = in.codebook().all().stream().map(Code::id)
        .filter(c -> !used.contains(c)).toList();
    Figure alpha = Figure.none();
    Figure pooled = Figure.none();
    Figure percent = Figure.none();
    if (!used.isEmpty() && n > 0) {
      ReliabilityData overall = ReliabilityData.of(n * used.size(), 2, all, PRESENCE, null,
          List.of(first, second));
      alpha = estimate(Statistic.KRIPPENDORFF_ALPHA, overall, bootstrap);
      pooled = Figure.of(PooledKappa.estimate(perCode, bootstrap));
      percent = Figure.of(agreed / (double) (n * used.size()));
    }
    return Optional.of(new AgreementSection(first, second, in.unit().label(), new ArrayList<>(
        new TreeSet<>(docs)), in.transcripts().size(), n, rows, unused, alpha, pooled, percent,
        bootstrap.replicates(), in.decisions()));
  }

  /** The coders of the decisions sheet, else the lead (or reported) coder and another. */
  private static Optional<String[]> pair(ReportInput in) {
    if (in.decisions() != null && in.codings().containsKey(in.decisions().first())
        && in.codings().containsKey(in.decisions().second())) {
      return Optional.of(new String[] {in.decisions().first(), in.decisions().second()});
    }
    List<String> people = in.codings().keySet().stream().filter(c -> !NOT_PEOPLE.contains(c))
        .filter(c -> in.decisions() == null || !c.equals(in.coder())).toList();
    String lead = in.leadCoder();
    String first = lead != null && people.contains(lead) ? lead
        : people.contains(in.coder()) ? in.coder() : people.isEmpty() ? null : people.get(0);
    if (first == null) {
      return Optional.empty();
    }
    return people.stream().filter(c -> !c.equals(first)).findFirst()
        .map(second -> new String[] {first, second});
  }

  private static Set<String> docs(List<Coding> codings) {
    Set<String> docs = new TreeSet<>();
    codings.forEach(c -> docs.add(c.doc()));
    return docs;
  }

  private static Figure estimate(Statistic statistic, ReliabilityData data, Bootstrap bootstrap) {
    return Agreement.estimate(statistic, data, Level.NOMINAL, bootstrap).map(Figure::of)
        .orElse(Figure.none());
  }

  private static String interpretation(Figure kappa, Figure alpha) {
    String k = kappa.value() == null ? "kappa undefined"
        : LandisKoch.of(kappa.value()).map(LandisKoch::phrase).orElse("");
    String a = alpha.value() == null ? "alpha undefined"
        : "alpha " + KrippendorffThreshold.of(alpha.value()).map(t -> t.name()
            .toLowerCase(Locale.ROOT)).orElse("");
    return k + "; " + a;
  }

  static String name(ReportInput in, String code) {
    return in.codebook().find(code).map(Code::name).orElse(code);
  }
}
