package org.dpia.core.decision;

import java.util.List;
import java.util.Optional;
import org.dpia.core.law.Citation;

/**
 * What an {@link Interview} asks next: a yes/no {@link Question} about one fact, or a
 * multiple-choice {@link Choice} about one vocabulary (which purposes, which data…), each with its
 * text, a short help and the few provisions that ground it, in the language asked for.
 */
public interface Prompt {

  /** The id of what is asked: the fact's id for a question, the topic's id for a choice. */
  String id();

  /** The question, as a question. */
  String text();

  /** A short help in plain words, when the rulebook gives one. */
  Optional<String> help();

  /** The provisions that ground the question: at most {@value Question#MAX_REFERENCES}. */
  List<Citation> references();
}
