package org.dpia.core.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dpia.core.logic.Truth;

/**
 * A set-valued fact that may be only partly known: which purposes, which data categories, which
 * technologies. It distinguishes three states a plain {@code Set} cannot:
 *
 * <ul>
 *   <li>{@link #unknown()}: nothing is known (the default of every set-valued fact);
 *   <li>{@link #none()}: known to be empty ("no technology beyond ordinary office software");
 *   <li>{@link #of(Object[]) of(a, b)}: exactly these, nothing else; {@link #atLeast(Object[])
 *       atLeast(a, b)}: these, and perhaps others not yet known.
 * </ul>
 *
 * <p>Questions about the set answer in three-valued logic: {@link #anyMatch(Predicate)} is true as
 * soon as a known item matches, false only when the set is complete and none does.
 *
 * @param <T> the item type
 */
public final class FactSet<T> {
  private static final FactSet<?> UNKNOWN = new FactSet<>(Set.of(), false);
  private static final FactSet<?> NONE = new FactSet<>(Set.of(), true);

  private final Set<T> items;
  private final Object[] array; // the items again, to iterate without allocating an iterator
  private final boolean complete;

  private FactSet(Set<T> items, boolean complete) {
    this.items = items;
    this.array = items.toArray();
    this.complete = complete;
  }

  /** Nothing is known. */
  @SuppressWarnings("unchecked")
  public static <T> FactSet<T> unknown() {
    return (FactSet<T>) UNKNOWN;
  }

  /** Known to be empty. */
  @SuppressWarnings("unchecked")
  public static <T> FactSet<T> none() {
    return (FactSet<T>) NONE;
  }

  /** Exactly these items and no other. With no item, the same as {@link #none()}. */
  @SafeVarargs
  public static <T> FactSet<T> of(T... items) {
    return exactly(Arrays.asList(items));
  }

  /** Exactly these items and no other. */
  public static <T> FactSet<T> exactly(Collection<? extends T> items) {
    return new FactSet<>(copy(items), true);
  }

  /** These items, and perhaps others not known. With no item, the same as {@link #unknown()}. */
  @SafeVarargs
  public static <T> FactSet<T> atLeast(T... items) {
    return atLeast(Arrays.asList(items));
  }

  /** These items, and perhaps others not known. */
  public static <T> FactSet<T> atLeast(Collection<? extends T> items) {
    return new FactSet<>(copy(items), false);
  }

  private static <T> Set<T> copy(Collection<? extends T> items) {
    Objects.requireNonNull(items, "items");
    Set<T> copy = new LinkedHashSet<>();
    for (T item : items) {
      copy.add(Objects.requireNonNull(item, "a fact set cannot hold null"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** The items known to be in the set, in the order given. */
  public Set<T> known() {
    return items;
  }

  /** Whether the known items are all the items. */
  public boolean isComplete() {
    return complete;
  }

  /** Whether nothing at all is known. */
  public boolean isUnknown() {
    return !complete && items.isEmpty();
  }

  /** Whether the set is known to be empty. */
  public boolean isNone() {
    return complete && items.isEmpty();
  }

  /** Whether the item is in the set: true if known, false if the set is complete without it. */
  public Truth contains(T item) {
    if (items.contains(item)) {
      return Truth.TRUE;
    }
    return complete ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Whether some item matches: true if a known one does, false if complete and none does. */
  @SuppressWarnings("unchecked")
  public Truth anyMatch(Predicate<? super T> predicate) {
    for (Object item : array) {
      if (predicate.test((T) item)) {
        return Truth.TRUE;
      }
    }
    return complete ? Truth.FALSE : Truth.UNKNOWN;
  }

  /**
   * Whether some item's property is true, where the property is itself three-valued: true if a
   * known item's is true, false if the set is complete and every item's is false.
   */
  @SuppressWarnings("unchecked")
  public Truth anyTruth(Function<? super T, Truth> property) {
    Truth result = complete ? Truth.FALSE : Truth.UNKNOWN;
    for (Object item : array) {
      result = result.or(property.apply((T) item));
      if (result == Truth.TRUE) {
        return result;
      }
    }
    return result;
  }

  /**
   * Whether every item matches: false if a known one does not, true if complete and all do (an
   * empty complete set included), otherwise unknown.
   */
  @SuppressWarnings("unchecked")
  public Truth allMatch(Predicate<? super T> predicate) {
    for (Object item : array) {
      if (!predicate.test((T) item)) {
        return Truth.FALSE;
      }
    }
    return complete ? Truth.TRUE : Truth.UNKNOWN;
  }

  /** This set with one more known item, complete or not as before. */
  public FactSet<T> plus(T item) {
    Set<T> copy = new LinkedHashSet<>(items);
    copy.add(Objects.requireNonNull(item, "item"));
    return new FactSet<>(Collections.unmodifiableSet(copy), complete);
  }

  /** This set declared complete: the known items are all there are. */
  public FactSet<T> completed() {
    return complete ? this : new FactSet<>(items, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactSet
        && ((FactSet<?>) o).complete == complete
        && ((FactSet<?>) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + Boolean.hashCode(complete);
  }

  /** For example {@code "unknown"}, {@code "none"}, {@code "[A, B]"} or {@code "[A, …]"}. */
  @Override
  public String toString() {
    if (isUnknown()) {
      return "unknown";
    }
    if (isNone()) {
      return "none";
    }
    String list = items.toString();
    return complete ? list : list.substring(0, list.length() - 1) + ", …]";
  }
}
