package io.tacit.exchange;

import io.tacit.exchange.QdeProject.Source;
import io.tacit.transcript.Transcript;

/**
 * A text source read and made into a transcript, with the mapping of its positions. Immutable.
 *
 * @param isNew whether the transcript is new to the study (else the study has it, same text)
 */
record ReadSource(Source source, Transcript transcript, boolean isNew, SourceAlignment alignment) {}
