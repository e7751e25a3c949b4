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
  }

  @Test
  void aWordThatIsAlsoANameIsOneWhenCapitalisedWithinASentence() {
    // Transcribers capitalise a word within a sentence only when it names someone.
    assertThat(names("Volunteers staff it, and Summer trains most of them.", "summer"))
        .containsExactly("Summer");
    assertThat(names("It's me, Sunny, and a new social worker.", "sunny")).containsExactly("Sunny");
    assertThat(names("More people like Faith. Faith never gives up.", "faith"))
        .containsExactly("Faith", "Faith");
    // But not a month, a programme or a part of an agency's name.
    assertThat(names("We first met back in April, so it was spring.")).isEmpty();
    assertThat(names("She runs the Hope program on Fridays.", "hope")).isEmpty();
  }

  @Test
  void atTheStartOfASentenceAUsuallyCapitalisedWordOrAPersonsVerbMakesAName() {
    assertThat(names("Layla is only fifteen.")).containsExactly("Layla");
    assertThat(names("Precious answered the line. That time was precious.", "precious"))
        .containsExactly("Precious");
    assertThat(names("Joy is not a word I'd use. There is no joy there.", "joy")).isEmpty();
    assertThat(names("Will you call them? They will.", "will")).isEmpty();
  }

  @Test
  void inALineTypedWithoutCapitalsAUsuallyCapitalisedFirstNameIsAName() {
    assertThat(names("so i called tomasz again and he said he was fine with it"))
        .containsExactly("tomasz");
    assertThat(names("i had one mom, patience okoro, who called and she had patience"))
        .containsExactly("patience okoro");
    assertThat(names("if it's a youth client i text amber or ask for ramon by name"))
        .containsExactly("amber", "ramon");
    // An everyday word needs a name's context here too; a contraction is no name.
    assertThat(names("the intake guy there is nice, and i don't know what we'd do")).isEmpty();
    assertThat(names("so i drove out, and misty's mom was home with her")).containsExactly("misty");
    // A word edited text writes in lower case is a name only if every use of it is a name's.
    assertThat(names("it's misty out there but i drove, and misty's mom was home")).isEmpty();
  }

  @Test
  void aLineWithCapitalsAndOneTypoIsNotTypedWithoutThem() {
    String text = "I called Maria, and i think she said yes.\nso i called her back and she was out";
    java.util.BitSet caseless = FirstNameRule.caselessLines(text);
    assertThat(caseless.get(0)).isFalse();
    assertThat(caseless.get(text.indexOf("so i"))).isTrue();
    assertThat(FirstNameRule.caselessOnly(text)).startsWith(" ".repeat(10)).endsWith("was out");
  }

  @Test
  void aNameAddressedInSpeechOrBeforeSaidIsOne() {
    assertThat(names("I said, \"Terrence, you can.\"")).containsExactly("Terrence");
    assertThat(names("That is how it goes, Mark.", "mark")).containsExactly("Mark");
    assertThat(names("Mark said no.", "mark")).containsExactly("Mark");
  }

  @Test
  void aNameThatIsNotAWordCountsWithinASentenceAndAtItsStartWhenUsuallyCapitalised() {
    assertThat(names("I text Esperanza on Mondays.")).containsExactly("Esperanza");
    assertThat(names("Esperanza texts me.")).containsExactly("Esperanza");
    // "Peer" is in CoreNLP's name lists, but edited text writes it in lower case.
    assertThat(names("Peer work is hard.")).isEmpty();
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
