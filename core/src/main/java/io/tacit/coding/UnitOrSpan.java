package io.tacit.coding;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a coder points at on the command line: a unit ({@code p01:t3}, {@code p01:s12}) or a span of
 * code points ({@code p01:120-348}). Immutable.
 */
public final class UnitOrSpan {
  private static final Pattern SPAN =
      Pattern.compile("([a-z0-9][a-z0-9_-]{0,63}):([0-9]{1,9})-([0-9]{1,9})");

  private final String text;
  private final String doc;
  private final @Nullable UnitId unit;
  private final @Nullable Span span;

  private UnitOrSpan(String text, String doc, @Nullable UnitId unit, @Nullable Span span) {
    this.text = text;
    this.doc = doc;
    this.unit = unit;
    this.span = span;
  }

  /**
   * @throws BadInputException naming the text and the forms it may take
   */
  public static UnitOrSpan parse(String text) {
    String t = text.strip();
    Optional<UnitId> unit = UnitId.parse(t);
    if (unit.isPresent()) {
      return new UnitOrSpan(t, unit.get().doc(), unit.get(), null);
    }
    Matcher m = SPAN.matcher(t);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(2));
      int end = Integer.parseInt(m.group(3));
      if (end <= start) {
        throw new BadInputException(
            t,
            "the span ends at or before it starts; give START-END with"
                + " START < END, in code points (see `tacit show "
                + m.group(1)
                + " --format json`)");
      }
      return new UnitOrSpan(t, m.group(1), null, Span.of(start, end));
    }
    throw new BadInputException(
        text,
        "not a unit or span: give a turn (p01:t3), a sentence"
            + " (p01:s12) or code-point offsets (p01:120-348)");
  }

  public String doc() {
    return doc;
  }

  /** The unit, if a unit was named rather than offsets. */
  public Optional<UnitId> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * The span in the transcript.
   *
   * @param includeInterviewer whether an interviewer's turn or sentence may be named
   * @throws BadInputException for a unit the transcript does not have, an interviewer unit, or a
   *     span past the end of the text
   */
  public Span resolve(Transcript transcript, boolean includeInterviewer) {
    UnitId id = unit;
    if (id == null) {
      Span s = span;
      if (s == null) {
        throw new IllegalStateException("neither unit nor span: " + text);
      }
      if (s.end() > transcript.text().length()) {
        throw new BadInputException(
            text,
            "the span ends past the end of "
                + doc
                + " ("
                + transcript.text().length()
                + " code points)");
      }
      return s;
    }
    Unit u =
        transcript
            .unit(id)
            .orElseThrow(
                () ->
                    new BadInputException(
                        text,
                        doc
                            + " has "
                            + (id.type() == UnitType.TURN
                                ? transcript.turns().size() + " turns"
                                : transcript.sentences().size() + " sentences")
                            + "; see `tacit show "
                            + doc
                            + (id.type() == UnitType.SENTENCE ? " --units sentence" : "")
                            + "` for the unit ids"));
    if (u.role() == Role.INTERVIEWER && !includeInterviewer) {
      throw new BadInputException(
          text,
          "this is the interviewer's "
              + id.type().label()
              + ", which is not a coding unit; add --include-interviewer to code it anyway");
    }
    return u.span();
  }

  /** A unit or span resolved against its transcript. */
  public record Resolved(UnitOrSpan target, Span span) {
    public String doc() {
      return target.doc();
    }
  }

  /**
   * Parses and resolves many, loading each transcript once.
   *
   * @param transcripts loads a transcript, or throws {@link BadInputException}
   * @throws BadInputException listing every argument that is wrong
   */
  public static List<Resolved> resolveAll(
      List<String> texts, Function<String, Transcript> transcripts, boolean includeInterviewer) {
    ProblemList problems = new ProblemList();
    Map<String, Transcript> loaded = new HashMap<>();
    Set<String> unloadable = new HashSet<>();
    List<Resolved> out = new ArrayList<>();
    for (String text : texts) {
      try {
        UnitOrSpan target = parse(text);
        if (unloadable.contains(target.doc())) {
          continue;
        }
        Transcript t = loaded.get(target.doc());
        if (t == null) {
          try {
            t = transcripts.apply(target.doc());
          } catch (BadInputException e) {
            unloadable.add(target.doc());
            throw e;
          }
          loaded.put(target.doc(), t);
        }
        out.add(new Resolved(target, target.resolve(t, includeInterviewer)));
      } catch (BadInputException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitOrSpan other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
