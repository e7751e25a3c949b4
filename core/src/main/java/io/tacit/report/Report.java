package io.tacit.report;

import io.tacit.report.ReportInput.InputFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A theme report: what the study did and found, section by section, with the SHA-256 of every file
 * it was made from. The same inputs give an equal report. Immutable.
 *
 * @param title the report's title
 * @param timestamp when it was made, only when asked for
 * @param overview the study at a glance
 * @param codebook codes, their use and the changelog
 * @param agreement agreement between two coders; absent when no transcript was double-coded
 * @param themes every theme and subtheme, in themes.yaml order
 * @param codesInNoTheme codes of the reported coder that are in no theme
 * @param associations co-occurrence of the themes' codes
 * @param overlaps pairs of themes sharing extracts
 * @param matrix the Framework matrix
 * @param methods the methods paragraph
 * @param inputs the files it was made from
 */
public record Report(
    String title,
    @Nullable String timestamp,
    Overview overview,
    CodebookSection codebook,
    @Nullable AgreementSection agreement,
    List<ThemeSection> themes,
    List<String> codesInNoTheme,
    Associations associations,
    List<Overlap> overlaps,
    MatrixSection matrix,
    String methods,
    List<InputFile> inputs) {

  public Report {
    themes = List.copyOf(themes);
    codesInNoTheme = List.copyOf(codesInNoTheme);
    overlaps = List.copyOf(overlaps);
    inputs = List.copyOf(inputs);
  }

  /** The same report with a methods paragraph, which is written from the rest of it. */
  public Report withMethods(String paragraph) {
    return new Report(
        title,
        timestamp,
        overview,
        codebook,
        agreement,
        themes,
        codesInNoTheme,
        associations,
        overlaps,
        matrix,
        paragraph,
        inputs);
  }

  public boolean hasCodesInNoTheme() {
    return !codesInNoTheme.isEmpty();
  }

  public String codesInNoThemeList() {
    return String.join(", ", codesInNoTheme);
  }

  /**
   * Jaccard association of every pair of the themes' codes, over windows of neighbouring units.
   *
   * @param codes the codes, theme by theme
   * @param values {@code values.get(a).get(b)}, 1 on the diagonal
   */
  public record Associations(List<ThemeSection.CodeRef> codes, List<List<Double>> values) {
    public Associations {
      codes = List.copyOf(codes);
      values = values.stream().map(List::copyOf).toList();
    }
  }

  /** Two themes whose extracts overlap: shared units, and their Jaccard figure. */
  public record Overlap(String themeA, String themeB, int shared, double jaccard) {}
}
