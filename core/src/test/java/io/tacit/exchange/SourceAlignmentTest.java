package io.tacit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.exchange.SourceAlignment.Placed;
import io.tacit.exchange.SourceAlignment.Placement;
import io.tacit.exchange.SourceAlignment.Unplaced;
import io.tacit.text.CodePointText;
import io.tacit.text.TextNormalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAlignmentTest {
  /** A BOM, CRLF, an emoji past U+FFFF and an accent NFC composes: where vendors differ. */
  private static final String RAW =
      "\uFEFFP01: Honestly \uD83D\uDE00 it was a relief.\r\n" + "The cafe\u0301 nurse came.\r\n";

  /** What Tacit stores for it: no BOM, LF, NFC, one turn. */
  private static final String CANONICAL =
      "P01: Honestly \uD83D\uDE00 it was a relief.\n" + "The caf\u00E9 nurse came.\n";

  private static String placedText(SourceAlignment a, long start, long end, PositionScheme s) {
    Placement p = a.place(start, end, s);
    assertThat(p).isInstanceOf(Placed.class);
    return new CodePointText(CANONICAL).substring(((Placed) p).span());
  }

  @ParameterizedTest(name = "{0} {1}-{2}")
  @CsvSource(
      textBlock =
          """
      # scheme,     start, end, text
      UTF16,        17,    32,  it was a relief
      CODE_POINTS,  16,    31,  it was a relief
      CRLF_AS_ONE,  16,    31,  it was a relief
      UTF16,        39,    50,  café nurse
      CODE_POINTS,  38,    49,  café nurse
      CRLF_AS_ONE,  37,    48,  café nurse
      UTF16,        14,    16,  😀
      CODE_POINTS,  14,    15,  😀
      """)
  void convertsEachVendorsPositionsToTheTextTheToolShowed(
      PositionScheme scheme, long start, long end, String text) {
    SourceAlignment a = new SourceAlignment(RAW, new CodePointText(CANONICAL));
    assertThat(placedText(a, start, end, scheme)).isEqualTo(text);
  }

  @Test
  void givesCodePointOffsetsOfTheCanonicalText() {
    SourceAlignment a = new SourceAlignment(RAW, new CodePointText(CANONICAL));
    // After the emoji a code point is one UTF-16 unit less: NVivo's 17 is Tacit's 16.
    assertThat(((Placed) a.place(17, 32, PositionScheme.UTF16)).span().start()).isEqualTo(16);
    // Past the emoji, the CRLF and the decomposed "café": NVivo's 50 ends at Tacit's 47.
    assertThat(((Placed) a.place(39, 50, PositionScheme.UTF16)).span().end()).isEqualTo(47);
  }

  @Test
  void refusesAPositionInsideASurrogatePair() {
    SourceAlignment a = new SourceAlignment(RAW, new CodePointText(CANONICAL));
    assertThat(a.place(15, 20, PositionScheme.UTF16))
        .isInstanceOf(Unplaced.class)
        .extracting(p -> ((Unplaced) p).reason())
        .asString()
        .contains("split a character");
  }

  @ParameterizedTest
  @CsvSource({"-1,4", "10,10", "12,9", "40,500"})
  void refusesPositionsOutsideTheText(long start, long end) {
    SourceAlignment a = new SourceAlignment(RAW, new CodePointText(CANONICAL));
    assertThat(a.place(start, end, PositionScheme.CODE_POINTS))
        .isInstanceOf(Unplaced.class)
        .extracting(p -> ((Unplaced) p).reason())
        .asString()
        .contains("do not fit");
  }

  @Test
  void refusesASelectionOfTextTacitLeavesOut() {
    String raw = "Home visit, 3 March\nInterviewer: Hello.\nP01: Hi there.\n";
    String canonical = "Interviewer: Hello.\n\nP01: Hi there.\n";
    SourceAlignment a = new SourceAlignment(raw, new CodePointText(canonical));
    Placement header = a.place(0, 10, PositionScheme.CODE_POINTS);
    assertThat(header).isInstanceOf(Unplaced.class);
    assertThat(((Unplaced) header).reason()).contains("\"Home visit").contains("leaves out");
  }

  @Test
  void placesASelectionAcrossTurnsWhereOnlyWhiteSpaceDiffers() {
    String raw = "Interviewer: Hello.\r\nP01: Hi there.\r\n";
    String canonical = "Interviewer: Hello.\n\nP01: Hi there.\n";
    SourceAlignment a = new SourceAlignment(raw, new CodePointText(canonical));
    Placement p = a.place(13, 28, PositionScheme.CODE_POINTS);
    assertThat(new CodePointText(canonical).substring(((Placed) p).span()))
        .isEqualTo("Hello.\n\nP01: Hi");
  }

  @Test
  void tellsWhetherASpanStartsAndEndsBetweenWords() {
    SourceAlignment a = new SourceAlignment(RAW, new CodePointText(CANONICAL));
    assertThat(a.atWordBoundaries(((Placed) a.place(16, 31, PositionScheme.CODE_POINTS)).span()))
        .isTrue();
    assertThat(a.atWordBoundaries(((Placed) a.place(17, 32, PositionScheme.CODE_POINTS)).span()))
        .isFalse();
  }

  /** Any selection of whole pieces of a source lands on exactly those pieces, in any scheme. */
  @Property(tries = 200)
  void everyPlacedSelectionCoversTheTextTheToolShowed(
      @ForAll("pieces") List<String> pieces,
      @ForAll("schemes") PositionScheme scheme,
      @ForAll int seedA,
      @ForAll int seedB) {
    String raw = "\uFEFF" + String.join("", pieces);
    String canonical = TextNormalizer.normalize(raw);
    SourceAlignment a = new SourceAlignment(raw, new CodePointText(canonical));
    int i = Math.floorMod(seedA, pieces.size());
    int j = i + 1 + Math.floorMod(seedB, pieces.size() - i);
    String body = raw.substring(1);
    int from = String.join("", pieces.subList(0, i)).length();
    int to = String.join("", pieces.subList(0, j)).length();
    long start = units(body.substring(0, from), scheme);
    long end = units(body.substring(0, to), scheme);
    String selected = TextNormalizer.normalize(body.substring(from, to));
    Placement p = a.place(start, end, scheme);
    if (selected.isBlank()) {
      assertThat(p).isInstanceOf(Unplaced.class);
      return;
    }
    assertThat(p).isInstanceOf(Placed.class);
    assertThat(new CodePointText(canonical).substring(((Placed) p).span())).isEqualTo(selected);
  }

  private static long units(String s, PositionScheme scheme) {
    return switch (scheme) {
      case UTF16 -> s.length();
      case CODE_POINTS -> s.codePointCount(0, s.length());
      case CRLF_AS_ONE -> s.replace("\r\n", "\n").codePoints().count();
    };
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.of(
            "word",
            " ",
            "\r\n",
            "\n",
            "\uD83D\uDE00",
            "cafe\u0301",
            "é",
            "\uD83D\uDC69\u200D\uD83D\uDC67",
            "Ω",
            ".",
            "P01: ")
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<PositionScheme> schemes() {
    return Arbitraries.of(PositionScheme.class);
  }
}
