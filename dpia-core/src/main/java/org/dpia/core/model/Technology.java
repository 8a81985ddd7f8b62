package org.dpia.core.model;

/**
 * A technology a processing uses. Whether a technology is "innovative" or "monitoring" in a legal
 * sense is the rulebook's judgement, not the technology's; core only names it.
 */
public interface Technology extends Vocabulary {}
