package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * A questionnaire's state: the description as the answers so far have filled it in, the answers
 * about single facts, the decision they give, and what to ask next. It asks the question that can
 * still change the outcome most — a {@link Choice} about a whole vocabulary weighs the missing facts
 * it feeds, a yes/no {@link Question} its own fact — and nothing once the outcome is settled. A
 * fact a topic feeds, or one the {@link InterviewPlan} asks after others, is asked alone only when
 * those were asked and it is still missing (they were answered "don't know").
 *
 * <pre>{@code
 * Interview i = Interview.start(france, ProcessingOperation.builder().name("HR").controller(c).build(), date);
 * while (i.next(Locale.FRENCH).orElse(null) instanceof Choice c) {
 *   i = i.answer(c, ChoiceAnswer.exactly(List.of("HUMAN_RESOURCES_MANAGEMENT")));
 * }
 * }</pre>
 *
 * <p>An interview is an immutable value: answering gives a new one, and {@link #back()} the one
 * before the last answer.
 */
public final class Interview {
  private final Rulebook rulebook;
  private final InterviewPlan plan;
  private final ProcessingOperation operation;
  private final LocalDate date;
  private final Map<String, Truth> answers;
  private final Set<String> asked;
  private final Set<String> dontKnow;
  private final Interview previous;
  private final Decision decision;

  private Interview(Rulebook rulebook, InterviewPlan plan, ProcessingOperation operation, LocalDate date, Map<String, Truth> answers,
      Set<String> asked, Set<String> dontKnow, Interview previous) {
    this.rulebook = rulebook;
    this.plan = plan;
    this.operation = operation;
    this.date = date;
    this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    this.asked = Collections.unmodifiableSet(new LinkedHashSet<>(asked));
    this.dontKnow = Set.copyOf(dontKnow);
    this.previous = previous;
    this.decision = rulebook.decide(operation, date, this.answers);
  }

  /** Starts an interview on what the description already says, with the rulebook's {@link Rulebook#interviewPlan() plan}. */
  public static Interview start(Rulebook rulebook, ProcessingOperation operation, LocalDate date) {
    return start(rulebook, rulebook.interviewPlan(), operation, date);
  }

  /** Starts an interview with a plan of one's own ({@link InterviewPlan#none()}: one yes/no question per fact). */
  public static Interview start(Rulebook rulebook, InterviewPlan plan, ProcessingOperation operation, LocalDate date) {
    return new Interview(Objects.requireNonNull(rulebook, "rulebook"), Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(date, "date"), Map.of(), Set.of(), Set.of(), null);
  }

  /** The decision on the answers so far. */
  public Decision decision() {
    return decision;
  }

  /** Whether the outcome is settled (required or not required). */
  public boolean isSettled() {
    return decision.outcome() != Outcome.UNDETERMINED;
  }

  /** The description as the answers so far have filled it in. */
  public ProcessingOperation operation() {
    return operation;
  }

  /** The date on which the processing is assessed. */
  public LocalDate date() {
    return date;
  }

  /** The answers about single facts, by fact id ("don't know" is not recorded). */
  public Map<String, Truth> answers() {
    return answers;
  }

  /** The ids of what was asked (topics and facts), in order, whatever the answer. */
  public Set<String> asked() {
    return asked;
  }

  /** The interview before the last answer; empty at the start. */
  public Optional<Interview> back() {
    return Optional.ofNullable(previous);
  }

  /**
   * The question to ask next, in the locale's language, or empty when the outcome is settled or no
   * question left can change it.
   */
  public Optional<Prompt> next(Locale locale) {
    if (isSettled()) {
      return exception(locale);
    }
    List<MissingFact> missing = decision.missingFacts();
    Map<String, Integer> weight = new LinkedHashMap<>();
    missing.forEach(m -> weight.put(m.factId(), 1 + m.decisiveness()));
    // the topics still worth asking, with the weight of the missing facts they settle or come before
    Map<Topic, Integer> topics = new LinkedHashMap<>();
    for (Topic t : plan.topics()) {
      if (asked.contains(t.id()) || !t.isOpen(operation, date)) {
        continue;
      }
      int score = 0;
      for (MissingFact m : missing) {
        if (t.feeds(m.factId()) || plan.askedAfter(m.factId()).contains(t.id())) {
          score += weight.get(m.factId());
        }
      }
      if (score > 0) {
        topics.put(t, score);
      }
    }
    Prompt best = null;
    int bestScore = 0;
    for (Map.Entry<Topic, Integer> t : topics.entrySet()) {
      if (t.getValue() > bestScore && !waits(t.getKey().id(), weight.keySet(), topics.keySet())) {
        best = choice(t.getKey(), locale, missing);
        bestScore = t.getValue();
      }
    }
    for (MissingFact m : missing) {
      if (weight.get(m.factId()) > bestScore && askable(m.factId(), weight.keySet(), topics.keySet())) {
        best = question(m.factId(), locale);
        bestScore = weight.get(m.factId());
      }
    }
    if (best == null && missing.isEmpty()) {
      // a fact the ranking did not list may still matter
      for (String id : decision.unknownFactTexts().keySet()) {
        if (askable(id, Set.of(), Set.of())) {
          return Optional.of(Question.about(decision, id, locale, rulebook.texts(locale)));
        }
      }
    }
    return best == null ? exception(locale) : Optional.of(best);
  }

  /**
   * An exception the law leaves to the controller to establish, not asked yet, whose establishment
   * would change the outcome: asked once the rest is settled or can be asked no further.
   */
  private Optional<Prompt> exception(Locale locale) {
    // an exception the law leaves to the controller to establish, which would change the outcome
    List<Question> alone = Question.forPresumptions(decision, locale, rulebook.texts(locale));
    for (Presumption p : decision.presumptions()) {
      // a topic of the plan asks the exceptions together
      for (Topic t : plan.topics()) {
        if (t.feeds(p.factId()) && !asked.contains(t.id()) && t.isOpen(operation, date)) {
          return Optional.of(choice(t, locale, List.of()));
        }
      }
      if (!asked.contains(p.factId()) && askableAlone(p.factId())) {
        return Optional.of(alone.stream().filter(q -> q.factId().equals(p.factId())).findFirst()
            .orElseGet(() -> Question.about(decision, p.factId(), locale, rulebook.texts(locale))));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a fact may be asked alone: not asked yet, not settled by a topic (asked or still to
   * ask), and nothing to ask first still worth asking.
   */
  private boolean askable(String factId, Set<String> missingIds, Set<Topic> openTopics) {
    if (asked.contains(factId) || answers.containsKey(factId)) {
      return false;
    }
    return askableAlone(factId) && !waits(factId, missingIds, openTopics);
  }

  /** Whether something the plan asks before this fact or topic is still worth asking. */
  private boolean waits(String id, Set<String> missingIds, Set<Topic> openTopics) {
    for (String first : plan.askedAfter(id)) {
      if (!asked.contains(first) && (missingIds.contains(first) && askableAlone(first)
          || openTopics.stream().anyMatch(t -> t.id().equals(first)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no topic stands for the fact: none that feeds it is still to ask or was asked (what its
   * answer left open, "don't know" included, is not asked again fact by fact).
   */
  private boolean askableAlone(String factId) {
    return plan.topics().stream().noneMatch(t -> t.feeds(factId) && (asked.contains(t.id()) || t.isOpen(operation, date)));
  }

  private Question question(String factId, Locale locale) {
    return rulebook.questions(decision, locale).stream().filter(q -> q.factId().equals(factId)).findFirst()
        .orElseGet(() -> Question.about(decision, factId, locale, rulebook.texts(locale)));
  }

  private Choice choice(Topic topic, Locale locale, List<MissingFact> missing) {
    Optional<ResourceBundle> texts = rulebook.texts(locale);
    List<Citation> refs = new ArrayList<>();
    for (MissingFact m : missing) {
      if (topic.feeds(m.factId())) {
        for (Citation c : Question.references(decision, m.factId())) {
          if (refs.size() < Question.MAX_REFERENCES && !refs.contains(c)) {
            refs.add(c);
          }
        }
      }
    }
    List<String> options = topic.options().stream().map(o -> o.text().in(locale)).toList();
    return new Choice(topic, lookup(texts, "choice." + topic.id()).orElse(topic.id()),
        lookup(texts, "help.choice." + topic.id()).orElse(null), refs, options);
  }

  private static Optional<String> lookup(Optional<ResourceBundle> texts, String key) {
    try {
      return texts.map(b -> b.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * Answers a yes/no question: {@link Truth#UNKNOWN} is "don't know".
   *
   * @throws IllegalArgumentException if the answer contradicts another
   */
  public Interview answer(Question question, Truth answer) {
    return answer(question.factId(), answer);
  }

  /**
   * Answers a yes/no question by the id of its fact: {@link Truth#UNKNOWN} is "don't know".
   *
   * @throws IllegalArgumentException if the rulebook reads no such fact, or the answer contradicts another
   */
  public Interview answer(String factId, Truth answer) {
    Map<String, Truth> more = new LinkedHashMap<>(answers);
    if (answer.isKnown()) {
      more.put(factId, answer);
    }
    return new Interview(rulebook, plan, operation, date, more, with(factId), dontKnow, this);
  }

  /**
   * Answers a choice.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if the answer makes the description
   *     inconsistent (no purpose at all, say)
   * @throws IllegalArgumentException if it names an option the choice does not offer
   */
  public Interview answer(Choice choice, ChoiceAnswer answer) {
    return answer(choice.topic(), answer);
  }

  /**
   * Answers a topic of the plan, asked or not.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if the answer makes the description
   *     inconsistent (no purpose at all, say)
   * @throws IllegalArgumentException if it names an option the topic does not offer
   */
  public Interview answer(Topic topic, ChoiceAnswer answer) {
    ProcessingOperation updated = topic.apply(operation, answer);
    Map<String, Truth> more = new LinkedHashMap<>(answers);
    more.putAll(topic.factAnswers(answer));
    Set<String> unknown = new LinkedHashSet<>(dontKnow);
    if (answer.isDontKnow()) {
      unknown.add(topic.id());
    }
    return new Interview(rulebook, plan, updated, date, more, with(topic.id()), unknown, this);
  }

  /**
   * For a single choice, the outcome each option would give, all else unchanged, in the order of
   * the options; empty for a multiple choice, whose answers are too many to list, or when an option
   * is impossible with the answers given.
   */
  public List<Outcome> outcomesByOption(Choice choice) {
    if (choice.multiple()) {
      return List.of();
    }
    List<Outcome> outcomes = new ArrayList<>();
    try {
      for (Option o : choice.topic().options()) {
        Topic t = choice.topic();
        ChoiceAnswer a = ChoiceAnswer.exactly(List.of(o.id()));
        Map<String, Truth> more = new LinkedHashMap<>(answers);
        more.putAll(t.factAnswers(a));
        outcomes.add(rulebook.decide(t.apply(operation, a), date, more).outcome());
      }
    } catch (IllegalArgumentException e) {
      // InvalidDescriptionException included: an option impossible with the answers given
      return List.of();
    }
    return outcomes;
  }

  private Set<String> with(String id) {
    Set<String> more = new LinkedHashSet<>(asked);
    more.add(id);
    return more;
  }

  @Override
  public String toString() {
    return "Interview " + asked + " -> " + decision.outcome();
  }
}
