package org.dpia.core.model;

/**
 * A specific legal framework under which a processing is carried out, when a law names it: an
 * experiment authorised by statute, a processing created by decree. Rulebooks define the
 * frameworks their law knows.
 */
public interface LegalFramework extends Vocabulary {}
