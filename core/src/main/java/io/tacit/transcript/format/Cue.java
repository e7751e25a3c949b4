package io.tacit.transcript.format;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One caption cue's speech, as WebVTT, SubRip and legacy Teams documents give it.
 *
 * @param line where the cue's time line is, for messages
 * @param start when the cue starts
 * @param voice the speaker the format names outside the text ({@code <v Name>}, a Teams speaker
 *     line); null when only the text can say ({@code Name: text}) or nobody is named
 * @param text the cue's text on one line, tags removed, entities decoded
 */
record Cue(int line, Duration start, @Nullable String voice, String text) {}
