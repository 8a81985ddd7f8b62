package org.dpia.core.logic;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named yes/no question about the input that a rule reads, for example "the processing concerns
 * biometric data". A fact reads the input and answers {@link Truth#UNKNOWN} when the input does not
 * say.
 *
 * <p>Its {@link #id()} is stable: decisions list unknown facts by it, and a questionnaire asks about
 * it. Two facts are equal when their ids are.
 *
 * @param <T> what the fact is read from, typically a processing operation
 */
public final class Fact<T> {
  private final String id;
  private final String description;
  private final Function<? super T, Truth> reader;

  private Fact(String id, String description, Function<? super T, Truth> reader) {
    this.id = requireText(id, "id");
    this.description = requireText(description, "description");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * A fact with a stable id, a description in plain words and the function that reads it.
   *
   * @throws IllegalArgumentException if the id or the description is blank
   */
  public static <T> Fact<T> of(String id, String description, Function<? super T, Truth> reader) {
    return new Fact<>(id, description, reader);
  }

  /** The stable identifier, such as {@code "data.biometric"}. */
  public String id() {
    return id;
  }

  /** What the fact says when it holds, in plain words. */
  public String description() {
    return description;
  }

  /** Reads the fact from the input; never null. */
  public Truth read(T input) {
    return Objects.requireNonNull(reader.apply(input), () -> "fact " + id + " read null");
  }

  /** A condition that holds when this fact does. */
  public Condition<T> holds() {
    return Conditions.fact(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact && ((Fact<?>) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
