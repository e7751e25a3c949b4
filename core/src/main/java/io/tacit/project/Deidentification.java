package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.deidentify.Detector;
import io.tacit.deidentify.Edit;
import io.tacit.deidentify.Finding;
import io.tacit.deidentify.IdentifierType;
import io.tacit.deidentify.Key;
import io.tacit.deidentify.Proposal;
import io.tacit.deidentify.Pseudonyms;
import io.tacit.deidentify.Redaction;
import io.tacit.deidentify.Replacements;
import io.tacit.deidentify.ReviewSheet;
import io.tacit.deidentify.Terms;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code tacit deidentify}: proposes replacements for every identifier in the project's transcripts
 * as a review sheet, and applies a reviewed sheet. The sensitive files live in {@code deidentify/}
 * (the terms list, the key, the pseudonyms, review sheets), which holds a {@code .gitignore} that
 * keeps every one of them out of version control. Applying checks everything first (the sheet
 * against the current texts, every coding), then writes the transcripts, the moved codings and the
 * key together under the project lock. Immutable.
 */
public final class Deidentification {
  public static final String DIR = "deidentify";
  public static final String TERMS = DIR + "/terms.csv";
  public static final String KEY = DIR + "/key.csv";
  public static final String PSEUDONYMS = DIR + "/pseudonyms.csv";
  public static final String SHEET = DIR + "/review.csv";
  static final String IGNORE = "# Originals and their replacements: never commit or share.\n*\n";

  /** What the review proposed: how many replacements of each type, and where the sheet is. */
  public record Review(
      Path sheet, Map<IdentifierType, Integer> byType, int transcripts, int newOriginals) {}

  /** What applying a sheet did. */
  public record Applied(
      int transcripts,
      int replaced,
      int rejected,
      int codingsMoved,
      int codingsWidened,
      int keyEntriesAdded) {}

  private final Project project;

  Deidentification(Project project) {
    this.project = project;
  }

  /**
   * Finds every identifier and writes the review sheet.
   *
   * @param sheet where to write it (relative paths are taken from the project folder); null for
   *     {@code deidentify/review.csv}
   */
  public Review review(
      Set<IdentifierType> types,
      @org.jspecify.annotations.Nullable Path sheet,
      EntityRecognizer recognizer,
      int threads,
      Detector.Progress progress) {
    ProblemList problems = new ProblemList();
    Terms terms = read(TERMS, Terms::read, Terms.none(), problems);
    Key key = read(KEY, Key::read, Key.empty(), problems);
    Pseudonyms pseudonyms = read(PSEUDONYMS, Pseudonyms::read, Pseudonyms.none(), problems);
    problems.throwIfAny();
    List<Transcript> transcripts = project.transcripts().loadAll();
    if (transcripts.isEmpty()) {
      throw new BadInputException(
          "transcripts/",
          "there are no transcripts to de-identify;" + " import some first (tacit import)");
    }
    Detector detector = new Detector(recognizer, types, terms, threads);
    List<Finding> findings = new ArrayList<>();
    detector.detect(transcripts, progress).forEach(findings::addAll);
    List<Proposal> proposals = new Replacements(key, terms, pseudonyms).propose(findings);
    Map<String, Transcript> byId = new HashMap<>();
    transcripts.forEach(t -> byId.put(t.id(), t));
    Path target = sheet == null ? project.resolve(SHEET) : project.root().resolve(sheet);
    Map<IdentifierType, Integer> byType = new EnumMap<>(IdentifierType.class);
    proposals.forEach(p -> byType.merge(p.finding().type(), 1, Integer::sum));
    long fresh =
        proposals.stream()
            .filter(p -> key.find(p.finding().original()).isEmpty())
            .map(p -> p.finding().original())
            .map(s -> s.toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .count();
    try (ProjectLock lock = project.lock()) {
      Map<Path, byte[]> files = new LinkedHashMap<>();
      files.put(target, ReviewSheet.write(proposals, byId).getBytes(StandardCharsets.UTF_8));
      ignoreFile(files);
      AtomicFiles.writeAll(files);
    }
    return new Review(target, byType, transcripts.size(), (int) fresh);
  }

  /**
   * Applies the accepted rows of a review sheet.
   *
   * @throws BadInputException if the sheet is malformed or stale, or any coding cannot be read;
   *     nothing is written then
   */
  public Applied apply(Path sheet) {
    Path file = project.root().resolve(sheet);
    String location = sheet.toString();
    String text = readFile(file, location);
    try (ProjectLock lock = project.lock()) {
      ProblemList problems = new ProblemList();
      List<ReviewSheet.Row> rows = ReviewSheet.read(location, text, problems);
      Key key = read(KEY, Key::read, Key.empty(), problems);
      problems.throwIfAny();
      TranscriptStore store = project.transcripts();
      Map<String, Transcript> current = new TreeMap<>();
      Map<String, List<Edit>> edits = new TreeMap<>();
      Map<String, String> replacementOf = new HashMap<>();
      List<Key.Entry> entries = new ArrayList<>();
      int rejected = 0;
      for (ReviewSheet.Row row : rows) {
        Transcript t = current.computeIfAbsent(row.doc(), id -> store.find(id).orElse(null));
        if (t == null) {
          problems.add(
              row.where(),
              "no transcript \""
                  + row.doc()
                  + "\" in this project; write"
                  + " the review sheet again");
          continue;
        }
        if (!t.textSha256().equals(row.textSha256())) {
          problems.add(
              row.where(),
              "transcript "
                  + row.doc()
                  + " has changed since this sheet"
                  + " was written; write a new one with tacit deidentify --review and review that");
          continue;
        }
        if (row.span().end() > t.text().length()
            || !t.text().substring(row.span()).equals(row.original())) {
          problems.add(
              row.where(),
              "the original does not match the text of "
                  + row.doc()
                  + " at "
                  + row.span()
                  + "; write the review sheet again");
          continue;
        }
        if (!row.accept()) {
          rejected++;
          continue;
        }
        String normal =
            row.original().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        String before = replacementOf.putIfAbsent(normal, row.replacement());
        String keyed = key.find(row.original()).map(Key.Entry::replacement).orElse(null);
        if ((before != null && !before.equals(row.replacement()))
            || (keyed != null && !keyed.equals(row.replacement()))) {
          problems.add(
              row.where(),
              "\""
                  + row.replacement()
                  + "\" replaces an original that is"
                  + " replaced by \""
                  + (keyed != null ? keyed : before)
                  + "\" elsewhere; give the"
                  + " same original the same replacement everywhere");
          continue;
        }
        edits
            .computeIfAbsent(row.doc(), d -> new ArrayList<>())
            .add(new Edit(row.span(), row.original(), row.replacement()));
        entries.add(new Key.Entry(row.type(), row.original(), row.replacement()));
      }
      problems.throwIfAny();

      Map<String, Redaction> redactions = new TreeMap<>();
      edits.forEach(
          (doc, list) -> {
            List<String> why = new ArrayList<>();
            Redaction.of(current.get(doc), list, why)
                .ifPresentOrElse(
                    r -> redactions.put(doc, r),
                    () ->
                        problems.add(
                            location,
                            "transcript "
                                + doc
                                + ": "
                                + why.get(0)
                                + "; write the review sheet again"));
          });
      problems.throwIfAny();

      int[] moved = new int[2];
      Map<Path, byte[]> files = new LinkedHashMap<>();
      files.putAll(store.files(redactions.values().stream().map(Redaction::transcript).toList()));
      files.putAll(movedCodings(redactions, moved));
      Key after = key.with(entries);
      int added = after.entries().size() - key.entries().size();
      if (added > 0 || !Files.exists(project.resolve(KEY))) {
        files.put(project.resolve(KEY), after.write().getBytes(StandardCharsets.UTF_8));
      }
      ignoreFile(files);
      AtomicFiles.writeAll(files);
      int replaced = edits.values().stream().mapToInt(List::size).sum();
      return new Applied(redactions.size(), replaced, rejected, moved[0], moved[1], added);
    }
  }

  /** Every coder's file with codings in a changed transcript, its codings carried over. */
  private Map<Path, byte[]> movedCodings(Map<String, Redaction> redactions, int[] moved) {
    CodingStore codings = project.codings();
    Map<String, List<Coding>> byCoder = new TreeMap<>();
    for (Coding c : codings.loadAll().codings()) {
      byCoder.computeIfAbsent(c.coder(), k -> new ArrayList<>()).add(c);
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    byCoder.forEach(
        (coder, list) -> {
          boolean touched = false;
          Map<String, Coding> kept = new LinkedHashMap<>();
          for (Coding c : list) {
            Redaction r = redactions.get(c.doc());
            Coding now = c;
            if (r != null) {
              Span span = r.offsets().map(c.span());
              if (!span.equals(c.span())) {
                moved[0]++;
                touched = true;
                if (r.offsets().widens(c.span())) {
                  moved[1]++;
                }
              }
              now = new Coding(c.coder(), c.doc(), span, c.code(), c.memo(), c.created());
            }
            kept.putIfAbsent(now.doc() + "\u0000" + now.span() + "\u0000" + now.code(), now);
          }
          if (touched) {
            files.put(
                codings.file(coder),
                CodingCsv.write(kept.values()).getBytes(StandardCharsets.UTF_8));
          }
        });
    return files;
  }

  private void ignoreFile(Map<Path, byte[]> files) {
    Path ignore = project.resolve(DIR).resolve(".gitignore");
    if (!Files.exists(ignore)) {
      files.put(ignore, IGNORE.getBytes(StandardCharsets.UTF_8));
    }
  }

  private <T> T read(String relative, Reader<T> reader, T absent, ProblemList problems) {
    Path f = project.resolve(relative);
    if (!Files.exists(f)) {
      return absent;
    }
    return reader.read(relative, readFile(f, relative), problems);
  }

  /** A reader of one of the sensitive files. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(String location, String text, ProblemList problems);
  }

  private static String readFile(Path f, String location) {
    if (!Files.isRegularFile(f)) {
      throw new BadInputException(
          location, "no such file; write a review sheet with tacit" + " deidentify --review");
    }
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInputException(location, "is not UTF-8 text; save it as CSV UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
    }
  }
}
