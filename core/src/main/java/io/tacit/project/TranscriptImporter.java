package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.text.Ids;
import io.tacit.text.Sha256;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.SpeakerRoles;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.TranscriptAssembler;
import io.tacit.transcript.format.ParsedTranscript;
import io.tacit.transcript.format.SourceFile;
import io.tacit.transcript.format.TranscriptFormat;
import io.tacit.transcript.format.TranscriptFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Imports transcript files into a project. All files are read, parsed and sentence-split first (in
 * parallel, one worker per core); only if every one of them is sound is anything written, under the
 * project lock, so a batch with one bad file leaves the project as it was.
 */
public final class TranscriptImporter {
  /**
   * Extensions picked up when a folder is imported; other files there (README, CSV) are not
   * transcripts.
   */
  static final Set<String> TRANSCRIPT_EXTENSIONS = Set.of("txt", "vtt", "srt", "docx");

  private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  /** What to import and how. */
  public record Request(
      List<Path> inputs,
      @Nullable String id,
      @Nullable TranscriptFormat format,
      @Nullable String participant,
      List<String> interviewers,
      boolean replace) {
    public Request {
      inputs = List.copyOf(inputs);
      interviewers = List.copyOf(interviewers);
    }
  }

  /** What happened to one transcript. */
  public enum Status {
    IMPORTED,
    REPLACED,
    UNCHANGED
  }

  /** One imported transcript and what happened to it. */
  public record Outcome(Transcript transcript, Status status) {}

  /** Told about each file as it is done, for a progress display. */
  @FunctionalInterface
  public interface Progress {
    void done(String file, int done, int total);
  }

  private final Project project;
  private final TranscriptAssembler assembler;

  public TranscriptImporter(Project project, SentenceSplitter splitter) {
    this.project = project;
    this.assembler = new TranscriptAssembler(splitter);
  }

  public List<Outcome> run(Request request, Progress progress) {
    List<Path> files = InputFiles.expand(request.inputs(), TRANSCRIPT_EXTENSIONS);
    if (request.id() != null && files.size() != 1) {
      throw new BadInputException(
          "--id",
          "--id names one transcript, but "
              + files.size()
              + " files were given; import them one at a time or let their file names give the ids");
    }
    if (request.participant() != null) {
      Ids.require("participant", request.participant());
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Path> idToFile = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Path file : files) {
      String id = request.id() != null ? request.id() : idFromFileName(file);
      if (!Ids.isValid(id)) {
        String suggestion = Ids.suggest(stem(file));
        problems.add(
            Problem.at(
                file.toString(),
                Ids.describe("transcript", id)
                    + (suggestion.isEmpty()
                        ? "; give one with --id"
                        : "; give one with --id, e.g. --id " + suggestion)));
      } else if (idToFile.putIfAbsent(id, file) != null) {
        problems.add(
            Problem.at(
                file.toString(),
                "gives the same transcript id \""
                    + id
                    + "\" as "
                    + idToFile.get(id)
                    + "; import one of them with --id"));
      }
      ids.add(id);
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }

    List<Transcript> transcripts = assembleAll(files, ids, request, progress, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }

    TranscriptStore store = project.transcripts();
    try (ProjectLock lock = project.lock()) {
      List<Outcome> outcomes = new ArrayList<>();
      Set<String> coded = project.codings().codedTranscripts();
      for (Transcript t : transcripts) {
        Status status = statusOf(t, store, request.replace(), coded, problems);
        outcomes.add(new Outcome(t, status));
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      store.saveAll(
          outcomes.stream()
              .filter(o -> o.status() != Status.UNCHANGED)
              .map(Outcome::transcript)
              .toList());
      return outcomes;
    }
  }

  private List<Transcript> assembleAll(
      List<Path> files,
      List<String> ids,
      Request request,
      Progress progress,
      List<Problem> problems) {
    SpeakerRoles roles = SpeakerRoles.withInterviewers(request.interviewers());
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Transcript>> futures = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        String id = ids.get(i);
        String participant = request.participant() != null ? request.participant() : id;
        futures.add(pool.submit(() -> assemble(file, id, participant, request.format(), roles)));
      }
      List<Transcript> transcripts = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          transcripts.add(futures.get(i).get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof BadInputException bad) {
            problems.addAll(bad.problems());
          } else if (e.getCause() instanceof RuntimeException r) {
            throw r;
          } else {
            throw new IllegalStateException(e.getCause());
          }
        }
        progress.done(files.get(i).getFileName().toString(), i + 1, files.size());
      }
      return transcripts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private Transcript assemble(
      Path file,
      String id,
      String participant,
      @Nullable TranscriptFormat format,
      SpeakerRoles roles)
      throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new BadInputException(
          file.toString(),
          "is "
              + size / (1024 * 1024)
              + " MB, too large"
              + " for one interview transcript; split it or check that it is the right file");
    }
    byte[] bytes = Files.readAllBytes(file);
    ParsedTranscript parsed;
    try {
      parsed = TranscriptFormats.read(new SourceFile(name, bytes), format);
    } catch (BadInputException e) {
      throw relocate(e, file, name);
    }
    SourceInfo source = new SourceInfo(name, Sha256.of(bytes), parsed.encoding());
    return assembler.assemble(id, participant, source, parsed, roles);
  }

  /** Readers name the bare file; the user gave a path, which is what they can find again. */
  private static BadInputException relocate(BadInputException e, Path file, String name) {
    List<Problem> moved =
        e.problems().stream()
            .map(
                p ->
                    p.location().startsWith(name)
                        ? Problem.at(file + p.location().substring(name.length()), p.message())
                        : p)
            .toList();
    return new BadInputException(moved);
  }

  private static Status statusOf(
      Transcript t,
      TranscriptStore store,
      boolean replace,
      Set<String> coded,
      List<Problem> problems) {
    if (!store.exists(t.id())) {
      return Status.IMPORTED;
    }
    Transcript old = store.load(t.id());
    if (old.textSha256().equals(t.textSha256())
        && old.participant().equals(t.participant())
        && old.turns().equals(t.turns())) {
      return Status.UNCHANGED;
    }
    if (!replace) {
      problems.add(
          Problem.at(
              t.source().file(),
              "transcript \""
                  + t.id()
                  + "\" already exists with"
                  + " different content; use --replace to replace it, or --id to import it as another"
                  + " transcript"));
    } else if (coded.contains(t.id())) {
      problems.add(
          Problem.at(
              t.source().file(),
              "transcript \""
                  + t.id()
                  + "\" has codings that"
                  + " point into its text, so it cannot be replaced; remove them first (tacit code remove)"
                  + " or import this file under a new --id"));
    }
    return Status.REPLACED;
  }

  static String idFromFileName(Path file) {
    return stem(file).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
