package io.tacit.nlp;

/** The kinds of named entity the recognizer reports: CoreNLP's three statistical classes. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  LOCATION
}
