package org.dpia.core.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a {@link Choice}: the options chosen, and what is known of the rest. "None of these"
 * is {@link #exactly(Collection) exactly} no option; "don't know" is {@link #dontKnow()}; "these,
 * and something not listed" is {@link Rest#OTHER}; "these, and I don't know about the others" is
 * {@link Rest#UNKNOWN}. For a single choice (the kind of controller), at most one option is chosen.
 */
public final class ChoiceAnswer {

  /** What is known of the options not chosen. */
  public enum Rest {
    /** Nothing else: the options chosen are all there is ("none of these" when none is chosen). */
    NONE,
    /** The rest is not known: perhaps some other option too, perhaps not (except those excluded). */
    UNKNOWN,
    /** Something not listed is there too; the other options listed are not. */
    OTHER
  }

  private static final ChoiceAnswer DONT_KNOW = new ChoiceAnswer(List.of(), List.of(), Rest.UNKNOWN, List.of());

  private final List<String> chosen;
  private final List<String> excluded;
  private final Rest rest;
  private final List<Object> others;

  private ChoiceAnswer(List<String> chosen, List<String> excluded, Rest rest, List<Object> others) {
    this.chosen = List.copyOf(chosen);
    this.excluded = List.copyOf(excluded);
    this.rest = Objects.requireNonNull(rest, "rest");
    this.others = List.copyOf(others);
    for (String id : this.excluded) {
      if (this.chosen.contains(id)) {
        throw new IllegalArgumentException("an option cannot be both chosen and excluded: " + id);
      }
    }
  }

  /** "Don't know": nothing is learnt. */
  public static ChoiceAnswer dontKnow() {
    return DONT_KNOW;
  }

  /** Exactly these options and nothing else; with none, "none of these". */
  public static ChoiceAnswer exactly(Collection<String> optionIds) {
    return new ChoiceAnswer(new ArrayList<>(optionIds), List.of(), Rest.NONE, List.of());
  }

  /** These options, and something not listed. */
  public static ChoiceAnswer withOther(Collection<String> optionIds) {
    return new ChoiceAnswer(new ArrayList<>(optionIds), List.of(), Rest.OTHER, List.of());
  }

  /** These options, the rest not known. */
  public static ChoiceAnswer atLeast(Collection<String> optionIds) {
    return new ChoiceAnswer(new ArrayList<>(optionIds), List.of(), Rest.UNKNOWN, List.of());
  }

  /**
   * Any answer: the options chosen, those known not to be there, what is known of the rest, and
   * terms not among the options that are there too (a purpose the application defines, say: only
   * a topic over the same vocabulary can take it).
   */
  public static ChoiceAnswer of(Collection<String> chosen, Collection<String> excluded, Rest rest, Collection<?> others) {
    return new ChoiceAnswer(new ArrayList<>(chosen), new ArrayList<>(excluded), rest, new ArrayList<>(others));
  }

  /** The ids of the options chosen. */
  public List<String> chosen() {
    return chosen;
  }

  /** The ids of the options known not to be there (with {@link Rest#UNKNOWN}). */
  public List<String> excluded() {
    return excluded;
  }

  /** What is known of the options not chosen. */
  public Rest rest() {
    return rest;
  }

  /** Terms there too that are not among the options. */
  public List<Object> others() {
    return others;
  }

  /** Whether it says nothing: "don't know". */
  public boolean isDontKnow() {
    return chosen.isEmpty() && excluded.isEmpty() && others.isEmpty() && rest == Rest.UNKNOWN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChoiceAnswer a && a.chosen.equals(chosen) && a.excluded.equals(excluded) && a.rest == rest
        && a.others.equals(others);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chosen, excluded, rest, others);
  }

  @Override
  public String toString() {
    return isDontKnow() ? "don't know" : chosen + (excluded.isEmpty() ? "" : " without " + excluded) + " " + rest
        + (others.isEmpty() ? "" : " + " + others);
  }
}
