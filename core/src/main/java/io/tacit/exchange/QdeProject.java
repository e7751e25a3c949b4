package io.tacit.exchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a REFI-QDA project document ({@code project.qde}) holds that Tacit carries, as read: GUIDs
 * in normal form (lower case, no braces), positions as the tool wrote them. Immutable.
 *
 * @param origin the tool that wrote it, as it says ({@code NVivo 14}), or empty
 * @param users the project's users, in document order
 * @param sources every source, text or not, in document order
 * @param notes every note by GUID
 * @param codeNotes the GUIDs of the notes on each code, by code GUID
 * @param sets the sets, in document order
 * @param codes how many codes the codebook has
 */
public record QdeProject(
    String origin,
    List<User> users,
    List<Source> sources,
    Map<String, Note> notes,
    Map<String, List<String>> codeNotes,
    List<SourceSet> sets,
    int codes) {
  public QdeProject {
    users = List.copyOf(users);
    sources = List.copyOf(sources);
    notes = Map.copyOf(notes);
    codeNotes = Map.copyOf(codeNotes);
    sets = List.copyOf(sets);
  }

  /** A person who coded in the other tool. */
  public record User(String guid, String name) {}

  /** A note (memo): its text and who wrote it when. */
  public record Note(
      String guid, String name, String text, @Nullable String user, @Nullable String created) {}

  /** A set of sources (MAXQDA's document sets, NVivo's sets, ATLAS.ti's document groups). */
  public record SourceSet(String guid, String name, List<String> sources) {
    public SourceSet {
      sources = List.copyOf(sources);
    }
  }

  /** The kinds of source REFI-QDA knows; Tacit imports text only. */
  public enum Kind {
    TEXT,
    PDF,
    PICTURE,
    AUDIO,
    VIDEO
  }

  /**
   * One source.
   *
   * @param plainTextPath where its plain text is in the archive, or null
   * @param plainText its plain text given inline, or null
   * @param line where it starts in the document, for messages
   * @param uncarried codings Tacit cannot carry: of the whole source, or of regions of a PDF,
   *     picture, audio or video
   */
  public record Source(
      String guid,
      String name,
      Kind kind,
      @Nullable String plainTextPath,
      @Nullable String plainText,
      List<Selection> selections,
      List<String> notes,
      int line,
      int uncarried) {
    public Source {
      selections = List.copyOf(selections);
      notes = List.copyOf(notes);
    }
  }

  /**
   * A selection of a text source and the codes applied to it.
   *
   * @param start the tool's start position, 0-based
   * @param end the tool's end position, one past the last character
   * @param description the selection's own description, or empty
   */
  public record Selection(
      String guid,
      long start,
      long end,
      @Nullable String user,
      @Nullable String created,
      String description,
      List<Applied> codings,
      List<String> notes,
      int line) {
    public Selection {
      codings = List.copyOf(codings);
      notes = List.copyOf(notes);
    }
  }

  /** A code applied to a selection. */
  public record Applied(
      String guid,
      String code,
      @Nullable String user,
      @Nullable String created,
      List<String> notes) {
    public Applied {
      notes = List.copyOf(notes);
    }
  }
}
