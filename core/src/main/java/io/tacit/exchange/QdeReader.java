package io.tacit.exchange;

import io.tacit.BadInputException;
import io.tacit.codebook.QdaCodes;
import io.tacit.codebook.SafeXml;
import io.tacit.exchange.QdeProject.Applied;
import io.tacit.exchange.QdeProject.Kind;
import io.tacit.exchange.QdeProject.Note;
import io.tacit.exchange.QdeProject.Selection;
import io.tacit.exchange.QdeProject.Source;
import io.tacit.exchange.QdeProject.SourceSet;
import io.tacit.exchange.QdeProject.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a REFI-QDA project document liberally, as the tools really write them: any namespace or
 * none, attributes in any order, GUIDs with or without braces, notes inline or in the archive. A
 * DTD or entity declaration is refused. Codes are read separately, by the codebook package. Mutable
 * while reading; one per document.
 */
final class QdeReader {
  private final String file;
  private final Function<String, Optional<byte[]>> archive;
  private String origin = "";
  private final List<User> users = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private final Map<String, List<String>> codeNotes = new LinkedHashMap<>();
  private final List<SourceSet> sets = new ArrayList<>();
  private int codeCount;

  // What is open while reading.
  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<String> codes = new ArrayDeque<>();
  private @Nullable SourceDraft source;
  private @Nullable SelectionDraft selection;
  private @Nullable AppliedDraft applied;
  private @Nullable NoteDraft note;
  private @Nullable SetDraft set;

  private QdeReader(String file, Function<String, Optional<byte[]>> archive) {
    this.file = file;
    this.archive = archive;
  }

  /**
   * @param file the document's name, for messages ({@code study.qdpx:project.qde})
   * @param archive the archive's files by the paths the document gives
   * @throws BadInputException if the document is not well-formed XML, not a project, or declares a
   *     DTD
   */
  static QdeProject read(String file, byte[] bytes, Function<String, Optional<byte[]>> archive) {
    QdeReader r = new QdeReader(file, archive);
    try {
      XMLStreamReader xml =
          SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        r.events(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      int line = SafeXml.line(e);
      throw new BadInputException(
          file + (line > 0 ? ":" + line : ""),
          "not well-formed XML ("
              + SafeXml.reason(e)
              + "); export the project again from the tool that made it");
    }
    return new QdeProject(r.origin, r.users, r.sources, r.notes, r.codeNotes, r.sets, r.codeCount);
  }

  private void events(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD
          || event == XMLStreamConstants.ENTITY_DECLARATION
          || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw SafeXml.refuseDtd(file, "the project");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (start(xml)) {
          path.push(xml.getLocalName());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        end(xml.getLocalName());
        path.pop();
      }
    }
  }

  /**
   * @return false if the element was read whole (its text), so it is not open any more
   */
  private boolean start(XMLStreamReader xml) throws XMLStreamException {
    String name = xml.getLocalName();
    String parent = path.isEmpty() ? "" : path.peek();
    int line = xml.getLocation().getLineNumber();
    if (path.isEmpty()) {
      if (!name.equals("Project")) {
        throw new BadInputException(
            file,
            "starts with <"
                + name
                + "> where <Project> was"
                + " expected, so it is not a REFI-QDA project");
      }
      origin = attr(xml, "origin");
      return true;
    }
    switch (name) {
      case "User" -> {
        if (parent.equals("Users")) {
          users.add(new User(guid(xml, "guid"), attr(xml, "name")));
        }
      }
      case "Code" -> {
        if (parent.equals("Codes") || parent.equals("Code")) {
          codes.push(guid(xml, "guid"));
          codeCount++;
        }
      }
      case "TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource" -> {
        if (parent.equals("Sources")) {
          source = new SourceDraft(xml, kind(name), line);
        }
      }
      case "Note" -> {
        if (parent.equals("Notes")) {
          note = new NoteDraft(xml);
        }
      }
      case "Set" -> {
        if (parent.equals("Sets")) {
          set = new SetDraft(guid(xml, "guid"), attr(xml, "name"));
        }
      }
      case "MemberSource" -> {
        if (set != null && parent.equals("Set")) {
          set.sources.add(guid(xml, "targetGUID"));
        }
      }
      case "PlainTextSelection" -> {
        if (source != null && parent.equals("TextSource")) {
          selection = new SelectionDraft(xml, line);
        }
      }
      case "Coding" -> {
        if (selection != null && parent.equals("PlainTextSelection")) {
          applied =
              new AppliedDraft(
                  guid(xml, "guid"),
                  optionalGuid(xml, "creatingUser"),
                  optional(xml, "creationDateTime"));
        } else if (source != null) {
          source.uncarried++; // of the whole source, or of a region of a PDF or medium
        }
      }
      case "CodeRef" -> {
        if (applied != null && parent.equals("Coding")) {
          applied.code = guid(xml, "targetGUID");
        }
      }
      case "NoteRef" -> noteRef(parent, guid(xml, "targetGUID"));
      case "PlainTextContent" -> {
        if (note != null && parent.equals("Note")) {
          note.text = xml.getElementText();
          return false;
        }
        if (source != null && selection == null && parent.equals("TextSource")) {
          source.plainText = xml.getElementText();
          return false;
        }
      }
      case "Description" -> {
        if (selection != null && parent.equals("PlainTextSelection")) {
          selection.description = xml.getElementText().strip();
          return false;
        }
      }
      default -> {}
    }
    return true;
  }

  private void noteRef(String parent, String target) {
    if (applied != null && parent.equals("Coding")) {
      applied.notes.add(target);
    } else if (selection != null && parent.equals("PlainTextSelection")) {
      selection.notes.add(target);
    } else if (source != null && parent.equals(source.element)) {
      source.notes.add(target);
    } else if (!codes.isEmpty() && parent.equals("Code")) {
      codeNotes.computeIfAbsent(codes.peek(), k -> new ArrayList<>()).add(target);
    }
  }

  private void end(String name) {
    switch (name) {
      case "Code" -> {
        if (!codes.isEmpty() && (path.size() < 2 || isCodeParent())) {
          codes.pop();
        }
      }
      case "Coding" -> {
        if (applied != null
            && selection != null
            && path.size() >= 2
            && "PlainTextSelection".equals(secondOnPath())) {
          if (applied.code != null) {
            selection.codings.add(
                new Applied(
                    applied.guid, applied.code, applied.user, applied.created, applied.notes));
          }
          applied = null;
        }
      }
      case "PlainTextSelection" -> {
        if (selection != null && source != null && "TextSource".equals(secondOnPath())) {
          source.selections.add(selection.build());
          selection = null;
        }
      }
      case "TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource" -> {
        if (source != null && source.element.equals(name) && "Sources".equals(secondOnPath())) {
          sources.add(source.build());
          source = null;
        }
      }
      case "Note" -> {
        if (note != null && "Notes".equals(secondOnPath())) {
          notes.put(note.guid, note.build());
          note = null;
        }
      }
      case "Set" -> {
        if (set != null && "Sets".equals(secondOnPath())) {
          sets.add(new SourceSet(set.guid, set.name, set.sources));
          set = null;
        }
      }
      default -> {}
    }
  }

  private boolean isCodeParent() {
    String p = secondOnPath();
    return "Codes".equals(p) || "Code".equals(p);
  }

  /** The parent of the element being closed (the top of the path is the element itself). */
  private @Nullable String secondOnPath() {
    var it = path.iterator();
    it.next();
    return it.hasNext() ? it.next() : null;
  }

  private static Kind kind(String element) {
    return switch (element) {
      case "TextSource" -> Kind.TEXT;
      case "PDFSource" -> Kind.PDF;
      case "PictureSource" -> Kind.PICTURE;
      case "AudioSource" -> Kind.AUDIO;
      default -> Kind.VIDEO;
    };
  }

  private static String attr(XMLStreamReader xml, String name) {
    String v = xml.getAttributeValue(null, name);
    return v == null ? "" : v.strip();
  }

  private static @Nullable String optional(XMLStreamReader xml, String name) {
    String v = attr(xml, name);
    return v.isEmpty() ? null : v;
  }

  private static String guid(XMLStreamReader xml, String name) {
    return QdaCodes.normalGuid(attr(xml, name));
  }

  private static @Nullable String optionalGuid(XMLStreamReader xml, String name) {
    String v = attr(xml, name);
    return v.isEmpty() ? null : QdaCodes.normalGuid(v);
  }

  private final class SourceDraft {
    final String element;
    final String guid;
    final String name;
    final Kind kind;
    final @Nullable String plainTextPath;
    @Nullable String plainText;
    final List<Selection> selections = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final int line;
    int uncarried;

    SourceDraft(XMLStreamReader xml, Kind kind, int line) {
      this.element = xml.getLocalName();
      this.guid = guid(xml, "guid");
      this.name = attr(xml, "name");
      this.kind = kind;
      this.plainTextPath = optional(xml, "plainTextPath");
      this.line = line;
    }

    Source build() {
      return new Source(
          guid, name, kind, plainTextPath, plainText, selections, notes, line, uncarried);
    }
  }

  private static final class SelectionDraft {
    final String guid;
    final long start;
    final long end;
    final @Nullable String user;
    final @Nullable String created;
    String description = "";
    final List<Applied> codings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final int line;

    SelectionDraft(XMLStreamReader xml, int line) {
      this.guid = guid(xml, "guid");
      this.start = number(attr(xml, "startPosition"));
      this.end = number(attr(xml, "endPosition"));
      this.user = optionalGuid(xml, "creatingUser");
      this.created = optional(xml, "creationDateTime");
      this.line = line;
    }

    private static long number(String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return -1; // reported as a position outside the text
      }
    }

    Selection build() {
      return new Selection(guid, start, end, user, created, description, codings, notes, line);
    }
  }

  private static final class AppliedDraft {
    final String guid;
    final @Nullable String user;
    final @Nullable String created;
    @Nullable String code;
    final List<String> notes = new ArrayList<>();

    AppliedDraft(String guid, @Nullable String user, @Nullable String created) {
      this.guid = guid;
      this.user = user;
      this.created = created;
    }
  }

  private final class NoteDraft {
    final String guid;
    final String name;
    final @Nullable String path;
    final @Nullable String user;
    final @Nullable String created;
    @Nullable String text;

    NoteDraft(XMLStreamReader xml) {
      this.guid = guid(xml, "guid");
      this.name = attr(xml, "name");
      this.path = optional(xml, "plainTextPath");
      this.user = optionalGuid(xml, "creatingUser");
      this.created = optional(xml, "creationDateTime");
    }

    Note build() {
      String body = text;
      if (body == null && path != null) {
        body = archive.apply(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
      }
      return new Note(guid, name, body == null ? "" : body.strip(), user, created);
    }
  }

  private static final class SetDraft {
    final String guid;
    final String name;
    final List<String> sources = new ArrayList<>();

    SetDraft(String guid, String name) {
      this.guid = guid;
      this.name = name;
    }
  }
}
