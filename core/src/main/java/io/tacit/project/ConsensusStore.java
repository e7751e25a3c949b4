package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.coding.CodingCsv;
import io.tacit.coding.consensus.ConsensusMerge;
import io.tacit.coding.consensus.ConsensusResult;
import io.tacit.coding.consensus.DecisionSheet;
import io.tacit.coding.consensus.DecisionTrail;
import io.tacit.coding.reliability.Selection;
import io.tacit.text.Ids;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Consensus codings and their audit trails: {@code tacit consensus} writes the consensus coder's
 * file {@code coding/NAME.csv} and the trail {@code consensus/NAME-decisions.csv} together, under
 * the lock, and refuses to replace an existing consensus unless asked to. Immutable.
 */
public final class ConsensusStore {
  public static final String DIR = "consensus";

  private final Project project;

  ConsensusStore(Project project) {
    this.project = project;
  }

  /** {@code consensus/NAME-decisions.csv}. */
  public Path trailFile(String name) {
    Ids.require("coder", name);
    return project.resolve(DIR + "/" + name + "-decisions.csv");
  }

  /** The summary of each consensus trail in the project, by consensus coder, sorted. */
  public Map<String, DecisionTrail.Summary> trails() {
    Map<String, DecisionTrail.Summary> trails = new java.util.TreeMap<>();
    for (String coder : project.codings().coders()) {
      Path f = trailFile(coder);
      if (Files.isRegularFile(f)) {
        trails.put(coder, DecisionTrail.summarize(DIR + "/" + f.getFileName(), read(f)));
      }
    }
    return trails;
  }

  /**
   * Merges the two coders of {@code selection} into {@code name}.
   *
   * @param sheet the filled-in decisions sheet; empty for none
   * @param replace whether an existing consensus of that name may be rebuilt (never another coder's
   *     file: only one with the audit trail this command keeps)
   * @param write false to compute without writing anything (a dry run)
   * @throws BadInputException if the name is one of the coders, the consensus exists and {@code
   *     replace} is off, or the sheet has problems; nothing is written then
   */
  public ConsensusResult build(
      Selection selection, String name, Optional<Path> sheet, boolean replace, boolean write) {
    Ids.require("coder", name);
    if (selection.coders().size() != 2) {
      throw new BadInputException(
          "--coders",
          "consensus merges two coders, not "
              + selection.coders().size()
              + "; name them as --coders FIRST,SECOND");
    }
    if (selection.coders().contains(name)) {
      throw new BadInputException(
          "--as",
          name
              + " is one of the coders being merged; name the"
              + " consensus coder differently (for example --as consensus)");
    }
    try (ProjectLock lock = project.lock()) {
      CodingStore store = project.codings();
      if (write && store.exists(name) && !replace) {
        throw new BadInputException(
            CodingStore.location(name),
            "this coder's file exists;"
                + " rebuild the consensus with --replace, or name another with --as");
      }
      if (write && store.exists(name) && !Files.isRegularFile(trailFile(name))) {
        throw new BadInputException(
            CodingStore.location(name),
            "this coder's file was not made"
                + " by tacit consensus (there is no "
                + DIR
                + "/"
                + name
                + "-decisions.csv), so it"
                + " is not replaced; name the consensus coder differently with --as");
      }
      CoderComparison compared = CoderComparison.load(project, selection);
      DecisionSheet decisions =
          sheet.map(f -> readSheet(f, selection)).orElse(DecisionSheet.empty());
      ConsensusResult result =
          ConsensusMerge.merge(compared.codings(), compared.decisions(), decisions, name);
      if (write) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(
            store.file(name), CodingCsv.write(result.codings()).getBytes(StandardCharsets.UTF_8));
        files.put(trailFile(name), DecisionTrail.write(result).getBytes(StandardCharsets.UTF_8));
        createDir(project.resolve(DIR));
        createDir(project.resolve(CodingStore.DIR));
        AtomicFiles.writeAll(files);
      }
      return result;
    }
  }

  private DecisionSheet readSheet(Path file, Selection selection) {
    String location = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          location,
          "no such file; write the sheet with tacit agree"
              + " --coders "
              + String.join(",", selection.coders())
              + " --disagreements "
              + location);
    }
    String text;
    try {
      text = TextDecoder.decode(location, Files.readAllBytes(file), TextKind.CSV).text();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    ProblemList problems = new ProblemList();
    DecisionSheet sheet =
        DecisionSheet.read(
            location,
            text,
            selection.coders().get(0),
            selection.coders().get(1),
            selection.unit(),
            problems);
    problems.throwIfAny();
    return sheet;
  }

  private static void createDir(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
