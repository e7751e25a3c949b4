package io.tacit.exchange;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import io.tacit.codebook.QdaCodes;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.exchange.ImportPlan.SourceOutcome;
import io.tacit.exchange.PositionScheme.Vendor;
import io.tacit.exchange.QdeProject.Applied;
import io.tacit.exchange.QdeProject.Note;
import io.tacit.exchange.QdeProject.Selection;
import io.tacit.exchange.QdeProject.SourceSet;
import io.tacit.exchange.QdeProject.User;
import io.tacit.exchange.SourceAlignment.Placed;
import io.tacit.exchange.SourceAlignment.Placement;
import io.tacit.exchange.SourceAlignment.Unplaced;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.TranscriptAssembler;
import io.tacit.transcript.UnitId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Works out what importing a REFI-QDA project into a study means, checking everything before
 * anything is written: each text source becomes a transcript through the same reader and assembler
 * as {@code tacit import}; codes are merged into the codebook ({@link QdaCodes#merge}); each user
 * becomes a coder; each selection is placed on the canonical text ({@link SourceAlignment}) and
 * becomes one coding per code applied to it; notes become memos. Mutable while planning; one per
 * import.
 */
public final class ExchangeImport {
  /** The attribute participants get from the sets their transcripts are in. */
  public static final String SET_ATTRIBUTE = "set";

  private final QdpxArchive archive;
  private final Codebook codebook;
  private final Function<String, Optional<Transcript>> existing;
  private final TranscriptAssembler assembler;
  private final ImportOptions options;
  private final ProblemList problems = new ProblemList();
  private final List<String> warnings = new ArrayList<>();
  private final Set<String> usedNotes = new HashSet<>();
  private String where = "";

  /**
   * @param codebook the study's codebook
   * @param existing the study's transcripts by id
   */
  public ExchangeImport(
      QdpxArchive archive,
      Codebook codebook,
      Function<String, Optional<Transcript>> existing,
      TranscriptAssembler assembler,
      ImportOptions options) {
    this.archive = archive;
    this.codebook = codebook;
    this.existing = existing;
    this.assembler = assembler;
    this.options = options;
  }

  /**
   * @throws BadInputException naming every problem found; then nothing may be written
   */
  public ImportPlan plan() {
    Entry<String, byte[]> doc = archive.projectDocument();
    where = archive.name() + ":" + doc.getKey();
    QdeProject qde = QdeReader.read(where, doc.getValue(), archive::source);
    QdaCodes.Merge merge = codes(qde, doc.getValue());
    Map<String, String> coderOfUser = coders(qde.users());
    List<ReadSource> read =
        new TextSources(archive, where, existing, assembler, problems, warnings).read(qde);
    problems.throwIfAny();

    Vendor vendor = Vendor.of(qde.origin());
    PositionScheme scheme;
    String reason;
    if (options.positions() != null) {
      scheme = options.positions();
      reason = "as asked";
    } else if (vendor != Vendor.OTHER) {
      scheme = vendor.scheme();
      reason = "as " + vendor.label() + " counts";
    } else {
      scheme = PositionFit.best(read).scheme();
      reason =
          "the tool is not known (origin \""
              + qde.origin()
              + "\"), and this way the"
              + " selections fit the text best";
    }
    if (options.positions() == null) {
      PositionFit.betterThan(read, scheme).ifPresent(warnings::add);
    }

    Map<String, List<Coding>> codings = new TreeMap<>();
    List<SourceOutcome> outcomes = new ArrayList<>();
    for (ReadSource r : read) {
      int placed = place(r, scheme, qde, merge, coderOfUser, codings);
      outcomes.add(
          new SourceOutcome(
              r.source().name(),
              r.transcript().id(),
              r.isNew(),
              placed,
              r.source().selections().size()));
    }
    List<Memo> memos = memos(qde, merge, coderOfUser, read);
    ParticipantTable participants = sets(qde, read);
    problems.throwIfAny();

    Map<String, String> coders = new LinkedHashMap<>();
    qde.users()
        .forEach(
            u -> coders.put(u.name().isEmpty() ? u.guid() : u.name(), coderOfUser.get(u.guid())));
    return new ImportPlan(
        qde.origin(),
        vendor,
        scheme,
        reason,
        outcomes,
        read.stream().filter(ReadSource::isNew).map(ReadSource::transcript).toList(),
        merge.codebook(),
        merge.added(),
        coders,
        codings,
        memos,
        participants,
        warnings);
  }

  private QdaCodes.Merge codes(QdeProject qde, byte[] document) {
    if (qde.codes() == 0) {
      return new QdaCodes.Merge(codebook, Map.of(), List.of(), List.of());
    }
    try {
      Codebook incoming = CodebookFormat.QDC.read(where, document, codebook).orThrow();
      return QdaCodes.merge(codebook, incoming);
    } catch (BadInputException e) {
      problems.addAll(e);
      return new QdaCodes.Merge(codebook, Map.of(), List.of(), List.of());
    }
  }

  /** One coder per user, named after the user: "Dana Smith" codes as dana-smith. */
  private Map<String, String> coders(List<User> users) {
    Map<String, String> coders = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (User u : users) {
      if (options.coder() != null) {
        coders.put(u.guid(), options.coder());
        continue;
      }
      coders.put(u.guid(), ExchangeIds.unique(u.name(), "user-" + u.guid(), taken));
    }
    return coders;
  }

  private int place(
      ReadSource r,
      PositionScheme scheme,
      QdeProject qde,
      QdaCodes.Merge merge,
      Map<String, String> coderOfUser,
      Map<String, List<Coding>> codings) {
    int placed = 0;
    for (Selection sel : r.source().selections()) {
      String at = where + ":" + sel.line();
      Placement p = r.alignment().place(sel.start(), sel.end(), scheme);
      if (p instanceof Unplaced u) {
        String message =
            "selection {"
                + sel.guid()
                + "} in source \""
                + r.source().name()
                + "\" cannot be placed: "
                + u.reason();
        if (options.skipUnplaced()) {
          warnings.add(message + "; left out");
        } else {
          problems.add(
              at,
              message
                  + "; check it in the tool that exported it, or import the"
                  + " others with --skip-unplaced");
        }
        continue;
      }
      Span span = ((Placed) p).span();
      placed++;
      for (Applied a : sel.codings()) {
        String code = merge.idsByGuid().get(a.code());
        if (code == null) {
          problems.add(
              at,
              "selection {"
                  + sel.guid()
                  + "} is coded with {"
                  + a.code()
                  + "},"
                  + " which is not a code of the project's codebook; export the project again");
          continue;
        }
        String coder = coder(a.user() != null ? a.user() : sel.user(), coderOfUser);
        if (coder == null) {
          problems.add(
              at,
              "selection {"
                  + sel.guid()
                  + "} names no user of the project, so"
                  + " its coder is unknown; import with --coder C to give all codings one coder");
          continue;
        }
        List<String> memo = new ArrayList<>();
        if (!sel.description().isEmpty()) {
          memo.add(sel.description());
        }
        noteTexts(qde, sel.notes(), memo);
        noteTexts(qde, a.notes(), memo);
        Instant created = instant(a.created() != null ? a.created() : sel.created());
        codings
            .computeIfAbsent(coder, k -> new ArrayList<>())
            .add(
                new Coding(
                    coder, r.transcript().id(), span, code, String.join("\n\n", memo), created));
      }
    }
    return placed;
  }

  private @Nullable String coder(@Nullable String user, Map<String, String> coderOfUser) {
    if (options.coder() != null) {
      return options.coder();
    }
    return user == null ? null : coderOfUser.get(user);
  }

  private void noteTexts(QdeProject qde, List<String> refs, List<String> into) {
    for (String ref : refs) {
      Note n = qde.notes().get(ref);
      if (n != null && !n.text().isEmpty()) {
        into.add(n.text());
        usedNotes.add(ref);
      }
    }
  }

  private List<Memo> memos(
      QdeProject qde,
      QdaCodes.Merge merge,
      Map<String, String> coderOfUser,
      List<ReadSource> read) {
    List<Memo> memos = new ArrayList<>();
    qde.codeNotes()
        .forEach(
            (guid, refs) -> {
              String code = merge.idsByGuid().get(guid);
              if (code != null) {
                memos.addAll(
                    memosOn(new MemoTarget(MemoTarget.Kind.CODE, code), refs, qde, coderOfUser));
              }
            });
    for (ReadSource r : read) {
      memos.addAll(
          memosOn(
              new MemoTarget(MemoTarget.Kind.TRANSCRIPT, r.transcript().id()),
              r.source().notes(),
              qde,
              coderOfUser));
    }
    long left = qde.notes().keySet().stream().filter(g -> !usedNotes.contains(g)).count();
    if (left > 0) {
      warnings.add(
          left + " note(s) on the project or on things Tacit does not carry were left" + " out");
    }
    memos.sort(
        java.util.Comparator.comparing((Memo m) -> m.target().fileName())
            .thenComparing(Memo::created)
            .thenComparing(Memo::text));
    return memos;
  }

  private List<Memo> memosOn(
      MemoTarget target, List<String> refs, QdeProject qde, Map<String, String> coderOfUser) {
    List<Memo> memos = new ArrayList<>();
    for (String ref : refs) {
      Note n = qde.notes().get(ref);
      if (n == null || n.text().isEmpty()) {
        continue;
      }
      usedNotes.add(ref);
      String coder = n.user() == null ? null : coder(n.user(), coderOfUser);
      memos.add(
          new Memo(
              unitOrSelf(target, n.name()),
              CodingCsv.formatCreated(instant(n.created())),
              coder == null ? "" : coder,
              n.text()));
    }
    return memos;
  }

  /** A note on a transcript named after one of its units (as Tacit exports them) is on it. */
  private static MemoTarget unitOrSelf(MemoTarget target, String noteName) {
    if (target.kind() == MemoTarget.Kind.TRANSCRIPT
        && UnitId.parse(noteName).filter(u -> u.doc().equals(target.id())).isPresent()) {
      return new MemoTarget(MemoTarget.Kind.UNIT, noteName);
    }
    return target;
  }

  private ParticipantTable sets(QdeProject qde, List<ReadSource> read) {
    Map<String, String> transcriptOf = new LinkedHashMap<>();
    read.forEach(r -> transcriptOf.put(r.source().guid(), r.transcript().participant()));
    Map<String, Set<String>> setsOf = new TreeMap<>();
    for (SourceSet set : qde.sets()) {
      List<String> members =
          set.sources().stream().map(transcriptOf::get).filter(java.util.Objects::nonNull).toList();
      if (members.isEmpty()) {
        warnings.add(
            "set \"" + set.name() + "\" holds no imported text source, so it was not" + " carried");
      }
      members.forEach(p -> setsOf.computeIfAbsent(p, k -> new TreeSet<>()).add(set.name()));
    }
    if (setsOf.isEmpty()) {
      return new ParticipantTable(List.of(), List.of());
    }
    List<Participant> participants =
        setsOf.entrySet().stream()
            .map(
                e ->
                    new Participant(
                        e.getKey(),
                        Map.of(
                            SET_ATTRIBUTE,
                            e.getValue().stream().collect(Collectors.joining("; ")))))
            .toList();
    return new ParticipantTable(List.of(SET_ATTRIBUTE), participants);
  }

  /** A REFI-QDA date-time (with or without zone; UTC if without), to the second. */
  private Instant instant(@Nullable String text) {
    if (text == null) {
      return options.now();
    }
    try {
      return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      } catch (DateTimeParseException e2) {
        return options.now();
      }
    }
  }
}
