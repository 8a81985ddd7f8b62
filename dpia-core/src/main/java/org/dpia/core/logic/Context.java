package org.dpia.core.logic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a condition is evaluated against: the input, the date on which the law is applied, and
 * optional assumptions that override facts by id ("suppose the processing is on a large scale").
 * Assumptions let a caller ask what a missing fact would change without rebuilding the input.
 *
 * @param <T> the input type
 */
public final class Context<T> {
  private final T input;
  private final LocalDate date;
  private final Map<String, Truth> assumptions;

  private Context(T input, LocalDate date, Map<String, Truth> assumptions) {
    this.input = Objects.requireNonNull(input, "input");
    this.date = Objects.requireNonNull(date, "date");
    this.assumptions = assumptions;
  }

  /** The input on a date, with no assumption. */
  public static <T> Context<T> of(T input, LocalDate date) {
    return new Context<>(input, date, Map.of());
  }

  /**
   * This context where the fact with the given id is taken to have the given truth; assuming
   * {@link Truth#UNKNOWN} removes any assumption about it.
   */
  public Context<T> assuming(String factId, Truth truth) {
    Objects.requireNonNull(factId, "factId");
    Map<String, Truth> copy = new HashMap<>(assumptions);
    // assuming "unknown" is no assumption: the fact stays open and is read as unknown
    if (Objects.requireNonNull(truth, "truth") == Truth.UNKNOWN) {
      copy.remove(factId);
    } else {
      copy.put(factId, truth);
    }
    return new Context<>(input, date, Collections.unmodifiableMap(copy));
  }

  /** This context with several more assumptions, by fact id (later ones win). */
  public Context<T> assumingAll(Map<String, Truth> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, Truth> copy = new HashMap<>(assumptions);
    for (Map.Entry<String, Truth> m : more.entrySet()) {
      if (m.getValue() == Truth.UNKNOWN) {
        copy.remove(m.getKey());
      } else {
        copy.put(m.getKey(), m.getValue());
      }
    }
    // copied once here, never changed after: a read-only view of it is as safe as a second copy
    return new Context<>(input, date, Collections.unmodifiableMap(copy));
  }

  /** The input. */
  public T input() {
    return input;
  }

  /** The date on which the law is applied. */
  public LocalDate date() {
    return date;
  }

  /** Every assumption, by fact id. */
  public Map<String, Truth> assumptions() {
    return assumptions;
  }

  /** The assumed truth of a fact, empty if the fact is read from the input. */
  public Optional<Truth> assumption(String factId) {
    return Optional.ofNullable(assumptions.get(factId));
  }

  /**
   * The truth of a fact in this context: the assumption if there is one, else what the input states,
   * else the fact's {@linkplain Fact#presumption() presumption} if the law makes one.
   */
  public Truth read(Fact<T> fact) {
    Truth assumed = assumptions.isEmpty() ? null : assumptions.get(fact.id());
    if (assumed != null) {
      return assumed;
    }
    Truth stated = fact.read(input, date);
    return stated == Truth.UNKNOWN ? fact.presumption().orElse(Truth.UNKNOWN) : stated;
  }

  /**
   * Whether the fact is read as its presumption here: neither assumed nor stated by the input, and
   * presumed by the law.
   */
  public boolean presumes(Fact<T> fact) {
    return fact.presumption().isPresent() && assumption(fact.id()).isEmpty()
        && fact.read(input, date) == Truth.UNKNOWN;
  }

  /** This context with another input and the same date and assumptions. */
  public <U> Context<U> withInput(U other) {
    return new Context<>(other, date, assumptions);
  }

  /** This context with no assumption. */
  public Context<T> withoutAssumptions() {
    return assumptions.isEmpty() ? this : new Context<>(input, date, Map.of());
  }
}
