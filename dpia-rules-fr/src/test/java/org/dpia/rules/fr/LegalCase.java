package org.dpia.rules.fr;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dpia.assertj.DecisionAssert;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;

/**
 * One row of a source's table of legal cases, in the manner of OpenFisca's YAML tests: the facts,
 * the date, and what the law gives: the outcome and the rules it rests on (or must not rest on).
 *
 * <pre>{@code
 * given("a hospital's records of its patients' care", hospital()).requiredOn(MandatoryList.ITEM_1),
 * given("the same records kept by a GP", gp()).notOn(MandatoryList.ITEM_1).hence(Outcome.NOT_REQUIRED),
 * }</pre>
 *
 * @param name what the case is, in a line: the test's name
 * @param operation the facts
 * @param date the day the law is applied
 * @param outcome the outcome the law gives
 * @param on the rules the decision must rest on
 * @param notOn the rules the decision must not rest on
 * @param under the regimes that must govern the processing
 */
public record LegalCase(String name, ProcessingOperation operation, LocalDate date, Outcome outcome,
    List<Rule<?>> on, List<Rule<?>> notOn, List<Regime> under) {

  /** A case being written: its facts, decided on {@link Fixtures#TODAY} unless another day is given. */
  public static Draft given(String name, ProcessingOperation.Builder facts) {
    return new Draft(name, facts.build(), Fixtures.TODAY, List.of(), List.of());
  }

  /** The decision of the French rulebook on the case. */
  public Decision decide() {
    return Fixtures.FRANCE.decide(operation, date);
  }

  /** Decides the case and checks the outcome and grounds, with the project's domain assertions. */
  public DecisionAssert check() {
    DecisionAssert decision = assertThat(decide()).hasOutcome(outcome);
    on.forEach(decision::onGround);
    notOn.forEach(decision::notOnGround);
    under.forEach(decision::underRegime);
    return decision;
  }

  @Override
  public String toString() {
    return name;
  }

  /** A case whose facts are given and whose expectation is not yet. */
  public static final class Draft {
    private final String name;
    private final ProcessingOperation operation;
    private final LocalDate date;
    private final List<Rule<?>> notOn;
    private final List<Regime> under;

    private Draft(String name, ProcessingOperation operation, LocalDate date, List<Rule<?>> notOn, List<Regime> under) {
      this.name = Objects.requireNonNull(name);
      this.operation = operation;
      this.date = date;
      this.notOn = notOn;
      this.under = under;
    }

    /** The day the law is applied. */
    public Draft on(LocalDate day) {
      return new Draft(name, operation, day, notOn, under);
    }

    /** The decision must not rest on these rules. */
    public Draft notOn(Rule<?>... rules) {
      return new Draft(name, operation, date, List.of(rules), under);
    }

    /** These regimes must be known to govern the processing. */
    public Draft under(Regime... regimes) {
      return new Draft(name, operation, date, notOn, List.of(regimes));
    }

    /** A DPIA is required, on these grounds. */
    public LegalCase requiredOn(Rule<?>... grounds) {
      return new LegalCase(name, operation, date, Outcome.REQUIRED, List.of(grounds), notOn, under);
    }

    /** No DPIA is required, on these grounds. */
    public LegalCase notRequiredOn(Rule<?>... grounds) {
      return new LegalCase(name, operation, date, Outcome.NOT_REQUIRED, List.of(grounds), notOn, under);
    }

    /** The outcome, whatever the grounds. */
    public LegalCase hence(Outcome outcome) {
      return new LegalCase(name, operation, date, outcome, List.of(), notOn, under);
    }
  }
}
