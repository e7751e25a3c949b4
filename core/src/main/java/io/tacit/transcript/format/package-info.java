/**
 * Readers for transcripts as transcription services, meeting tools and typists produce them:
 * labelled plain text, WebVTT (Zoom, Teams), SubRip and Word. Each reader turns a file into a
 * {@link io.tacit.transcript.format.ParsedTranscript}: speaker turns with their labels and times,
 * before roles, canonical text and sentences are worked out.
 */
@NullMarked
package io.tacit.transcript.format;

import org.jspecify.annotations.NullMarked;
