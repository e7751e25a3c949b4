package io.tacit.project;

import io.tacit.ProblemList;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCheck;
import io.tacit.coding.CodingCsv;
import io.tacit.exchange.ExchangeImport;
import io.tacit.exchange.ExportInput;
import io.tacit.exchange.ImportOptions;
import io.tacit.exchange.ImportPlan;
import io.tacit.exchange.QdpxArchive;
import io.tacit.exchange.QdpxWriter;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.TranscriptAssembler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whole projects in and out as REFI-QDA ({@code .qdpx}). An import is planned in full ({@link
 * ExchangeImport}) and every file it changes (transcripts, codebook, coder files, memos,
 * participants) is worked out and checked under the project lock before the first is written, all
 * together ({@link AtomicFiles#writeAll}). Immutable; thread-safe through the lock.
 */
public final class ProjectExchange {
  private final Project project;

  /** What an import wrote: the plan, and how many codings and memos were new. */
  public record Imported(
      ImportPlan plan, Map<String, Integer> codingsAdded, int memosAdded, int filesWritten) {}

  ProjectExchange(Project project) {
    this.project = project;
  }

  /**
   * @param name the file as the user named it, for messages
   * @throws io.tacit.BadInputException naming every problem; nothing is written then
   */
  public Imported importProject(
      Path file, String name, ImportOptions options, SentenceSplitter splitter) {
    QdpxArchive archive = QdpxArchive.read(file, name, QdpxArchive.Limits.DEFAULT);
    try (ProjectLock lock = project.lock()) {
      CodebookStore codebookStore = project.codebook();
      Codebook codebook = codebookStore.load();
      TranscriptStore transcripts = project.transcripts();
      ImportPlan plan =
          new ExchangeImport(
                  archive, codebook, transcripts::find, new TranscriptAssembler(splitter), options)
              .plan();

      Map<Path, byte[]> files = new LinkedHashMap<>(transcripts.files(plan.transcripts()));
      if (!plan.addedCodes().isEmpty()) {
        Codebook after =
            codebookStore
                .editor()
                .importCodebook(
                    codebook, plan.codebook(), true, name, "imported with the project " + name);
        files.put(
            codebookStore.file(),
            CodebookFormat.YAML.write(after).getBytes(StandardCharsets.UTF_8));
      }
      Map<String, Integer> added = codings(plan, transcripts, files);
      Map<Path, byte[]> memos = project.memos().appended(plan.memos());
      files.putAll(memos);
      if (!plan.participants().participants().isEmpty()) {
        ParticipantStore participants = project.participants();
        files.put(
            project.resolve("participants.csv"),
            ParticipantCsv.write(participants.load().merge(plan.participants()))
                .getBytes(StandardCharsets.UTF_8));
      }
      AtomicFiles.writeAll(files);
      return new Imported(plan, added, memos.size(), files.size());
    }
  }

  /** Each coder's file with the plan's codings added; codings already there are kept once. */
  private Map<String, Integer> codings(
      ImportPlan plan, TranscriptStore transcripts, Map<Path, byte[]> files) {
    Map<String, Transcript> fresh = new TreeMap<>();
    plan.transcripts().forEach(t -> fresh.put(t.id(), t));
    CodingCheck check =
        new CodingCheck(
            plan.codebook(),
            id -> fresh.containsKey(id) ? Optional.of(fresh.get(id)) : transcripts.find(id));
    CodingStore store = project.codings();
    ProblemList problems = new ProblemList();
    Map<String, Integer> added = new TreeMap<>();
    plan.codings()
        .forEach(
            (coder, codings) -> {
              List<Coding> before =
                  check.codings(coder, store.table(coder, problems), null, problems);
              Map<CodingEdit.Key, Coding> after = new LinkedHashMap<>();
              before.forEach(c -> after.putIfAbsent(CodingEdit.Key.of(c), c));
              int n = 0;
              for (Coding c : codings) {
                if (after.putIfAbsent(CodingEdit.Key.of(c), c) == null) {
                  check.check(c, CodingStore.location(coder), problems);
                  n++;
                }
              }
              added.put(coder, n);
              if (n > 0) {
                files.put(
                    store.file(coder),
                    CodingCsv.write(after.values()).getBytes(StandardCharsets.UTF_8));
              }
            });
    problems.throwIfAny();
    return added;
  }

  /** The study as a REFI-QDA project archive; the same study always gives the same bytes. */
  public byte[] exportProject() {
    Codebook codebook = project.codebook().load();
    List<Transcript> transcripts = project.transcripts().loadAll();
    List<Coding> codings = project.codings().loadAll().codings();
    return QdpxWriter.write(
        new ExportInput(
            project.settings().name(),
            codebook,
            transcripts,
            codings,
            project.memos().list(null),
            project.participants().load()));
  }
}
