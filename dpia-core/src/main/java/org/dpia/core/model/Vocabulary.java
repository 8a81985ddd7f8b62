package org.dpia.core.model;

import org.dpia.core.text.Text;

/**
 * A term of an open vocabulary (purposes, technologies, kinds of controller, places): core ships
 * common terms as enums, and a rulebook or an application may add its own by implementing the
 * sub-interface. Terms are compared by {@link #id()}.
 */
public interface Vocabulary {
  /** A stable identifier, unique within its vocabulary, such as {@code "PATIENT_CARE"}. */
  String id();

  /** The term in plain English. */
  String label();

  /** The term in every language it is written in; by default only in English. */
  default Text text() {
    return Text.of(label());
  }
}
