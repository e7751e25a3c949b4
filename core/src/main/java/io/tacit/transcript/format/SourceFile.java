package io.tacit.transcript.format;

/**
 * A transcript file as read from disk. The bytes are not copied: callers hand over ownership.
 *
 * @param name the file name, for messages and format detection
 * @param bytes the file's content
 */
public record SourceFile(String name, byte[] bytes) {}
