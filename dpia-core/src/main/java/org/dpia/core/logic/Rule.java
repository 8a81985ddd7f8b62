package org.dpia.core.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dpia.core.law.Citation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * A condition that is law with an address: a stable id, a title, the citations it encodes and the
 * days it is in force. On a date outside its validity a rule does not apply: it evaluates to
 * {@link Truth#FALSE} without reading any fact, and its trace says it was not in force.
 *
 * <pre>{@code
 * Rule<ProcessingOperation> rule = Rule.named("gdpr.35-3-c",
 *         Text.of("Large-scale monitoring of a public area", "Surveillance à grande échelle d'une zone accessible au public"))
 *     .citing(Citation.builder().source(gdpr).article("35").paragraph("3").point("c").build())
 *     .valid(DateRange.from(LocalDate.of(2018, 5, 25)))
 *     .when(Conditions.all(publicArea, systematicMonitoring, largeScale));
 * }</pre>
 *
 * @param <T> what the rule is evaluated against
 */
public final class Rule<T> implements Condition<T> {
  private final String id;
  private final Text title;
  private final List<Citation> citations;
  private final DateRange validity;
  final Condition<T> condition;
  /** Whether the condition reads a fact the law presumes; see {@link Fact#presumption()}. */
  final boolean presumable;
  /** Whether every citation exists whenever the rule is in force: then {@link #citationsOn} copies nothing. */
  private final boolean everyCitationInForce;

  private Rule(String id, Text title, List<Citation> citations, DateRange validity, Condition<T> condition) {
    this.id = id;
    this.title = title;
    this.citations = List.copyOf(citations);
    this.validity = validity;
    this.condition = condition;
    boolean presumes = false;
    for (Fact<T> f : condition.facts()) {
      presumes |= f.presumption().isPresent();
    }
    this.presumable = presumes;
    boolean always = true;
    for (Citation c : this.citations) {
      always &= c.validity().equals(DateRange.always());
    }
    this.everyCitationInForce = always;
  }

  /** Starts a rule with a stable id and a title in plain English. */
  public static Draft named(String id, String title) {
    return new Draft(id, Text.of(Fact.requireText(title, "rule title")));
  }

  /** Starts a rule with a stable id and a title in several languages. */
  public static Draft named(String id, Text title) {
    return new Draft(id, title);
  }

  /** The stable id. */
  public String id() {
    return id;
  }

  /** The title in plain English. */
  public String title() {
    return title.english();
  }

  /** The title in every language it is written in. */
  public Text text() {
    return title;
  }

  /** The provisions this rule encodes. */
  public List<Citation> citations() {
    return citations;
  }

  /** The provisions this rule encodes that exist, in their numbering and wording, on the date. */
  public List<Citation> citationsOn(LocalDate date) {
    if (everyCitationInForce) {
      return citations;
    }
    int inForce = 0;
    for (Citation c : citations) {
      if (c.inForceOn(date)) {
        inForce++;
      }
    }
    if (inForce == citations.size()) {
      return citations;   // the usual case: nothing to copy
    }
    List<Citation> some = new ArrayList<>(inForce);
    for (Citation c : citations) {
      if (c.inForceOn(date)) {
        some.add(c);
      }
    }
    return List.copyOf(some);
  }

  /** The days on which this rule is in force. */
  public DateRange validity() {
    return validity;
  }

  /** Whether this rule is in force on the date. */
  public boolean inForceOn(LocalDate date) {
    return validity.contains(date);
  }

  /** The condition under which it holds while in force. */
  public Condition<T> condition() {
    return condition;
  }

  @Override
  public Trace evaluate(Context<T> context) {
    if (!validity.contains(context.date())) {
      return Trace.notInForce(id, title, citationsOn(context.date()), validity);
    }
    return Trace.lazyRule(this, condition.truth(context), context);
  }

  @Override
  public Truth truth(Context<T> context) {
    return validity.contains(context.date()) ? condition.truth(context) : Truth.FALSE;
  }

  @Override
  public Set<Fact<T>> facts() {
    return condition.facts();
  }

  /** The rule's condition, alone. */
  @Override
  public List<Condition<T>> operands() {
    return List.of(condition);
  }

  @Override
  public String toString() {
    return id + " (" + title + ", " + validity + ")";
  }

  /**
   * A rule being defined: add its citations and validity, then give its condition with
   * {@link #when(Condition)}.
   */
  public static final class Draft {
    private final String id;
    private final Text title;
    private final List<Citation> citations = new ArrayList<>();
    private DateRange validity = DateRange.always();

    private Draft(String id, Text title) {
      this.id = Fact.requireText(id, "rule id");
      this.title = Objects.requireNonNull(title, "rule title");
    }

    /** Adds the provisions the rule encodes. */
    public Draft citing(Citation... cited) {
      for (Citation c : cited) {
        citations.add(Objects.requireNonNull(c, "citation"));
      }
      return this;
    }

    /** Adds the provisions the rule encodes. */
    public Draft citing(List<Citation> cited) {
      return citing(cited.toArray(new Citation[0]));
    }

    /** Sets the days on which the rule is in force (default: always). */
    public Draft valid(DateRange validity) {
      this.validity = Objects.requireNonNull(validity, "validity");
      return this;
    }

    /**
     * Completes the rule with its condition.
     *
     * @throws IllegalStateException if no citation was given: every rule is law with an address
     */
    public <T> Rule<T> when(Condition<T> condition) {
      Objects.requireNonNull(condition, "condition");
      if (citations.isEmpty()) {
        throw new IllegalStateException("rule " + id + " cites no legal source");
      }
      return new Rule<>(id, title, citations, validity, condition);
    }
  }
}
