package io.tacit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QdeReaderTest {
  private static QdeProject read(String xml) {
    return QdeReader.read("p.qde", xml.getBytes(StandardCharsets.UTF_8), p -> Optional.empty());
  }

  @Test
  void readsUsersSourcesSelectionsNotesAndSetsOfAnNvivoProject() throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.folder("nvivo").resolve("project.qde"));
    QdeProject p = QdeReader.read("p.qde", bytes, x -> Optional.empty());
    assertThat(p.origin()).startsWith("NVivo 14");
    assertThat(p.users())
        .extracting(QdeProject.User::name)
        .containsExactly("Dana Smith", "Lee Okafor");
    assertThat(p.codes()).isEqualTo(4);
    assertThat(p.sources())
        .extracting(QdeProject.Source::kind)
        .containsExactly(QdeProject.Kind.TEXT, QdeProject.Kind.PDF);
    QdeProject.Selection first = p.sources().get(0).selections().get(0);
    assertThat(first.guid()).isEqualTo("e0000001-0000-4000-8000-000000000001");
    assertThat(first.start()).isEqualTo(61);
    assertThat(first.end()).isEqualTo(76);
    assertThat(first.codings())
        .singleElement()
        .extracting(QdeProject.Applied::code)
        .isEqualTo("c0000003-0000-4000-8000-000000000003");
    assertThat(first.notes()).containsExactly("d0000002-0000-4000-8000-000000000002");
    assertThat(p.codeNotes()).containsOnlyKeys("c0000002-0000-4000-8000-000000000002");
    assertThat(p.sources().get(0).notes()).containsExactly("d0000003-0000-4000-8000-000000000003");
    assertThat(p.notes().get("d0000001-0000-4000-8000-000000000001").text())
        .isEqualTo("Plans are made at the second visit, not the first.");
    assertThat(p.sets())
        .singleElement()
        .extracting(QdeProject.SourceSet::name)
        .isEqualTo("Peer specialists");
  }

  @Test
  void refusesADoctypeWithEntitiesBeforeReadingAnything() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]>\n<Project name=\"&x;\"/>";
    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("DTD")
        .hasMessageContaining("export the project again");
  }

  @Test
  void reportsBrokenXmlWithItsLine() {
    assertThatThrownBy(() -> read("<Project name=\"x\">\n<Users>\n</Project>"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("p.qde:3")
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void refusesADocumentThatIsNotAProject() {
    assertThatThrownBy(() -> read("<CodeBook/>"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("<CodeBook>");
  }
}
