package io.tacit.memo;

/**
 * One memo entry. Immutable.
 *
 * @param target what it is about
 * @param created when it was written, as its heading gives it ({@code 2026-11-23T17:20:00Z}); empty
 *     for a file written by hand without Tacit's headings
 * @param coder who wrote it; empty when not given
 * @param text the memo itself (Markdown)
 */
public record Memo(MemoTarget target, String created, String coder, String text) {}
