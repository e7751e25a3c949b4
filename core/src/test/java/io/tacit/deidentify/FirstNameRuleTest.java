package io.tacit.deidentify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.text.CodePointText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstNameRuleTest {
  private static List<String> names(String text, String... lowerCaseWords) {
    CodePointText points = new CodePointText(text);
    return FirstNameRule.find(text, Set.of(lowerCaseWords)).stream()
        .map(c -> points.substring(c.span()))
        .toList();
  }

  @Test
  void aWordThatIsAlsoANameNeedsASurnameOrStrongContext() {
    assertThat(names("Will Hastings. He will tell you.", "will")).containsExactly("Will Hastings");
    assertThat(names("I called Grace again.", "grace")).containsExactly("Grace");
    assertThat(names("Grace is there, by the grace of God.", "grace")).isEmpty();
    assertThat(names("More people like Faith. Faith never gives up.", "faith")).isEmpty();
  }

  @Test
  void aNameAddressedInSpeechOrBeforeSaidIsOne() {
    assertThat(names("I said, \"Terrence, you can.\"")).containsExactly("Terrence");
    assertThat(names("That is how it goes, Mark.", "mark")).containsExactly("Mark");
    assertThat(names("Mark said no.", "mark")).containsExactly("Mark");
  }

  @Test
  void aNameThatIsNotAWordCountsWithinASentenceButNotAtItsStart() {
    assertThat(names("I text Esperanza on Mondays.")).containsExactly("Esperanza");
    assertThat(names("Esperanza texts me.")).isEmpty();
  }

  @Test
  void aListedNameThatNamesNoOneInATranscriptIsLeftAlone() {
    assertThat(names("We go to a Christian group at Easter, thank Jesus.")).isEmpty();
    assertThat(names("My client Christian said so.")).containsExactly("Christian");
  }

  @Test
  void aThirdCapitalisedWordMakesAnAgencyNotAName() {
    assertThat(names("She sits on the Peer Advisory Council.", "peer")).isEmpty();
  }

  @Test
  void aLowerCaseNameOnlyWhenEveryUseOfItIsInANamesContext() {
    assertThat(names("so i called marcus again, and marcus said no.", "marcus"))
        .containsExactly("marcus", "marcus");
    assertThat(names("we called peer support, and the peer said yes.", "peer")).isEmpty();
    assertThat(names("i called peer support. peer work is hard.", "peer")).isEmpty();
  }
}
