package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeSuggesterTest {
  static final Codebook CODEBOOK =
      Codebook.empty("test", "Test")
          .withCodes(
              List.of(
                  Code.of("meetings", "Advocacy in team meetings"),
                  Code.of("councils", "Councils"),
                  Code.of("advocacy", "Advocacy"),
                  Code.of("visits", "Preparing for visits"),
                  Code.of("questions", "Writing questions"),
                  Code.of("doctor", "Doctor visits"),
                  Code.of("funding", "Funding")));

  /**
   * Two clear clusters: meetings, councils and advocacy come up together; visits, questions and
   * doctor come up together; never across. Funding has two extracts only.
   */
  static StudyData study() {
    StudyData s = new StudyData();
    String[] ids = {"p01", "p02", "p03", "p04", "p05", "p06"};
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      s.participant(
          id,
          i < 4 ? "case manager" : "peer support specialist",
          i < 4 ? "MHP" : "PSS",
          "In the team meeting I spoke up for him at the council and the advocacy worked.",
          "We talked about the weather for a while and nothing much else.",
          "Then the bus was late again, as it always is on Mondays.",
          "Before the doctor visit we wrote questions down on a card for the doctor.",
          "Funding for the grant ran out in the spring.");
      s.code(id, 1, "meetings", "councils");
      if (i % 2 == 0) {
        s.code(id, 1, "advocacy");
      }
      s.code(id, 4, "visits", "questions");
      if (i % 2 == 1) {
        s.code(id, 4, "doctor");
      }
    }
    s.code("p01", 5, "funding").code("p02", 5, "funding");
    return s;
  }

  static final SuggestOptions THRESHOLD =
      SuggestOptions.DEFAULT.withCut(ThemeCut.ofThreshold(0.15));

  @Test
  void findsTwoClustersOfCodesThatOccurTogether() {
    Suggestion s =
        ThemeSuggester.suggest(
            study().data(), CODEBOOK, SuggestOptions.DEFAULT.withCut(ThemeCut.ofThreshold(0.15)));
    assertThat(s.candidates())
        .extracting(Candidate::codes)
        .containsExactly(
            List.of("councils", "meetings", "advocacy"), List.of("questions", "visits", "doctor"));
    assertThat(s.candidates()).extracting(Candidate::id).containsExactly("theme-1", "theme-2");
    assertThat(s.unplaced()).containsExactly(new Suggestion.Unplaced("funding", "Funding", 2));
  }

  @Test
  void cutsAtTheNumberOfThemesAsked() {
    Suggestion s =
        ThemeSuggester.suggest(
            study().data(), CODEBOOK, SuggestOptions.DEFAULT.withCut(ThemeCut.ofK(4)));
    assertThat(s.candidates()).hasSize(4);
    assertThat(s.candidates().get(0).codes()).containsExactly("councils", "meetings");
  }

  @Test
  void namesCandidatesFromTheirMostFrequentCodeAndDistinctiveWords() {
    Candidate c = ThemeSuggester.suggest(study().data(), CODEBOOK, THRESHOLD).candidates().get(1);
    assertThat(c.name()).startsWith("Writing questions (");
    assertThat(c.terms()).extracting(Term::word).contains("doctor", "questions");
    assertThat(c.reach().extracts()).isEqualTo(6);
    assertThat(c.reach().participants()).isEqualTo(6);
    assertThat(c.reach().byGroup())
        .containsEntry("MHP", new Reach.GroupCount(4, 4))
        .containsEntry("PSS", new Reach.GroupCount(2, 2));
  }

  @Test
  void quotesTheMostCentralExtractsOfDifferentParticipants() {
    Candidate c = ThemeSuggester.suggest(study().data(), CODEBOOK, THRESHOLD).candidates().get(0);
    // p01, p03, p05 carry all three codes; ties go by unit id.
    assertThat(c.quotes())
        .extracting(q -> q.unit().toString())
        .containsExactly("p01:t2", "p03:t2", "p05:t2");
    assertThat(c.quotes().get(2).role()).isEqualTo("peer support specialist");
  }

  @Test
  void theDefaultFindsTheTwoGroupsOfASmallStudyWhereEveryPairMeets() {
    // Six codes, every pair together somewhere: twice the median pair (0.5) is out of reach of
    // most pairs, and 40% of six codes would be two; the largest gap in the tree still cuts.
    Suggestion s =
        ThemeSuggester.suggest(
            SmallStudy.data().data(), SmallStudy.CODEBOOK, SuggestOptions.DEFAULT);
    assertThat(s.cooccurrence().pairs()).allSatisfy(p -> assertThat(p.together()).isPositive());
    assertThat(s.candidates())
        .extracting(Candidate::codes)
        .containsExactlyInAnyOrder(
            List.of("listening", "trust", "own-story"),
            List.of("waiting", "referrals", "transport"));
    assertThat(s.alone()).isEmpty();
  }

  @Test
  void theDefaultFindsTheTwoClustersOfTheStudy() {
    Suggestion s = ThemeSuggester.suggest(study().data(), CODEBOOK, SuggestOptions.DEFAULT);
    assertThat(s.candidates())
        .extracting(Candidate::codes)
        .containsExactly(
            List.of("councils", "meetings", "advocacy"), List.of("questions", "visits", "doctor"));
  }

  @Test
  void aCodeAloneIsListedApartUnlessHalfTheParticipantsHaveIt() {
    // Cut into four: advocacy and doctor stand alone; each is coded for 3 of 6 participants.
    Suggestion s =
        ThemeSuggester.suggest(
            study().data(), CODEBOOK, SuggestOptions.DEFAULT.withCut(ThemeCut.ofK(4)));
    assertThat(s.candidates())
        .extracting(Candidate::codes)
        .contains(List.of("advocacy"), List.of("doctor"));
    assertThat(s.alone()).isEmpty();
    // Funding (two extracts, two participants) stands alone once placed: not yet in a theme.
    Suggestion low =
        ThemeSuggester.suggest(
            study().data(), CODEBOOK, new SuggestOptions(2, ThemeCut.DEFAULT, 1, 3));
    assertThat(low.alone()).containsExactly(new Suggestion.Alone("funding", "Funding", 2, 2));
    assertThat(low.candidates()).allSatisfy(c -> assertThat(c.codes()).doesNotContain("funding"));
    assertThat(low.unplaced()).isEmpty();
  }

  @Test
  void capsTheShareOfCodesInOneCandidate() {
    // All seven placed codes would join at a threshold of 0; 40% of 7 is 2, but 3 is allowed.
    Suggestion s =
        ThemeSuggester.suggest(
            study().data(),
            CODEBOOK,
            new SuggestOptions(2, new ThemeCut(0, 0.0, 0, false, 0.4), 1, 3));
    assertThat(s.candidates()).allSatisfy(c -> assertThat(c.codes().size()).isLessThanOrEqualTo(3));
    assertThat(s.candidates()).extracting(c -> c.codes().size()).contains(3);
  }

  @Test
  void givesTheSameCandidatesWhateverTheOrderOfCodings() {
    StudyData a = study();
    List<io.tacit.coding.Coding> reversed = new java.util.ArrayList<>(a.codings());
    java.util.Collections.reverse(reversed);
    CodedData b =
        CodedData.of(
            reversed, a.transcripts(), a.participants(), io.tacit.transcript.UnitType.TURN);
    assertThat(ThemeSuggester.suggest(b, CODEBOOK, SuggestOptions.DEFAULT).candidates())
        .isEqualTo(ThemeSuggester.suggest(a.data(), CODEBOOK, SuggestOptions.DEFAULT).candidates());
  }
}
