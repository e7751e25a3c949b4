package io.tacit.codebook;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A codebook as a reader found it, with the problems that only the reader can see (malformed
 * syntax, unknown keys). Mutable; one reader fills it, then {@link CodebookValidator} checks it.
 */
final class CodebookDraft {
  final String file;

  /** Whether the format has a header (YAML does; CSV and .qdc hold codes only). */
  final boolean hasHeader;

  @Nullable String id;
  int idLine = 1;
  @Nullable String title;
  @Nullable String version;
  @Nullable String source;
  String description = "";
  final List<CodeDraft> codes = new ArrayList<>();
  final List<ChangelogEntry> changelog = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();

  CodebookDraft(String file, boolean hasHeader) {
    this.file = file;
    this.hasHeader = hasHeader;
  }

  void error(int line, String message) {
    diagnostics.add(Diagnostic.error(file, line, message));
  }

  void warning(int line, String message) {
    diagnostics.add(Diagnostic.warning(file, line, message));
  }

  /** Header fields from another codebook, for formats that have none of their own. */
  void takeHeader(Codebook from) {
    id = from.id();
    title = from.title();
    version = from.version();
    source = from.source();
    description = from.description();
  }
}
