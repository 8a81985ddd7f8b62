package org.dpia.core.logic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dpia.core.text.Text;

/**
 * A named yes/no question about the input that a rule reads, for example "the processing concerns
 * biometric data". A fact reads the input (and, for a fact that depends on the law's calendar, the
 * date) and answers {@link Truth#UNKNOWN} when the input does not say.
 *
 * <p>Its {@link #id()} is stable: decisions list unknown facts by it, and a questionnaire asks about
 * it. Two facts are equal when their ids are.
 *
 * <p><b>Burden of proof.</b> Some facts are exceptions or dispensations that the controller must
 * establish (a law adopted with its own impact assessment, a household activity, a transitional
 * tolerance). Declared with {@link #presumed(String, Text, Truth, BiFunction) presumed}, such a fact
 * that the input leaves unknown is read as its presumption: the decision is then definite, and says
 * which presumption it rests on and what would change if the controller established otherwise.
 *
 * @param <T> what the fact is read from, typically a processing operation
 */
public final class Fact<T> {
  private final String id;
  private final Text description;
  private final BiFunction<? super T, LocalDate, Truth> reader;
  private final Truth presumption;

  private Fact(String id, Text description, BiFunction<? super T, LocalDate, Truth> reader, Truth presumption) {
    this.id = requireText(id, "id");
    this.description = Objects.requireNonNull(description, "description");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.presumption = presumption;
  }

  /**
   * A fact with a stable id, a description in plain English and the function that reads it.
   *
   * @throws IllegalArgumentException if the id or the description is blank
   */
  public static <T> Fact<T> of(String id, String description, Function<? super T, Truth> reader) {
    return of(requireText(id, "id"), Text.of(requireText(description, "description")), reader);
  }

  /**
   * A fact with a stable id, a description in several languages and the function that reads it.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public static <T> Fact<T> of(String id, Text description, Function<? super T, Truth> reader) {
    Objects.requireNonNull(reader, "reader");
    return new Fact<>(id, description, (input, date) -> reader.apply(input), null);
  }

  /**
   * A fact whose truth also depends on the date, such as "a law in force on the date regulates the
   * processing".
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public static <T> Fact<T> dated(String id, Text description, BiFunction<? super T, LocalDate, Truth> reader) {
    return new Fact<>(id, description, reader, null);
  }

  /**
   * A fact on which the law puts the burden of proof: when the input does not settle it, it is read
   * as the presumption ({@link Truth#FALSE} for an exception the controller must invoke).
   *
   * @throws IllegalArgumentException if the id is blank or the presumption is {@link Truth#UNKNOWN}
   */
  public static <T> Fact<T> presumed(String id, Text description, Truth presumption,
      BiFunction<? super T, LocalDate, Truth> reader) {
    if (Objects.requireNonNull(presumption, "presumption") == Truth.UNKNOWN) {
      throw new IllegalArgumentException("a presumption is true or false, not unknown");
    }
    return new Fact<>(id, description, reader, presumption);
  }

  /** The stable identifier, such as {@code "data.biometric"}. */
  public String id() {
    return id;
  }

  /** What the fact says when it holds, in plain English. */
  public String description() {
    return description.english();
  }

  /** What the fact says when it holds, in every language it is written in. */
  public Text text() {
    return description;
  }

  /** The presumption the law makes when the input does not settle this fact, if it makes one. */
  public Optional<Truth> presumption() {
    return Optional.ofNullable(presumption);
  }

  /**
   * Reads the fact from the input on a date, as the input states it: {@link Truth#UNKNOWN} when it
   * does not say, whatever the presumption (which {@link Context#read(Fact)} applies).
   */
  public Truth read(T input, LocalDate date) {
    return Objects.requireNonNull(reader.apply(input, date), () -> "fact " + id + " read null");
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
    if (org.dpia.core.text.Text.showsNothing(value)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
