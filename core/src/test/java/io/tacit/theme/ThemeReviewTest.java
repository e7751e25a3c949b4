package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThemeReviewTest {
  private static final Themes THEMES =
      new Themes(
          List.of(
              Theme.candidate("advocacy", "Advocacy", "", List.of("meetings", "councils"), ""),
              Theme.candidate("visits", "Visits", "", List.of("visits", "questions"), ""),
              Theme.candidate("speaking-up", "Speaking up", "", List.of("advocacy"), ""),
              Theme.candidate("funding", "Funding", "", List.of("funding"), "")));

  private static CodedData data() {
    StudyData s = ThemeSuggesterTest.study();
    s.participant(
        "p07",
        "case manager",
        "MHP",
        "Nothing.",
        "Nothing.",
        "Nothing.",
        "The landlord changed the locks on the flat while she was away.");
    s.code("p07", 4, "visits");
    return s.data();
  }

  @Test
  void flagsThinThemesSharedUnitsAndCodesInNoTheme() {
    ThemeReview.Result r =
        ThemeReview.review(data(), THEMES, Optional.empty(), ThemeReview.Options.DEFAULT);
    assertThat(r.codesInNoTheme()).containsExactly("doctor");
    ThemeReview.Report funding = r.themes().get(3);
    assertThat(funding.thin()).isTrue();
    assertThat(funding.reach().participants()).isEqualTo(2);
    assertThat(r.themes().get(0).thin()).isFalse();
    // advocacy is on 3 of the 6 units of meetings and councils: 3 shared of 6 in all.
    assertThat(r.overlaps())
        .containsExactly(new ThemeReview.Overlap("advocacy", "speaking-up", 3, 0.5));
  }

  @Test
  void findsExtractsThatSitApartFromTheirTheme() {
    ThemeReview.Result r =
        ThemeReview.review(data(), THEMES, Optional.empty(), ThemeReview.Options.DEFAULT);
    ThemeReview.Report visits = r.themes().get(1);
    assertThat(visits.apart()).extracting(a -> a.unit().toString()).containsExactly("p07:t8");
    assertThat(visits.apart().get(0).similarity()).isZero();
    assertThat(r.themes().get(0).apart()).isEmpty();
  }

  @Test
  void measuresAgreementOnTheThemesCodesWhereDoubleCoded() {
    StudyData second = ThemeSuggesterTest.study();
    StudyData first = ThemeSuggesterTest.study();
    first.code("p01", 2, "meetings");
    ThemeReview.Result r =
        ThemeReview.review(
            first.data(),
            THEMES,
            Optional.of(new ThemeReview.Second("second", second.data())),
            ThemeReview.Options.DEFAULT);
    List<CodeAgreement> a = r.themes().get(0).agreement();
    assertThat(a).extracting(CodeAgreement::code).containsExactly("councils", "meetings");
    CodeAgreement councils = a.get(0);
    assertThat(councils.percent()).isEqualTo(1.0);
    assertThat(councils.kappa()).contains(1.0);
    CodeAgreement meetings = a.get(1);
    // 30 units; both 6, only first 1, neither 23: kappa = (29/30 - pe) / (1 - pe)
    assertThat(meetings.units()).isEqualTo(30);
    assertThat(meetings.onlyFirst()).isEqualTo(1);
    double po = 29 / 30.0;
    double pe = (7 / 30.0) * (6 / 30.0) + (23 / 30.0) * (24 / 30.0);
    assertThat(meetings.kappa().orElseThrow())
        .isEqualTo(ThemeSuggester.round((po - pe) / (1 - pe)));
  }
}
