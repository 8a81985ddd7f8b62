package org.dpia.assertj;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;

/**
 * Assertions on a {@link Decision}, in the shape AssertJ's own assertions take so that they work
 * in soft assertions ({@link DpiaSoftAssertions}) and can be extended. Every failure message shows
 * the decision that was made: outcome, regimes, grounds, criteria and missing facts.
 *
 * @param <SELF> the concrete assertion type, returned by every method for chaining
 */
public abstract class AbstractDecisionAssert<SELF extends AbstractDecisionAssert<SELF>> extends AbstractAssert<SELF, Decision> {

  /** An assertion on the decision, of the concrete type given. */
  protected AbstractDecisionAssert(Decision actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The outcome is REQUIRED. */
  public SELF isRequired() {
    return hasOutcome(Outcome.REQUIRED);
  }

  /** The outcome is NOT_REQUIRED. */
  public SELF isNotRequired() {
    return hasOutcome(Outcome.NOT_REQUIRED);
  }

  /** The outcome is UNDETERMINED. */
  public SELF isUndetermined() {
    return hasOutcome(Outcome.UNDETERMINED);
  }

  /** The outcome is the given one. */
  public SELF hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("Expected outcome %s but was %s.%n%s", expected, actual.outcome(), explain());
    }
    return myself;
  }

  /** The regime is known to govern the processing. */
  public SELF underRegime(Regime regime) {
    return underRegime(regime.id());
  }

  /** The regime with this id is known to govern the processing. */
  public SELF underRegime(String regimeId) {
    isNotNull();
    boolean governs = actual.regimes().entrySet().stream()
        .anyMatch(e -> e.getKey().id().equals(regimeId) && e.getValue() == Truth.TRUE);
    if (!governs) {
      failWithMessage("Expected the regime '%s' to govern, but the regimes were %s.%n%s", regimeId, regimeIds(), explain());
    }
    return myself;
  }

  /** A decisive ground (one that held) is this rule. */
  public SELF onGround(Rule<?> rule) {
    return onGround(rule.id());
  }

  /** A decisive ground (one that held) is the rule with this id. */
  public SELF onGround(String ruleId) {
    isNotNull();
    if (actual.decisiveGrounds().stream().noneMatch(g -> g.ruleId().equals(ruleId))) {
      failWithMessage("Expected a decisive ground '%s' but the decisive grounds were %s.%n%s", ruleId, ids(actual.decisiveGrounds()), explain());
    }
    return myself;
  }

  /** A decisive ground is of this kind. */
  public SELF onGround(GroundKind kind) {
    isNotNull();
    if (actual.decisiveGrounds().stream().noneMatch(g -> g.kind() == kind)) {
      failWithMessage("Expected a decisive ground of kind %s but the decisive grounds were %s.%n%s", kind,
          actual.decisiveGrounds().stream().map(Ground::kind).toList(), explain());
    }
    return myself;
  }

  /** No decisive ground is this rule. */
  public SELF notOnGround(Rule<?> rule) {
    return notOnGround(rule.id());
  }

  /** No decisive ground is the rule with this id. */
  public SELF notOnGround(String ruleId) {
    isNotNull();
    if (actual.decisiveGrounds().stream().anyMatch(g -> g.ruleId().equals(ruleId))) {
      failWithMessage("Expected no decisive ground '%s' but the decisive grounds were %s.%n%s", ruleId,
          ids(actual.decisiveGrounds()), explain());
    }
    return myself;
  }

  /** A decisive ground cites this provision. */
  public SELF citing(Citation citation) {
    isNotNull();
    boolean cited = actual.decisiveGrounds().stream().anyMatch(g -> g.citations().contains(citation));
    if (!cited) {
      failWithMessage("Expected a decisive ground citing '%s' but the citations were %s.%n%s", citation, citations(), explain());
    }
    return myself;
  }

  /**
   * A decisive ground cites this provision or a part of it, given as text in any language the
   * citation is written in: "LIL art. 90", or "GDPR art. 35" (or "RGPD art. 35") for any paragraph
   * or point of the article, or "GDPR" for any article. "LIL art. 9" does not match "LIL art. 90",
   * nor "art. 70" match "art. 70-4": the text must end where a part of the citation ends.
   */
  public SELF citing(String citation) {
    isNotNull();
    boolean cited = actual.decisiveGrounds().stream()
        .flatMap(g -> g.citations().stream())
        .anyMatch(c -> labels(c).anyMatch(label -> isPartOf(citation, label)));
    if (!cited) {
      failWithMessage("Expected a decisive ground citing '%s' but the citations were %s.%n%s", citation, citations(), explain());
    }
    return myself;
  }

  /**
   * Exactly these criteria are known to be met, in any order (a rulebook reports them in the order
   * it declares them, which need not be WP248's).
   */
  public SELF withCriteriaMet(RiskCriterion... expected) {
    isNotNull();
    List<RiskCriterion> met = actual.criteriaMet().stream().sorted().toList();
    List<RiskCriterion> sorted = Arrays.stream(expected).sorted().toList();
    if (!met.equals(sorted)) {
      failWithMessage("Expected the criteria met to be %s but were %s.%n%s", sorted, met, explain());
    }
    return myself;
  }

  /** The missing facts include this fact. */
  public SELF missing(Fact<?> fact) {
    return missing(fact.id());
  }

  /** The missing facts include the fact with this id. */
  public SELF missing(String factId) {
    isNotNull();
    if (actual.missingFacts().stream().noneMatch(f -> f.factId().equals(factId))) {
      failWithMessage("Expected the missing fact '%s' but the missing facts were %s.%n%s", factId, missingIds(), explain());
    }
    return myself;
  }

  /** The most decisive missing fact is the one with this id. */
  public SELF mostDecisiveMissing(String factId) {
    isNotNull();
    if (actual.missingFacts().isEmpty() || !actual.missingFacts().get(0).factId().equals(factId)) {
      failWithMessage("Expected the most decisive missing fact to be '%s' but the missing facts were %s.%n%s", factId,
          missingIds(), explain());
    }
    return myself;
  }

  /** The advice includes this item. */
  public SELF advising(Advice advice) {
    return advising(advice.id());
  }

  /** The advice includes the item with this id. */
  public SELF advising(String adviceId) {
    isNotNull();
    if (actual.advice().stream().noneMatch(a -> a.id().equals(adviceId))) {
      failWithMessage("Expected advice '%s' but the advice was %s.%n%s", adviceId,
          actual.advice().stream().map(Advice::id).toList(), explain());
    }
    return myself;
  }

  /** Whether the text is the citation or its beginning up to the end of an article, paragraph or point. */
  private static boolean isPartOf(String text, String citation) {
    if (!citation.startsWith(text)) {
      return false;
    }
    if (citation.length() == text.length()) {
      return true;
    }
    char next = citation.charAt(text.length());
    return !Character.isLetterOrDigit(next) && next != '-';
  }

  /** Each regime by id, as assertions name it, with whether it governs. */
  private Map<String, Truth> regimeIds() {
    Map<String, Truth> byId = new LinkedHashMap<>();
    actual.regimes().forEach((regime, governs) -> byId.put(regime.id(), governs));
    return byId;
  }

  private static List<String> ids(List<Ground> grounds) {
    return grounds.stream().map(Ground::ruleId).toList();
  }

  /** The citation as written in English and in each language its source has a short title in. */
  private static java.util.stream.Stream<String> labels(Citation c) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of("en"), c.source().shortTitles().languages().stream())
        .distinct().map(language -> c.label(java.util.Locale.forLanguageTag(language)));
  }

  private List<String> citations() {
    return actual.decisiveGrounds().stream().flatMap(g -> g.citations().stream()).map(Object::toString).toList();
  }

  private List<String> missingIds() {
    return actual.missingFacts().stream().map(MissingFact::factId).toList();
  }

  /** The decision in a few lines, for failure messages. */
  protected String explain() {
    StringBuilder s = new StringBuilder("The decision for '").append(actual.operationName()).append("' on ").append(actual.date())
        .append(": ").append(actual.outcome()).append("\n  regimes: ").append(actual.regimes());
    for (Ground g : actual.grounds()) {
      s.append("\n  ground: ").append(g.ruleId()).append(" [").append(g.truth()).append("] ").append(g.citations());
    }
    s.append("\n  criteria met: ").append(actual.criteriaMet());
    if (!actual.missingFacts().isEmpty()) {
      s.append("\n  missing facts: ").append(missingIds());
    }
    return s.toString();
  }
}
