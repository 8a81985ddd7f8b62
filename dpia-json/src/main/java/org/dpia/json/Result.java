package org.dpia.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.model.InvalidDescriptionException;

/**
 * What reading a description gave: the value, or every problem found in the text. Never both, and
 * never an exception: a file that cannot be read is a result with problems.
 *
 * @param <T> what was read
 */
public final class Result<T> {
  private final T value;
  private final List<Problem> problems;

  private Result(T value, List<Problem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /** A value read without a problem. */
  public static <T> Result<T> of(T value) {
    return new Result<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /**
   * No value: these problems.
   *
   * @throws IllegalArgumentException if there is no problem
   */
  public static <T> Result<T> failed(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed result lists at least one problem");
    }
    return new Result<>(null, problems);
  }

  /** Whether the value was read. */
  public boolean isValid() {
    return value != null;
  }

  /** The value, if it was read. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Every problem found, in the order of the text; empty when the value was read. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The value.
   *
   * @throws InvalidDescriptionException listing every problem, if there is no value
   */
  public T orElseThrow() {
    if (value == null) {
      throw new InvalidDescriptionException("description", problems.stream().map(Problem::toString).toList());
    }
    return value;
  }

  @Override
  public String toString() {
    return value != null ? "valid: " + value : "invalid: " + problems;
  }
}
