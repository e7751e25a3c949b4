package io.tacit.transcript;

import io.tacit.text.Span;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One speaker's uninterrupted utterance.
 *
 * @param number 1-based position in the transcript
 * @param speaker the label as the source wrote it ("" when the source had none)
 * @param role interviewer or participant
 * @param span the utterance in the canonical text (without the speaker label)
 * @param time when the turn starts in the recording, if known
 */
public record Turn(int number, String speaker, Role role, Span span, @Nullable Duration time) {}
