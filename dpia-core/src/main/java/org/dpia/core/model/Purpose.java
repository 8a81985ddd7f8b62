package org.dpia.core.model;

/**
 * What a processing is for. Core's common purposes are in {@link StandardPurpose}; a rulebook adds
 * purposes that only its law names (for example the management of a French commune's electoral
 * roll).
 */
public interface Purpose extends Vocabulary {}
