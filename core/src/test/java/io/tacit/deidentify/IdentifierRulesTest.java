package io.tacit.deidentify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.text.CodePointText;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierRulesTest {
  private static final IdentifierRules ALL =
      new IdentifierRules(EnumSet.allOf(IdentifierType.class));

  private static List<String> found(IdentifierRules rules, String text) {
    CodePointText t = new CodePointText(text);
    return rules.find(t).stream().map(c -> c.type() + ":" + t.substring(c.span())).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Call me on (555) 014-2290 tomorrow.              | PHONE:(555) 014-2290
      Text 555.382.9911 please.                        | PHONE:555.382.9911
      The line is 555-0147.                            | PHONE:555-0147
      Dial +1 555 201 4478 after hours.                | PHONE:+1 555 201 4478
      Write to priya.nair@eastbay-health.org today.    | EMAIL:priya.nair@eastbay-health.org
      See www.northshorepeers.org.                     | URL:www.northshorepeers.org
      Forms at https://forms.example.org/intake, then. | URL:https://forms.example.org/intake
      His chart, MRN 0048213, was wrong.               | RECORD:0048213
      Client ID A-55102 on file.                       | RECORD:A-55102
      I called Dr. Okonkwo first.                      | PERSON:Okonkwo
      I call her ms. delgado.                          | PERSON:delgado
      Her name was Ivy, I think.                       | PERSON:Ivy
      We walked down Oak Street together.              | LOCATION:Oak Street
      A 34-year-old woman came in.                     | AGE:34
      She's 82 and still gardens.                      | AGE:82
      On March 3, 2021 we moved.                       | DATE:March 3, 2021
      Born 02/17/1961 in the county.                   | DATE:02/17/1961
      """)
  void findsOneIdentifier(String text, String expected) {
    assertThat(found(ALL, text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      We met at 10:30 for about 45 minutes.
      She's 45 minutes away by bus.
      Honestly, the nurse called the pharmacy.
      I told Mr. D about it.
      It was in 2019 that the grant ended.
      The doctor said it would take a while.
      """)
  void findsNothingInOrdinaryTalk(String text) {
    assertThat(found(ALL, text)).isEmpty();
  }

  @Test
  void datesAndAgesOnlyWhenAsked() {
    IdentifierRules defaults = new IdentifierRules(Detector.DEFAULT_TYPES);
    assertThat(found(defaults, "A 34-year-old came in on March 3, 2021.")).isEmpty();
  }

  @Test
  void countsCodePointsAfterCharactersOutsideTheBasicPlane() {
    CodePointText t = new CodePointText("\uD83D\uDCDE\uD83D\uDCDE call 555-201-7788");
    List<Candidate> found = ALL.find(t);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).span().start()).isEqualTo(8);
    assertThat(t.substring(found.get(0).span())).isEqualTo("555-201-7788");
  }
}
