package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;

/**
 * A grouped question a rulebook declares for its {@link Interview}: one question about one part of
 * the description — which purposes, which categories of data, which kind of controller, how many
 * people — whose options each map to the description (a term of a vocabulary) or to answers about
 * facts (a range of numbers). It names the facts it feeds, so that the interview asks it instead
 * of one yes/no question per fact, and asks those facts one by one only when it was answered
 * "don't know". Its words are the rulebook's: {@code choice.<id>} and {@code help.choice.<id>} in
 * {@link Rulebook#texts}.
 */
public final class Topic {

  private final String id;
  private final boolean multiple;
  private final List<Option> options;
  private final Predicate<String> feeds;
  private final BiFunction<ProcessingOperation, LocalDate, Boolean> open;
  private final BiFunction<ProcessingOperation, ChoiceAnswer, ProcessingOperation> update;
  private final Function<ChoiceAnswer, Map<String, Truth>> facts;
  private final BiFunction<ProcessingOperation, LocalDate, ChoiceAnswer> read;

  private Topic(String id, boolean multiple, List<Option> options, Predicate<String> feeds, BiFunction<ProcessingOperation, LocalDate, Boolean> open,
      BiFunction<ProcessingOperation, ChoiceAnswer, ProcessingOperation> update, Function<ChoiceAnswer, Map<String, Truth>> facts,
      BiFunction<ProcessingOperation, LocalDate, ChoiceAnswer> read) {
    this.id = Objects.requireNonNull(id, "id");
    this.multiple = multiple;
    this.options = List.copyOf(options);
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.open = open;
    this.update = update;
    this.facts = facts;
    this.read = read;
  }

  /**
   * A multiple choice over a set-valued part of the description (purposes, data categories…): the
   * answer becomes the set — exactly the options chosen, or at least them.
   *
   * @param id the topic's id
   * @param items the terms offered, in the order shown
   * @param itemId a term's stable id
   * @param text a term in plain words
   * @param get the part of the description
   * @param set the description with that part replaced
   * @param feeds which fact ids the answer settles
   */
  public static <T> Topic ofSet(String id, List<T> items, Function<T, String> itemId, Function<T, Text> text,
      Function<ProcessingOperation, FactSet<T>> get, BiFunction<ProcessingOperation, FactSet<T>, ProcessingOperation> set,
      Predicate<String> feeds) {
    Map<String, T> byId = byId(items, itemId);
    return new Topic(id, true, options(byId, text), feeds, (op, date) -> get.apply(op).isUnknown(),
        (op, a) -> a.isDontKnow() ? op : set.apply(op, toSet(a, byId)),
        a -> Map.of(),
        (op, date) -> fromSet(get.apply(op), itemId, byId.keySet()));
  }

  /**
   * A single choice over a part of the description that holds one term (the kind of controller,
   * the geographic extent): the answer sets it; "other" and "don't know" leave it unknown.
   *
   * @param id the topic's id
   * @param items the terms offered, in the order shown
   * @param itemId a term's stable id
   * @param text a term in plain words
   * @param get the part of the description, empty when unknown
   * @param set the description with that part set
   * @param feeds which fact ids the answer settles
   */
  public static <T> Topic ofOne(String id, List<T> items, Function<T, String> itemId, Function<T, Text> text,
      Function<ProcessingOperation, Optional<T>> get, BiFunction<ProcessingOperation, T, ProcessingOperation> set,
      Predicate<String> feeds) {
    Map<String, T> byId = byId(items, itemId);
    return new Topic(id, false, options(byId, text), feeds, (op, date) -> get.apply(op).isEmpty(),
        (op, a) -> {
          if (a.chosen().size() > 1) {
            throw new IllegalArgumentException("choose one option of " + id + ", not " + a.chosen());
          }
          if (!a.chosen().isEmpty()) {
            return set.apply(op, item(byId, a.chosen().get(0), id));
          }
          if (a.others().size() == 1) {
            @SuppressWarnings("unchecked")
            T other = (T) a.others().get(0);
            return set.apply(op, other);
          }
          return op;
        },
        a -> Map.of(),
        (op, date) -> get.apply(op)
            .map(t -> byId.containsKey(itemId.apply(t)) ? ChoiceAnswer.exactly(List.of(itemId.apply(t)))
                : ChoiceAnswer.of(List.of(), List.of(), ChoiceAnswer.Rest.OTHER, List.of(t)))
            .orElse(ChoiceAnswer.dontKnow()));
  }

  /**
   * A single choice whose options are answers about facts (how many people: fewer than 10,001,
   * from 10,001 to 49,999, 50,000 or more), given back to the rulebook by fact id. It is open while
   * one of those facts reads unknown.
   *
   * @param id the topic's id
   * @param options each option, in the order shown, with the answers it gives
   * @param feeds which fact ids the answer settles, besides those the options answer
   */
  public static Topic ofFacts(String id, Map<Option, Map<Fact<ProcessingOperation>, Truth>> options, Predicate<String> feeds) {
    Map<String, Map<Fact<ProcessingOperation>, Truth>> byId = new LinkedHashMap<>();
    options.forEach((o, f) -> byId.put(o.id(), Map.copyOf(f)));
    Set<Fact<ProcessingOperation>> all = new LinkedHashSet<>();
    byId.values().forEach(f -> all.addAll(f.keySet()));
    Set<String> ids = new LinkedHashSet<>();
    all.forEach(f -> ids.add(f.id()));
    return new Topic(id, false, List.copyOf(options.keySet()), feeds.or(ids::contains),
        (op, date) -> all.stream().anyMatch(f -> f.read(op, date) == Truth.UNKNOWN),
        (op, a) -> op,
        a -> {
          if (a.chosen().size() > 1) {
            throw new IllegalArgumentException("choose one option of " + id + ", not " + a.chosen());
          }
          Map<String, Truth> given = new LinkedHashMap<>();
          if (!a.chosen().isEmpty()) {
            Map<Fact<ProcessingOperation>, Truth> f = byId.get(a.chosen().get(0));
            if (f == null) {
              throw new IllegalArgumentException("no option " + a.chosen().get(0) + " in " + id);
            }
            f.forEach((fact, t) -> given.put(fact.id(), t));
          }
          return given;
        },
        (op, date) -> {
          for (Map.Entry<String, Map<Fact<ProcessingOperation>, Truth>> o : byId.entrySet()) {
            if (o.getValue().entrySet().stream().allMatch(e -> e.getKey().read(op, date) == e.getValue())) {
              return ChoiceAnswer.exactly(List.of(o.getKey()));
            }
          }
          return ChoiceAnswer.dontKnow();
        });
  }

  /**
   * A multiple choice whose options are yes/no facts of one kind (what the processing does to
   * people: evaluate them, take automated decisions, monitor them…): a fact chosen is answered yes;
   * with {@link ChoiceAnswer.Rest#NONE} every other is answered no, with
   * {@link ChoiceAnswer.Rest#UNKNOWN} only those excluded are. It is open while one of them reads
   * unknown.
   *
   * @param id the topic's id
   * @param options each option, in the order shown, with the fact it stands for
   */
  public static Topic ofFactSet(String id, Map<Option, Fact<ProcessingOperation>> options) {
    Map<String, Fact<ProcessingOperation>> byId = new LinkedHashMap<>();
    options.forEach((o, f) -> byId.put(o.id(), f));
    Set<String> ids = new LinkedHashSet<>();
    byId.values().forEach(f -> ids.add(f.id()));
    return new Topic(id, true, List.copyOf(options.keySet()), ids::contains,
        (op, date) -> byId.values().stream().anyMatch(f -> f.read(op, date) == Truth.UNKNOWN),
        (op, a) -> op,
        a -> {
          Map<String, Truth> given = new LinkedHashMap<>();
          if (a.isDontKnow()) {
            return given;
          }
          for (Map.Entry<String, Fact<ProcessingOperation>> o : byId.entrySet()) {
            if (a.chosen().contains(o.getKey())) {
              given.put(o.getValue().id(), Truth.TRUE);
            } else if (a.rest() != ChoiceAnswer.Rest.UNKNOWN || a.excluded().contains(o.getKey())) {
              given.put(o.getValue().id(), Truth.FALSE);
            }
          }
          for (String chosen : a.chosen()) {
            if (!byId.containsKey(chosen)) {
              throw new IllegalArgumentException("no option " + chosen + " in " + id);
            }
          }
          return given;
        },
        (op, date) -> {
          List<String> chosen = new ArrayList<>();
          List<String> excluded = new ArrayList<>();
          boolean complete = true;
          for (Map.Entry<String, Fact<ProcessingOperation>> o : byId.entrySet()) {
            Truth t = o.getValue().read(op, date);
            if (t == Truth.TRUE) {
              chosen.add(o.getKey());
            } else if (t == Truth.FALSE) {
              excluded.add(o.getKey());
            } else {
              complete = false;
            }
          }
          return complete ? ChoiceAnswer.exactly(chosen) : ChoiceAnswer.of(chosen, excluded, ChoiceAnswer.Rest.UNKNOWN, List.of());
        });
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> itemId) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) {
      if (byId.put(itemId.apply(item), item) != null) {
        throw new IllegalArgumentException("two options have the id " + itemId.apply(item));
      }
    }
    return Collections.unmodifiableMap(byId);
  }

  private static <T> List<Option> options(Map<String, T> byId, Function<T, Text> text) {
    List<Option> options = new ArrayList<>();
    byId.forEach((id, item) -> options.add(new Option(id, text.apply(item))));
    return options;
  }

  private static <T> T item(Map<String, T> byId, String optionId, String topic) {
    T item = byId.get(optionId);
    if (item == null) {
      throw new IllegalArgumentException("no option " + optionId + " in " + topic);
    }
    return item;
  }

  @SuppressWarnings("unchecked")
  private static <T> FactSet<T> toSet(ChoiceAnswer a, Map<String, T> byId) {
    List<T> in = new ArrayList<>();
    a.chosen().forEach(o -> in.add(item(byId, o, "the topic")));
    a.others().forEach(o -> in.add((T) o));
    return switch (a.rest()) {
      case NONE -> FactSet.exactly(in);
      case UNKNOWN -> {
        FactSet<T> set = FactSet.atLeast(in);
        for (String o : a.excluded()) {
          set = set.without(item(byId, o, "the topic"));
        }
        yield set;
      }
      case OTHER -> {
        FactSet<T> set = FactSet.atLeast(in);
        for (Map.Entry<String, T> o : byId.entrySet()) {
          if (!a.chosen().contains(o.getKey())) {
            set = set.without(o.getValue());
          }
        }
        yield set;
      }
    };
  }

  private static <T> ChoiceAnswer fromSet(FactSet<T> set, Function<T, String> itemId, Set<String> offered) {
    if (set.isUnknown()) {
      return ChoiceAnswer.dontKnow();
    }
    List<String> chosen = new ArrayList<>();
    List<Object> others = new ArrayList<>();
    for (T item : set.known()) {
      if (offered.contains(itemId.apply(item))) {
        chosen.add(itemId.apply(item));
      } else {
        others.add(item);
      }
    }
    List<String> excluded = new ArrayList<>();
    for (T item : set.excluded()) {
      if (offered.contains(itemId.apply(item))) {
        excluded.add(itemId.apply(item));
      }
    }
    return ChoiceAnswer.of(chosen, excluded, set.isComplete() ? ChoiceAnswer.Rest.NONE : ChoiceAnswer.Rest.UNKNOWN, others);
  }

  /** The topic's id, such as {@code "purposes"}. */
  public String id() {
    return id;
  }

  /** Whether several options may be chosen together. */
  public boolean multiple() {
    return multiple;
  }

  /** The options, in the order shown. */
  public List<Option> options() {
    return options;
  }

  /** Whether answering it settles, or helps settle, the fact with this id. */
  public boolean feeds(String factId) {
    return feeds.test(factId);
  }

  /** Whether the description leaves it unknown on the date, so that it is worth asking. */
  public boolean isOpen(ProcessingOperation operation, LocalDate date) {
    return open.apply(operation, date);
  }

  /**
   * The description with the answer applied.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if the answer makes the description
   *     inconsistent (no purpose at all, say)
   * @throws IllegalArgumentException if the answer names an option the topic does not offer
   */
  public ProcessingOperation apply(ProcessingOperation operation, ChoiceAnswer answer) {
    return update.apply(operation, answer);
  }

  /** The answers about facts, by fact id, that the answer gives (for a topic over facts); empty otherwise. */
  public Map<String, Truth> factAnswers(ChoiceAnswer answer) {
    return facts.apply(answer);
  }

  /**
   * The answer a full description gives, as a respondent who knows it would answer: what it states,
   * and "don't know" where it says nothing.
   */
  public ChoiceAnswer answerFrom(ProcessingOperation described, LocalDate date) {
    return read.apply(described, date);
  }

  @Override
  public String toString() {
    return "Topic " + id + " " + options.size() + " options";
  }
}
