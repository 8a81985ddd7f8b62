package org.dpia.core.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Validity;

/**
 * A condition that is law with an address: a stable id, a title, the citations it encodes and the
 * days it is in force. On a date outside its validity a rule does not apply: it evaluates to
 * {@link Truth#FALSE} without reading any fact, and its trace says it was not in force.
 *
 * <pre>{@code
 * Rule<ProcessingOperation> rule = Rule.named("gdpr.35-3-c", "Large-scale monitoring of a public area")
 *     .citing(Citation.builder().source(gdpr).article("35").paragraph("3").point("c").build())
 *     .valid(Validity.from(LocalDate.of(2018, 5, 25)))
 *     .when(Conditions.all(publicArea, systematicMonitoring, largeScale));
 * }</pre>
 *
 * @param <T> what the rule is evaluated against
 */
public final class Rule<T> implements Condition<T> {
  private final String id;
  private final String title;
  private final List<Citation> citations;
  private final Validity validity;
  private final Condition<T> condition;

  private Rule(String id, String title, List<Citation> citations, Validity validity, Condition<T> condition) {
    this.id = id;
    this.title = title;
    this.citations = List.copyOf(citations);
    this.validity = validity;
    this.condition = condition;
  }

  /** Starts a rule with a stable id and a title in plain words. */
  public static Draft named(String id, String title) {
    return new Draft(id, title);
  }

  /** The stable id. */
  public String id() {
    return id;
  }

  /** The title in plain words. */
  public String title() {
    return title;
  }

  /** The provisions this rule encodes. */
  public List<Citation> citations() {
    return citations;
  }

  /** The days on which this rule is in force. */
  public Validity validity() {
    return validity;
  }

  /** Whether this rule is in force on the date. */
  public boolean inForceOn(java.time.LocalDate date) {
    return validity.contains(date);
  }

  @Override
  public Trace evaluate(Context<T> context) {
    if (!validity.contains(context.date())) {
      return Trace.notInForce(id, title, citations, validity);
    }
    Trace body = condition.evaluate(context);
    return Trace.rule(id, title, body.truth(), citations, validity, body);
  }

  @Override
  public Truth truth(Context<T> context) {
    return validity.contains(context.date()) ? condition.truth(context) : Truth.FALSE;
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
    private final String title;
    private final List<Citation> citations = new ArrayList<>();
    private Validity validity = Validity.always();

    private Draft(String id, String title) {
      this.id = Fact.requireText(id, "rule id");
      this.title = Fact.requireText(title, "rule title");
    }

    /** Adds the provisions the rule encodes. */
    public Draft citing(Citation... cited) {
      for (Citation c : cited) {
        citations.add(Objects.requireNonNull(c, "citation"));
      }
      return this;
    }

    /** Sets the days on which the rule is in force (default: always). */
    public Draft valid(Validity validity) {
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
