package io.tacit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The methods paragraph, generated from what was actually done: the interviews, the codebook and
 * its changes, who coded what, the agreement statistics and how disagreements were settled, and how
 * themes were formed. Rendered from {@code methods.mustache}. Stateless.
 */
final class Methods {
  private Methods() {}

  /**
   * What the paragraph says; every field is a finished phrase or a number.
   *
   * @param second the second coder and the share double-coded; absent when none
   * @param agreement the agreement sentence; absent without a second coder
   * @param settlement how disagreements were settled; absent without a consensus audit trail
   */
  record Facts(
      int interviews,
      int participants,
      @Nullable String groups,
      String codebook,
      int codes,
      @Nullable String changes,
      String unit,
      String coding,
      @Nullable String second,
      @Nullable String agreement,
      @Nullable String settlement,
      int themes,
      String statuses) {}

  static String paragraph(Report r) {
    Overview o = r.overview();
    CodebookSection cb = r.codebook();
    String groups =
        String.join(", ", o.groups().stream().map(g -> g.n() + " " + g.label()).toList());
    String codebook =
        "\u201c"
            + cb.title()
            + "\u201d (version "
            + cb.version()
            + (cb.source().isBlank() ? "" : "; " + cb.source().strip().replaceAll("\\.$", ""))
            + ")";
    String coding =
        o.coders().stream()
            .filter(c -> c.coder().equals(o.coder()))
            .map(
                c ->
                    "The codings reported here are those of coder "
                        + c.coder()
                        + " ("
                        + c.codings()
                        + " codings in "
                        + c.transcripts()
                        + " of "
                        + o.transcripts()
                        + " transcripts)")
            .findFirst()
            .orElse("");
    AgreementSection a = r.agreement();
    String second = null;
    String agreement = null;
    String settlement = null;
    if (a != null) {
      second =
          "Coders "
              + a.first()
              + " and "
              + a.second()
              + " independently coded "
              + a.share()
              + " of the transcripts";
      agreement =
          "Agreement was measured on those transcripts ("
              + a.units()
              + " participant "
              + a.unit()
              + "s), for each of the "
              + a.codes().size()
              + " codes either coder used, on"
              + " whether the code was applied to each "
              + a.unit()
              + ", with Cohen\u2019s kappa and"
              + " Krippendorff\u2019s alpha (nominal) and 95% bootstrap confidence intervals ("
              + String.format(Locale.ROOT, "%,d", a.replicates())
              + " replicates); over all "
              + a.unit()
              + "-by-code decisions, Krippendorff\u2019s alpha was "
              + a.alpha().cell()
              + " and pooled kappa (De Vries et al. 2008) "
              + a.pooledKappa().cell()
              + ". "
              + a.reliable()
              + " of "
              + a.codes().size()
              + " codes reached alpha .800 and "
              + a.tentative()
              + " more reached .667 (Krippendorff 2004)";
      Decisions d = a.decisions();
      if (d != null) {
        settlement =
            "The two coders discussed their "
                + d.total()
                + " disagreements (a code"
                + " one of them applied to a "
                + a.unit()
                + " and the other did not); "
                + (d.unsettled() == 0 ? "all were" : d.settled() + " were")
                + " settled by"
                + " consensus ("
                + decisionText(d)
                + ")"
                + (d.unsettled() > 0
                    ? " and " + d.unsettled() + " left unsettled and out of the consensus coding"
                    : "")
                + ", and the consensus coding ("
                + r.overview().coder()
                + ") is the one reported";
      }
    }
    List<String> statuses = new ArrayList<>();
    for (String s : List.of("final", "reviewed", "candidate")) {
      long n = r.themes().stream().filter(t -> t.status().equals(s)).count();
      if (n > 0) {
        statuses.add(n + " " + s);
      }
    }
    String changes =
        cb.changelog().isEmpty()
            ? null
            : "; its changelog records "
                + cb.changelog().size()
                + " change"
                + (cb.changelog().size() == 1 ? "" : "s")
                + " made during the analysis";
    Facts facts =
        new Facts(
            o.transcripts(),
            o.participants(),
            groups.isEmpty() ? null : groups,
            codebook,
            cb.codes().size(),
            changes,
            o.unit(),
            coding,
            second,
            agreement,
            settlement,
            r.themes().size(),
            String.join(", ", statuses));
    return Templates.TEXT.render("methods.mustache", facts).strip().replaceAll("\\s+", " ");
  }

  /** "2 kept as lead coded them, 1 with the code left out". */
  static String decisionText(Decisions d) {
    List<String> parts = new ArrayList<>();
    d.byDecision()
        .forEach(
            (kind, n) ->
                parts.add(
                    n
                        + " "
                        + switch (kind) {
                          case "first" ->
                              "kept as " + d.first() + " coded " + (n == 1 ? "it" : "them");
                          case "second" ->
                              "kept as " + d.second() + " coded " + (n == 1 ? "it" : "them");
                          case "both" -> "with the code kept";
                          default -> "with the code left out";
                        }));
    return String.join(", ", parts);
  }
}
