package io.tacit.nlp;

/**
 * A sentence found by the splitter, in UTF-16 indices of the analysed string (callers convert to
 * code points), with its number of word tokens.
 */
public record TextSpan(int begin, int end, int words) {}
