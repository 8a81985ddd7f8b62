package org.dpia.core.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.law.Citation;

/**
 * A multiple-choice question an {@link Interview} asks: a {@link Topic} in the words of one
 * language, with its options. "None of these", "other" and "don't know" are answers too
 * ({@link ChoiceAnswer}).
 */
public final class Choice implements Prompt {
  private final Topic topic;
  private final String text;
  private final String help;
  private final List<Citation> references;
  private final List<String> options;

  Choice(Topic topic, String text, String help, List<Citation> references, List<String> options) {
    this.topic = Objects.requireNonNull(topic);
    this.text = Objects.requireNonNull(text);
    this.help = help;
    this.references = List.copyOf(references);
    this.options = List.copyOf(options);
  }

  /** The topic's id. */
  @Override
  public String id() {
    return topic.id();
  }

  /** The question. */
  @Override
  public String text() {
    return text;
  }

  /** A short help in plain words, when the rulebook gives one. */
  @Override
  public Optional<String> help() {
    return Optional.ofNullable(help);
  }

  /** The provisions under which the answer matters, at most {@value Question#MAX_REFERENCES}. */
  @Override
  public List<Citation> references() {
    return references;
  }

  /** The options in the question's language, in the order of {@link Topic#options()}. */
  public List<String> options() {
    return options;
  }

  /** Whether several options may be chosen together. */
  public boolean multiple() {
    return topic.multiple();
  }

  /** The topic asked. */
  public Topic topic() {
    return topic;
  }

  @Override
  public String toString() {
    return id() + ": " + text;
  }
}
