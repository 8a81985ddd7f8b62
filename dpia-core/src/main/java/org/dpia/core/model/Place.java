package org.dpia.core.model;

/** Where a processing collects its data or takes place. */
public interface Place extends Vocabulary {}
