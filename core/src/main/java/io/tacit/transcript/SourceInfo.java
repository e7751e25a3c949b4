package io.tacit.transcript;

/**
 * Where a transcript came from.
 *
 * @param file the source file's name (not its path: paths differ between coders' machines)
 * @param sha256 SHA-256 of the source file's bytes
 * @param encoding the text encoding it was read with, or "docx"
 */
public record SourceInfo(String file, String sha256, String encoding) {}
