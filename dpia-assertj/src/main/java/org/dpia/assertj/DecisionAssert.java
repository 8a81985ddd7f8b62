package org.dpia.assertj;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;

/** Assertions on a {@link Decision}; obtain with {@link DpiaAssertions#assertThat(Decision)}. */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

  DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }

  /** The outcome is REQUIRED. */
  public DecisionAssert isRequired() {
    return hasOutcome(Outcome.REQUIRED);
  }

  /** The outcome is NOT_REQUIRED. */
  public DecisionAssert isNotRequired() {
    return hasOutcome(Outcome.NOT_REQUIRED);
  }

  /** The outcome is UNDETERMINED. */
  public DecisionAssert isUndetermined() {
    return hasOutcome(Outcome.UNDETERMINED);
  }

  /** The outcome is the given one. */
  public DecisionAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("Expected outcome %s but was %s.%n%s", expected, actual.outcome(), explain());
    }
    return this;
  }

  /** The regime with this id is known to govern the processing. */
  public DecisionAssert underRegime(String regimeId) {
    isNotNull();
    boolean governs = actual.regimes().entrySet().stream()
        .anyMatch(e -> e.getKey().id().equals(regimeId) && e.getValue() == Truth.TRUE);
    if (!governs) {
      failWithMessage("Expected the regime '%s' to govern, but the regimes were %s.%n%s", regimeId, actual.regimes(), explain());
    }
    return this;
  }

  /** A decisive ground (one that held) is the rule with this id. */
  public DecisionAssert onGround(String ruleId) {
    isNotNull();
    if (actual.decisiveGrounds().stream().noneMatch(g -> g.ruleId().equals(ruleId))) {
      failWithMessage("Expected a decisive ground '%s' but the decisive grounds were %s.%n%s", ruleId, ids(actual.decisiveGrounds()), explain());
    }
    return this;
  }

  /** A decisive ground is of this kind. */
  public DecisionAssert onGround(GroundKind kind) {
    isNotNull();
    if (actual.decisiveGrounds().stream().noneMatch(g -> g.kind() == kind)) {
      failWithMessage("Expected a decisive ground of kind %s but the decisive grounds were %s.%n%s", kind,
          actual.decisiveGrounds().stream().map(Ground::kind).collect(Collectors.toList()), explain());
    }
    return this;
  }

  /** No decisive ground is the rule with this id. */
  public DecisionAssert notOnGround(String ruleId) {
    isNotNull();
    if (actual.decisiveGrounds().stream().anyMatch(g -> g.ruleId().equals(ruleId))) {
      failWithMessage("Expected no decisive ground '%s'.%n%s", ruleId, explain());
    }
    return this;
  }

  /** A decisive ground cites a provision whose text starts with this, e.g. "LIL art. 90" or "RGPD art. 35(3)(c)". */
  public DecisionAssert citing(String citation) {
    isNotNull();
    boolean cited = actual.decisiveGrounds().stream()
        .flatMap(g -> g.citations().stream())
        .anyMatch(c -> c.toString().startsWith(citation));
    if (!cited) {
      failWithMessage("Expected a decisive ground citing '%s' but the citations were %s.%n%s", citation,
          actual.decisiveGrounds().stream().flatMap(g -> g.citations().stream()).map(Object::toString).collect(Collectors.toList()),
          explain());
    }
    return this;
  }

  /** Exactly these criteria are known to be met, in WP248 order. */
  public DecisionAssert withCriteriaMet(RiskCriterion... expected) {
    isNotNull();
    List<RiskCriterion> met = actual.criteriaMet();
    List<RiskCriterion> sorted = Arrays.stream(expected).sorted().collect(Collectors.toList());
    if (!met.equals(sorted)) {
      failWithMessage("Expected the criteria met to be %s but were %s.%n%s", sorted, met, explain());
    }
    return this;
  }

  /** The missing facts include the fact with this id. */
  public DecisionAssert missing(String factId) {
    isNotNull();
    if (actual.missingFacts().stream().noneMatch(f -> f.factId().equals(factId))) {
      failWithMessage("Expected the missing fact '%s' but the missing facts were %s.%n%s", factId,
          actual.missingFacts().stream().map(MissingFact::factId).collect(Collectors.toList()), explain());
    }
    return this;
  }

  /** The most decisive missing fact is the one with this id. */
  public DecisionAssert mostDecisiveMissing(String factId) {
    isNotNull();
    if (actual.missingFacts().isEmpty() || !actual.missingFacts().get(0).factId().equals(factId)) {
      failWithMessage("Expected the most decisive missing fact to be '%s' but the missing facts were %s.%n%s", factId,
          actual.missingFacts(), explain());
    }
    return this;
  }

  /** The advice includes the item with this id. */
  public DecisionAssert advising(String adviceId) {
    isNotNull();
    if (actual.advice().stream().noneMatch(a -> a.id().equals(adviceId))) {
      failWithMessage("Expected advice '%s' but the advice was %s.%n%s", adviceId,
          actual.advice().stream().map(a -> a.id()).collect(Collectors.toList()), explain());
    }
    return this;
  }

  private static List<String> ids(List<Ground> grounds) {
    return grounds.stream().map(Ground::ruleId).collect(Collectors.toList());
  }

  private String explain() {
    StringBuilder s = new StringBuilder("The decision for '").append(actual.operationName()).append("' on ").append(actual.date())
        .append(": ").append(actual.outcome()).append("\n  regimes: ").append(actual.regimes());
    for (Ground g : actual.grounds()) {
      s.append("\n  ground: ").append(g.ruleId()).append(" [").append(g.truth()).append("] ").append(g.citations());
    }
    s.append("\n  criteria met: ").append(actual.criteriaMet());
    if (!actual.missingFacts().isEmpty()) {
      s.append("\n  missing facts: ").append(actual.missingFacts().stream().map(MissingFact::factId).collect(Collectors.toList()));
    }
    return s.toString();
  }
}
