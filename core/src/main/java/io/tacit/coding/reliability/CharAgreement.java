package io.tacit.coding.reliability;

import io.tacit.coding.CodingSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NVivo-style character-level agreement of two coders, per code and per transcript, over the full
 * text of the double-coded transcripts (interviewer turns included, as NVivo compares whole
 * sources). Uncoded text counts as agreement, as in NVivo, so figures run high where codes are
 * sparse: it is given for comparison with NVivo, not as Tacit's measure of reliability. Computed
 * from the lengths of interval overlaps, never character by character. Immutable.
 *
 * @param codes per code, in code order
 * @param overall the sum over every code and transcript
 */
public record CharAgreement(List<CodeChars> codes, CharCounts overall) {

  /**
   * One code: the counts summed over the transcripts (so each weighs by its length), and each
   * transcript's own.
   */
  public record CodeChars(String code, CharCounts total, Map<String, CharCounts> byTranscript) {
    public CodeChars {
      byTranscript = Collections.unmodifiableMap(new TreeMap<>(byTranscript));
    }
  }

  public CharAgreement {
    codes = List.copyOf(codes);
  }

  /**
   * Compares the first two coders of {@code decisions} on its transcripts and codes.
   *
   * @param codings the codings {@code decisions} was made from
   */
  public static CharAgreement of(CodingSet codings, UnitDecisions decisions) {
    List<String> codeList = decisions.codes();
    Map<String, Integer> codeIndex = UnitDecisions.index(codeList);
    Map<String, Integer> coderIndex = UnitDecisions.index(decisions.coders().subList(0, 2));
    List<Map<String, CharCounts>> perCode = new ArrayList<>();
    codeList.forEach(c -> perCode.add(new TreeMap<>()));
    Map<String, List<io.tacit.coding.Coding>> byDoc =
        UnitDecisions.byDoc(codings, decisions.transcripts());
    for (String doc : decisions.transcripts()) {
      long length = codings.transcripts().get(doc).text().length();
      Intervals[] groups = Groups.of(byDoc.getOrDefault(doc, List.of()), codeIndex, coderIndex);
      for (int k = 0; k < codeList.size(); k++) {
        Intervals first = groups[k];
        Intervals second = groups[codeList.size() + k];
        perCode.get(k).put(doc, CharCounts.of(first, second, length));
      }
    }
    List<CodeChars> codes = new ArrayList<>();
    CharCounts overall = CharCounts.ZERO;
    for (int k = 0; k < codeList.size(); k++) {
      CharCounts total = CharCounts.ZERO;
      for (CharCounts c : perCode.get(k).values()) {
        total = total.plus(c);
      }
      overall = overall.plus(total);
      codes.add(new CodeChars(codeList.get(k), total, perCode.get(k)));
    }
    return new CharAgreement(codes, overall);
  }
}
