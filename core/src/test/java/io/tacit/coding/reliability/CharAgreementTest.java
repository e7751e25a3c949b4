package io.tacit.coding.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Character-level agreement. In {@link UnitDecisionsTest}'s study transcript a is 69 code points
 * and b 46, participant turns 10 each. Care: both code a:t2 (10), x alone a:t4 (10), y alone a:t6
 * (10), neither 115 - 30 = 85. p_o = 95/115; each coder's share 20/115, so p_e = (20^2 + 95^2) /
 * 115^2 = 9425/13225 and kappa = (10925 - 9425) / (13225 - 9425) = 15/38. Ride: both b:t2 (10), x
 * alone half of a:t6 (5), y alone b:t4 (10), neither 90.
 */
class CharAgreementTest {
  @Test
  void countsCharactersPerCodeAndTranscriptFromIntervals() {
    CharAgreement c = CharAgreement.of(UnitDecisionsTest.study(), UnitDecisionsTest.decisions(0));
    CharAgreement.CodeChars care = c.codes().get(0);
    assertThat(care.code()).isEqualTo("care");
    assertThat(care.total()).isEqualTo(new CharCounts(10, 10, 10, 85));
    assertThat(care.byTranscript()).containsOnlyKeys("a", "b");
    assertThat(care.byTranscript().get("a")).isEqualTo(new CharCounts(10, 10, 10, 39));
    assertThat(care.byTranscript().get("b")).isEqualTo(new CharCounts(0, 0, 0, 46));
    assertThat(care.total().percent()).isCloseTo(95.0 / 115, within(1e-12));
    assertThat(care.total().kappa().value()).isCloseTo(15.0 / 38, within(1e-12));
    assertThat(care.total().kappa().hasInterval()).isFalse();
    assertThat(care.byTranscript().get("b").kappa().isDefined()).isFalse();
    CharAgreement.CodeChars ride = c.codes().get(1);
    assertThat(ride.total()).isEqualTo(new CharCounts(10, 5, 10, 90));
    assertThat(c.overall()).isEqualTo(new CharCounts(20, 15, 20, 175));
  }

  @Property(tries = 300)
  void equalsANaiveCharacterByCharacterCount(
      @ForAll long seed, @ForAll @IntRange(max = 30) int count) {
    CodingSet set = UnitDecisionsPropertiesTest.random(seed, count);
    UnitDecisions d = UnitDecisions.of(set, Selection.of(List.of("x", "y"), UnitType.TURN), 2);
    CharAgreement c = CharAgreement.of(set, d);
    for (CharAgreement.CodeChars code : c.codes()) {
      for (String doc : d.transcripts()) {
        assertThat(code.byTranscript().get(doc))
            .as(code.code() + " " + doc)
            .isEqualTo(naive(set, doc, code.code()));
      }
    }
  }

  @Test
  void randomOverlappingAndNestedSpansToo() {
    Random random = new Random(42);
    Transcript t = UnitDecisionsPropertiesTest.A;
    List<Coding> codings = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int start = random.nextInt(t.text().length() - 1);
      int end = start + 1 + random.nextInt(t.text().length() - start);
      codings.add(Fixture.coding(i % 2 == 0 ? "x" : "y", "a", start, end, "k"));
    }
    CodingSet set = Fixture.set(codings, t);
    UnitDecisions d =
        UnitDecisions.of(
            set, new Selection(List.of("x", "y"), UnitType.TURN, Set.of(), Set.of(), 0), 1);
    assertThat(CharAgreement.of(set, d).codes().get(0).byTranscript().get("a"))
        .isEqualTo(naive(set, "a", "k"));
  }

  /** The reference: a boolean per character per coder. */
  static CharCounts naive(CodingSet set, String doc, String code) {
    int length = set.transcripts().get(doc).text().length();
    boolean[] x = new boolean[length];
    boolean[] y = new boolean[length];
    for (Coding c : set.codings()) {
      if (c.doc().equals(doc) && c.code().equals(code)) {
        boolean[] mark = c.coder().equals("x") ? x : c.coder().equals("y") ? y : null;
        if (mark != null) {
          for (int i = c.span().start(); i < c.span().end(); i++) {
            mark[i] = true;
          }
        }
      }
    }
    long both = 0;
    long first = 0;
    long second = 0;
    long neither = 0;
    for (int i = 0; i < length; i++) {
      if (x[i] && y[i]) {
        both++;
      } else if (x[i]) {
        first++;
      } else if (y[i]) {
        second++;
      } else {
        neither++;
      }
    }
    return new CharCounts(both, first, second, neither);
  }
}
