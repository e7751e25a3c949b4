package io.tacit.coding.reliability;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The adjudication sheet: one row per unit and code on which the coders differ, in the order of
 * {@link UnitDecisions#disagreements()}, with a {@code yes}/{@code no} column per coder, blank
 * {@code decision}, {@code decided_by} and {@code reason} columns for the team, and the unit's
 * text. The consensus reads it back, with decisions {@code first}, {@code second}, {@code both},
 * {@code neither} or a coder id. RFC 4180, UTF-8, LF line ends; the same decisions always give the
 * same bytes. Stateless.
 */
public final class DisagreementSheet {
  public static final String UNIT = "unit";
  public static final String CODE = "code";
  public static final String DECISION = "decision";
  public static final String DECIDED_BY = "decided_by";
  public static final String REASON = "reason";
  public static final String TEXT = "text";

  /** Column names a coder id may not take, or the header would name a column twice. */
  public static final Set<String> RESERVED = Set.of(UNIT, CODE, DECISION, DECIDED_BY, REASON, TEXT);

  /** What a coder column holds. */
  public static final String YES = "yes";

  public static final String NO = "no";

  private DisagreementSheet() {}

  /**
   * {@code unit,code,<coder1>,<coder2>[,...],decision,decided_by,reason,text}.
   *
   * @throws IllegalArgumentException if a coder id is one of the fixed column names
   */
  public static List<String> header(List<String> coders) {
    for (String coder : coders) {
      if (RESERVED.contains(coder)) {
        throw new IllegalArgumentException(
            "coder \"" + coder + "\" has the name of a column of" + " the sheet");
      }
    }
    List<String> header = new ArrayList<>(List.of(UNIT, CODE));
    header.addAll(coders);
    header.addAll(List.of(DECISION, DECIDED_BY, REASON, TEXT));
    return header;
  }

  /** The sheet for these decisions, header first; just the header when the coders agree. */
  public static String write(UnitDecisions decisions) {
    List<String> coders = decisions.coders();
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header(coders));
      for (Disagreement d : decisions.disagreements()) {
        List<String> row = new ArrayList<>(List.of(d.unit().id().toString(), d.code()));
        for (String coder : coders) {
          row.add(d.appliedBy(coder) ? YES : NO);
        }
        row.addAll(List.of("", "", "", d.unit().text()));
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
