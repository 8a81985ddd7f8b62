package org.dpia.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
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
 *       atLeast(a, b)}: these, and perhaps others not yet known;
 *   <li>{@link #noneOf(Object[]) noneOf(a, b)}: not these, the rest unknown ("no special-category
 *       data"); {@link #without(Object[]) atLeast(a).without(b)} combines the two.
 * </ul>
 *
 * <p>Over a closed vocabulary (an enum that an application cannot extend, such as
 * {@link DataCategory}), what is excluded counts: "none of the special categories" settles that no
 * special category is processed, while the rest stays unknown.
 *
 * <p>Questions about the set answer in three-valued logic: {@link #anyMatch(Predicate)} is true as
 * soon as a known item matches, false only when the set is complete and none does.
 *
 * @param <T> the item type
 */
public final class FactSet<T> {
  private static final FactSet<?> UNKNOWN = new FactSet<>(Set.of(), false, Set.of());
  private static final FactSet<?> NONE = new FactSet<>(Set.of(), true, Set.of());

  private final Set<T> items;
  private final Object[] array; // the items again, to iterate without allocating an iterator
  private final boolean complete;
  private final Set<T> excluded;
  private final Object[] possible; // over a closed vocabulary, the items neither known nor excluded; else null

  private FactSet(Set<T> items, boolean complete, Set<T> excluded) {
    this.items = items;
    this.array = items.toArray();
    this.complete = complete;
    this.excluded = complete ? Set.of() : excluded;
    this.possible = complete ? new Object[0] : possibleOthers(items, this.excluded);
  }

  /**
   * Over a closed vocabulary, the values that may still be in the set: neither known nor excluded.
   * Null when the vocabulary is open (an application may add values) or when nothing is excluded.
   */
  private static Object[] possibleOthers(Set<?> items, Set<?> excluded) {
    if (excluded.isEmpty()) {
      return null;
    }
    Object any = excluded.iterator().next();
    if (!(any instanceof Enum<?> e) || any instanceof Vocabulary) {
      return null;
    }
    List<Object> others = new ArrayList<>();
    for (Object value : e.getDeclaringClass().getEnumConstants()) {
      if (!items.contains(value) && !excluded.contains(value)) {
        others.add(value);
      }
    }
    return others.toArray();
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
    return new FactSet<>(copy(items), true, Set.of());
  }

  /** These items, and perhaps others not known. With no item, the same as {@link #unknown()}. */
  @SafeVarargs
  public static <T> FactSet<T> atLeast(T... items) {
    return atLeast(Arrays.asList(items));
  }

  /** These items, and perhaps others not known. */
  public static <T> FactSet<T> atLeast(Collection<? extends T> items) {
    return new FactSet<>(copy(items), false, Set.of());
  }

  /** None of these items, the rest unknown: "no special-category data", "not a State security purpose". */
  @SafeVarargs
  public static <T> FactSet<T> noneOf(T... items) {
    return FactSet.<T>unknown().without(items);
  }

  /**
   * This set, known not to hold these items as well. For an exact set, which holds nothing else
   * anyway, it is the set itself.
   *
   * @throws InvalidDescriptionException if an item is known to be in the set
   */
  @SafeVarargs
  public final FactSet<T> without(T... notIn) {
    if (complete) {
      for (T item : notIn) {
        if (items.contains(item)) {
          throw new InvalidDescriptionException("fact set", List.of("an item cannot be both in the set and not in it: " + item));
        }
      }
      return this;
    }
    Set<T> more = new LinkedHashSet<>(excluded);
    for (T item : notIn) {
      if (items.contains(Objects.requireNonNull(item, "a fact set cannot hold null"))) {
        throw new InvalidDescriptionException("fact set", List.of("an item cannot be both in the set and not in it: " + item));
      }
      more.add(item);
    }
    return new FactSet<>(items, false, Collections.unmodifiableSet(more));
  }

  /** The items known not to be in the set (empty for an exact set, which excludes every other). */
  public Set<T> excluded() {
    return excluded;
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

  /** Whether nothing at all is known: no item known in it, none known not to be. */
  public boolean isUnknown() {
    return !complete && items.isEmpty() && excluded.isEmpty();
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
    return complete || excluded.contains(item) || (possible != null && !java.util.Arrays.asList(possible).contains(item))
        ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Whether some item matches: true if a known one does, false if complete and none does. */
  @SuppressWarnings("unchecked")
  public Truth anyMatch(Predicate<? super T> predicate) {
    for (Object item : array) {
      if (predicate.test((T) item)) {
        return Truth.TRUE;
      }
    }
    if (complete) {
      return Truth.FALSE;
    }
    if (possible != null) {
      for (Object other : possible) {
        if (predicate.test((T) other)) {
          return Truth.UNKNOWN;
        }
      }
      return Truth.FALSE;
    }
    return Truth.UNKNOWN;
  }

  /**
   * Whether some item's property is true, where the property is itself three-valued: true if a
   * known item's is true, false if the set is complete and every item's is false.
   */
  @SuppressWarnings("unchecked")
  public Truth anyTruth(Function<? super T, Truth> property) {
    Truth result = complete ? Truth.FALSE : othersAny(property);
    for (Object item : array) {
      result = result.or(property.apply((T) item));
      if (result == Truth.TRUE) {
        return result;
      }
    }
    return result;
  }

  /** Whether an item not known may have the property: false only if none of the possible others can. */
  @SuppressWarnings("unchecked")
  private Truth othersAny(Function<? super T, Truth> property) {
    if (possible == null) {
      return Truth.UNKNOWN;
    }
    for (Object other : possible) {
      if (property.apply((T) other) != Truth.FALSE) {
        return Truth.UNKNOWN;
      }
    }
    return Truth.FALSE;
  }

  /** Whether every item not known has the property: true only if all the possible others do. */
  @SuppressWarnings("unchecked")
  private Truth othersAll(Function<? super T, Truth> property) {
    if (possible == null) {
      return Truth.UNKNOWN;
    }
    for (Object other : possible) {
      if (property.apply((T) other) != Truth.TRUE) {
        return Truth.UNKNOWN;
      }
    }
    return Truth.TRUE;
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
    return complete ? Truth.TRUE : othersAll(t -> Truth.of(predicate.test(t)));
  }

  /**
   * Whether every item's property is true, where the property is itself three-valued: false if a
   * known item's is false, true if the set is complete and every item's is true (an empty complete
   * set included), otherwise unknown.
   */
  @SuppressWarnings("unchecked")
  public Truth allTruth(Function<? super T, Truth> property) {
    Truth result = complete ? Truth.TRUE : othersAll(property);
    for (Object item : array) {
      result = result.and(property.apply((T) item));
      if (result == Truth.FALSE) {
        return result;
      }
    }
    return result;
  }

  /** This set with one more known item, complete or not as before. */
  public FactSet<T> plus(T item) {
    if (excluded.contains(Objects.requireNonNull(item, "item"))) {
      throw new InvalidDescriptionException("fact set", List.of("an item cannot be both in the set and not in it: " + item));
    }
    Set<T> copy = new LinkedHashSet<>(items);
    copy.add(item);
    return new FactSet<>(Collections.unmodifiableSet(copy), complete, excluded);
  }

  /** This set declared complete: the known items are all there are. */
  public FactSet<T> completed() {
    return complete ? this : new FactSet<>(items, true, Set.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactSet
        && ((FactSet<?>) o).complete == complete
        && ((FactSet<?>) o).items.equals(items)
        && ((FactSet<?>) o).excluded.equals(excluded);
  }

  @Override
  public int hashCode() {
    return (items.hashCode() * 31 + Boolean.hashCode(complete)) * 31 + excluded.hashCode();
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
    String known = complete ? list : items.isEmpty() ? "[…]" : list.substring(0, list.length() - 1) + ", …]";
    return excluded.isEmpty() ? known : known + " without " + excluded;
  }
}
