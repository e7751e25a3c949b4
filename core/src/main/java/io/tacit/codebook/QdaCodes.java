package io.tacit.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * The code tree as REFI-QDA carries it, for the codebook ({@code .qdc}) and for whole projects
 * ({@code .qdpx}): GUIDs, {@code <Code>} elements, and merging the codes of another tool's project
 * into the study's codebook. Stateless.
 */
public final class QdaCodes {
  /** Characters XML 1.0 cannot carry at all, even escaped. */
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private QdaCodes() {}

  /** The GUID a code is exchanged with: the one another tool gave it, else one derived. */
  public static String guid(Codebook codebook, Code code) {
    return CodeGuids.of(codebook, code);
  }

  /**
   * A stable GUID for something Tacit exports (a coder, a transcript, a coding), from a URN that
   * names it ({@code urn:tacit:coder:lead}): the same name always gives the same GUID.
   */
  public static String namedGuid(String urn) {
    return CodeGuids.named(urn);
  }

  /** Lower case without braces, as GUIDs are compared. */
  public static String normalGuid(String guid) {
    return CodeGuids.normal(guid);
  }

  /** Text without the characters XML cannot carry. */
  public static String xmlText(String text) {
    return NOT_XML.matcher(text).replaceAll("");
  }

  /**
   * Writes {@code codes} as {@code <Code>} elements in {@code namespace}, indented two spaces a
   * level: name, colour, the fields as a description ({@link QdcDescription}), the note references
   * {@code notes} gives, then the children.
   */
  public static void write(
      XMLStreamWriter w,
      String namespace,
      Codebook cb,
      List<Code> codes,
      int level,
      Function<Code, List<String>> notes)
      throws XMLStreamException {
    for (Code c : codes) {
      indent(w, level);
      String description = QdcDescription.compose(c);
      List<String> refs = notes.apply(c);
      boolean empty = description.isEmpty() && refs.isEmpty() && c.children().isEmpty();
      if (empty) {
        w.writeEmptyElement(namespace, "Code");
      } else {
        w.writeStartElement(namespace, "Code");
      }
      w.writeAttribute("guid", guid(cb, c));
      w.writeAttribute("name", xmlText(c.name()));
      w.writeAttribute("isCodable", "true");
      if (c.color() != null) {
        w.writeAttribute("color", c.color());
      }
      if (empty) {
        continue;
      }
      if (!description.isEmpty()) {
        indent(w, level + 1);
        w.writeStartElement(namespace, "Description");
        w.writeCharacters(xmlText(description));
        w.writeEndElement();
      }
      for (String ref : refs) {
        indent(w, level + 1);
        w.writeEmptyElement(namespace, "NoteRef");
        w.writeAttribute("targetGUID", ref);
      }
      write(w, namespace, cb, c.children(), level + 1, notes);
      indent(w, level);
      w.writeEndElement();
    }
  }

  static void indent(XMLStreamWriter w, int level) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(level));
  }

  /**
   * What merging another tool's codes into the study's codebook gave.
   *
   * @param codebook the study's codebook with the new codes added
   * @param idsByGuid the project code id of every incoming code, by normal GUID
   * @param added ids of the codes that were added, in tree order
   * @param matched ids of the project's codes that incoming codes were taken as, in tree order
   */
  public record Merge(
      Codebook codebook, Map<String, String> idsByGuid, List<String> added, List<String> matched) {
    public Merge {
      idsByGuid = Map.copyOf(idsByGuid);
      added = List.copyOf(added);
      matched = List.copyOf(matched);
    }
  }

  /**
   * Adds the codes of {@code incoming} (as read by {@link CodebookFormat#QDC} with the project's
   * codebook) that the project lacks. An incoming code is the project's code that has its GUID,
   * else the code with the same name under the same parent; that code is left as it is, so a
   * study's definitions are never overwritten by another tool's. Any other code is added under its
   * parent with its GUID, colour and description, with a fresh id where its own is taken.
   */
  public static Merge merge(Codebook project, Codebook incoming) {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> projectIdByGuid = new LinkedHashMap<>();
    project.all().forEach(c -> projectIdByGuid.put(CodeGuids.normal(guid(project, c)), c.id()));
    List<String> added = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    List<Code> codes = project.codes();
    NameIds names = new NameIds();
    project.all().forEach(c -> names.reserve(c.id()));
    Map<String, String> idOfIncoming = new LinkedHashMap<>();
    for (Code in : incoming.all()) {
      String guid = CodeGuids.normal(guid(incoming, in));
      @Nullable String parent =
          incoming.parentOf(in.id()).map(p -> idOfIncoming.get(p.id())).orElse(null);
      Codebook sofar = project.withCodes(codes);
      Optional<Code> same =
          Optional.ofNullable(projectIdByGuid.get(guid))
              .flatMap(sofar::find)
              .or(() -> sibling(sofar, parent, in.name()));
      String id;
      if (same.isPresent()) {
        id = same.get().id();
        matched.add(id);
      } else {
        id = sofar.contains(in.id()) ? names.idFor(in.name()) : in.id();
        names.reserve(id);
        Code code =
            new Code(
                id,
                in.name(),
                in.shortDefinition(),
                in.definition(),
                in.include(),
                in.exclude(),
                in.examples(),
                in.terms(),
                in.color(),
                guid,
                List.of());
        codes = CodeTree.insert(codes, parent, code);
        added.add(id);
      }
      idOfIncoming.put(in.id(), id);
      ids.put(guid, id);
    }
    return new Merge(project.withCodes(codes), ids, added, matched);
  }

  private static Optional<Code> sibling(Codebook cb, @Nullable String parent, String name) {
    List<Code> siblings =
        parent == null ? cb.codes() : cb.find(parent).map(Code::children).orElse(List.of());
    return siblings.stream()
        .filter(c -> Code.nameKey(c.name()).equals(Code.nameKey(name)))
        .findFirst();
  }
}
