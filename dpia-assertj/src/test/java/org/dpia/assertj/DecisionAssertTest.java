package org.dpia.assertj;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.dpia.assertj.Cases.decide;
import static org.dpia.assertj.Cases.fingerprints;
import static org.dpia.assertj.Cases.loyaltyScoring;
import static org.dpia.assertj.Cases.policeCameras;
import static org.dpia.assertj.Cases.staffDirectory;
import static org.dpia.assertj.Cases.townCentreAnalytics;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DecisionAssert} (and {@link AbstractDecisionAssert}, whose every method it inherits), on
 * decisions the engine made under the toy law: each assertion passes on a decision that satisfies
 * it, and fails on one that does not with a message that says what was expected, what the decision
 * holds instead, and the decision itself.
 */
@DisplayName("DecisionAssert: assertions on a decision, whose failures explain the decision made")
class DecisionAssertTest {

  /** Required on the toy authority's list (art. 9), under the general regime. */
  static final Decision FINGERPRINTS = decide(fingerprints());
  /** Required on two criteria (art. 35(1)), with the advice to document a rebuttal. */
  static final Decision LOYALTY = decide(loyaltyScoring());
  /** Required under the police regime (art. 90), with one criterion met. */
  static final Decision POLICE_CAMERAS = decide(policeCameras());
  /** Not required: before 25 May 2018 no DPIA was required for police work (art. 2-1). */
  static final Decision POLICE_CAMERAS_IN_2017 = Cases.TOY.decide(policeCameras().build(), Cases.d(2017, 6, 1));
  /** Not required: no criterion met (art. 35(1)). */
  static final Decision STAFF = decide(staffDirectory());
  /** Undetermined: police work, monitoring and combining not known. */
  static final Decision TOWN = decide(townCentreAnalytics());

  static ThrowableAssertAlternative<AssertionError> failure(Runnable assertion) {
    return assertThatExceptionOfType(AssertionError.class).isThrownBy(assertion::run);
  }

  @Nested
  @DisplayName("the outcome")
  class TheOutcome {

    @Test
    @DisplayName("fingerprint readers require a DPIA; a staff directory does not, and the failure gives the outcome and its ground")
    void isRequired() {
      assertThat(FINGERPRINTS).isRequired();

      failure(() -> assertThat(STAFF).isRequired())
          .withMessageContaining("Expected outcome REQUIRED but was NOT_REQUIRED")
          .withMessageContaining("ground: xx.below-threshold [TRUE] [TDPA art. 35(1)]");
    }

    @Test
    @DisplayName("a staff directory requires no DPIA; fingerprint readers do, on the list")
    void isNotRequired() {
      assertThat(STAFF).isNotRequired();

      failure(() -> assertThat(FINGERPRINTS).isNotRequired())
          .withMessageContaining("Expected outcome NOT_REQUIRED but was REQUIRED")
          .withMessageContaining("ground: xx.biometric [TRUE] [TDPA art. 9]");
    }

    @Test
    @DisplayName("town-centre analytics of unstated purposes are undetermined; loyalty scoring is settled")
    void isUndetermined() {
      assertThat(TOWN).isUndetermined();

      failure(() -> assertThat(LOYALTY).isUndetermined())
          .withMessageContaining("Expected outcome UNDETERMINED but was REQUIRED")
          .withMessageContaining("ground: xx.two-criteria [TRUE] [TDPA art. 35(1)]");
    }

    @Test
    @DisplayName("any outcome can be named; an undetermined decision's failure lists the facts that would settle it")
    void hasOutcome() {
      assertThat(FINGERPRINTS).hasOutcome(Outcome.REQUIRED);
      assertThat(STAFF).hasOutcome(Outcome.NOT_REQUIRED);
      assertThat(TOWN).hasOutcome(Outcome.UNDETERMINED);

      failure(() -> assertThat(TOWN).hasOutcome(Outcome.REQUIRED))
          .withMessageContaining("Expected outcome REQUIRED but was UNDETERMINED")
          .withMessageContaining("missing facts: [purpose.police, monitoring, combining]");
      failure(() -> assertThat(STAFF).hasOutcome(Outcome.UNDETERMINED))
          .withMessageContaining("Expected outcome UNDETERMINED but was NOT_REQUIRED");
    }
  }

  @Nested
  @DisplayName("the regime")
  class TheRegime {

    @Test
    @DisplayName("fingerprint readers are under the general regime; police cameras are not, and the failure lists the regimes")
    void underRegime() {
      assertThat(FINGERPRINTS).underRegime(ToyRulebook.GENERAL);
      assertThat(POLICE_CAMERAS).underRegime(ToyRulebook.POLICE);

      failure(() -> assertThat(POLICE_CAMERAS).underRegime(ToyRulebook.GENERAL))
          .withMessageContaining("Expected the regime 'xx.general' to govern, but the regimes were {xx.general=FALSE, xx.police=TRUE}.")
          .withMessageContaining("regimes: {Toy general regime=FALSE, Toy police regime=TRUE}");
    }

    @Test
    @DisplayName("a regime named by id; one that only may govern, or that the law does not have, does not govern")
    void underRegimeById() {
      assertThat(POLICE_CAMERAS).underRegime("xx.police");

      failure(() -> assertThat(TOWN).underRegime("xx.police"))
          .withMessageContaining("Expected the regime 'xx.police' to govern, but the regimes were {xx.general=UNKNOWN, xx.police=UNKNOWN}.");
      failure(() -> assertThat(FINGERPRINTS).underRegime("xx.customs"))
          .withMessageContaining("Expected the regime 'xx.customs' to govern, but the regimes were {xx.general=TRUE, xx.police=FALSE}.");
    }
  }

  @Nested
  @DisplayName("the grounds")
  class TheGrounds {

    @Test
    @DisplayName("fingerprint readers are on the list ground; loyalty scoring is not, and the failure names the ground it is on")
    void onGroundRule() {
      assertThat(FINGERPRINTS).onGround(ToyRulebook.BIOMETRIC);

      failure(() -> assertThat(LOYALTY).onGround(ToyRulebook.BIOMETRIC))
          .withMessageContaining("Expected a decisive ground 'xx.biometric' but the decisive grounds were [xx.two-criteria]");
    }

    @Test
    @DisplayName("a ground named by id; one that only might hold in an undetermined decision is not decisive")
    void onGroundById() {
      assertThat(LOYALTY).onGround("xx.two-criteria");

      failure(() -> assertThat(TOWN).onGround("xx.two-criteria"))
          .withMessageContaining("Expected a decisive ground 'xx.two-criteria' but the decisive grounds were [xx.police-duty]")
          .withMessageContaining("ground: xx.two-criteria [UNKNOWN] [TDPA art. 35(1)]");
    }

    @Test
    @DisplayName("a ground named by its kind: police cameras are a high-risk case, a staff directory is not on a list")
    void onGroundKind() {
      assertThat(POLICE_CAMERAS).onGround(GroundKind.HIGH_RISK_CASE);
      assertThat(STAFF).onGround(GroundKind.BELOW_THRESHOLD);

      failure(() -> assertThat(STAFF).onGround(GroundKind.MANDATORY_LIST))
          .withMessageContaining("Expected a decisive ground of kind MANDATORY_LIST but the decisive grounds were [BELOW_THRESHOLD]");
    }

    @Test
    @DisplayName("loyalty scoring is not on the list ground; fingerprint readers are, and the failure says so")
    void notOnGroundRule() {
      assertThat(LOYALTY).notOnGround(ToyRulebook.BIOMETRIC);

      failure(() -> assertThat(FINGERPRINTS).notOnGround(ToyRulebook.BIOMETRIC))
          .withMessageContaining("Expected no decisive ground 'xx.biometric' but the decisive grounds were [xx.biometric]");
    }

    @Test
    @DisplayName("a ground that only might hold is not decisive; one that held is")
    void notOnGroundById() {
      assertThat(TOWN).notOnGround("xx.two-criteria");

      failure(() -> assertThat(POLICE_CAMERAS).notOnGround("xx.police-duty"))
          .withMessageContaining("Expected no decisive ground 'xx.police-duty' but the decisive grounds were [xx.police-duty]");
    }
  }

  @Nested
  @DisplayName("the citations of the decisive grounds")
  class TheCitations {

    @Test
    @DisplayName("fingerprint readers rest on art. 9; police cameras rest on art. 90, not art. 9")
    void citingCitation() {
      assertThat(FINGERPRINTS).citing(ToyRulebook.article("9"));
      assertThat(LOYALTY).citing(ToyRulebook.article("35", "1"));

      failure(() -> assertThat(POLICE_CAMERAS).citing(ToyRulebook.article("9")))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 9' but the citations were [TDPA art. 90]");
    }

    @Test
    @DisplayName("a beginning ends where a part of the citation ends: art. 9 is not art. 90, art. 2 not art. 2-1, art. 3 not art. 35")
    void citingTextEndsWhereAPartEnds() {
      assertThat(POLICE_CAMERAS).citing("TDPA art. 90");
      assertThat(POLICE_CAMERAS_IN_2017).isNotRequired().citing("TDPA art. 2-1");

      failure(() -> assertThat(POLICE_CAMERAS).citing("TDPA art. 9"))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 9' but the citations were [TDPA art. 90]");
      failure(() -> assertThat(POLICE_CAMERAS_IN_2017).citing("TDPA art. 2"))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 2' but the citations were [TDPA art. 2-1]");
      failure(() -> assertThat(LOYALTY).citing("TDPA art. 3"))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 3' but the citations were [TDPA art. 35(1)]");
    }

    @Test
    @DisplayName("a criterion's provision is not the ground's: loyalty scoring cites art. 35(1), not art. 35(3)(a)")
    void criteriaAreNotGrounds() {
      failure(() -> assertThat(LOYALTY).citing(ToyRulebook.article("35", "3", "a")))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 35(3)(a)' but the citations were [TDPA art. 35(1)]");
    }

    @Test
    @DisplayName("a citation given by its text, or by its beginning: an article covers its paragraphs, an act its articles")
    void citingText() {
      assertThat(LOYALTY).citing("TDPA art. 35(1)").citing("TDPA art. 35").citing("TDPA");

      failure(() -> assertThat(LOYALTY).citing("TDPA art. 36"))
          .withMessageContaining("Expected a decisive ground citing 'TDPA art. 36' but the citations were [TDPA art. 35(1)]");
      failure(() -> assertThat(TOWN).citing("TDPA art. 35"))
          .as("a ground that only might hold cites nothing decisive")
          .withMessageContaining("but the citations were [TDPA art. 90]");
    }
  }

  @Nested
  @DisplayName("the risk criteria met")
  class TheCriteria {

    @Test
    @DisplayName("police cameras monitor people: that one criterion, no more, no fewer")
    void withCriteriaMet() {
      assertThat(POLICE_CAMERAS).withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING);
      assertThat(STAFF).withCriteriaMet();

      failure(() -> assertThat(POLICE_CAMERAS).withCriteriaMet())
          .withMessageContaining("Expected the criteria met to be [] but were [SYSTEMATIC_MONITORING]");
      failure(() -> assertThat(POLICE_CAMERAS).withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE))
          .withMessageContaining("Expected the criteria met to be [SYSTEMATIC_MONITORING, LARGE_SCALE] but were [SYSTEMATIC_MONITORING]");
      failure(() -> assertThat(STAFF).withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING))
          .withMessageContaining("Expected the criteria met to be [EVALUATION_OR_SCORING] but were []")
          .withMessageContaining("criteria met: []");
    }

    @Test
    @DisplayName("loyalty scoring scores people on combined datasets, whichever order the law or the test names them in")
    void inAnyOrder() {
      assertThat(LOYALTY)
          .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING, RiskCriterion.MATCHING_OR_COMBINING_DATASETS)
          .withCriteriaMet(RiskCriterion.MATCHING_OR_COMBINING_DATASETS, RiskCriterion.EVALUATION_OR_SCORING);

      failure(() -> assertThat(LOYALTY).withCriteriaMet(RiskCriterion.MATCHING_OR_COMBINING_DATASETS))
          .withMessageContaining("Expected the criteria met to be [MATCHING_OR_COMBINING_DATASETS] "
              + "but were [EVALUATION_OR_SCORING, MATCHING_OR_COMBINING_DATASETS]");
    }
  }

  @Nested
  @DisplayName("the missing facts")
  class TheMissingFacts {

    @Test
    @DisplayName("whether town-centre analytics monitor people is missing; whether they score people is known")
    void missingFact() {
      assertThat(TOWN).missing(ToyRulebook.MONITORING);

      failure(() -> assertThat(TOWN).missing(ToyRulebook.SCORING))
          .withMessageContaining("Expected the missing fact 'scoring' but the missing facts were [purpose.police, monitoring, combining]");
    }

    @Test
    @DisplayName("a missing fact named by id; a settled decision misses none")
    void missingById() {
      assertThat(TOWN).missing("combining");

      failure(() -> assertThat(FINGERPRINTS).missing("combining"))
          .withMessageContaining("Expected the missing fact 'combining' but the missing facts were []");
    }

    @Test
    @DisplayName("whether police work is a purpose is the most decisive question; monitoring matters only with combining")
    void mostDecisiveMissing() {
      assertThat(TOWN).mostDecisiveMissing("purpose.police");

      failure(() -> assertThat(TOWN).mostDecisiveMissing("monitoring"))
          .withMessageContaining("Expected the most decisive missing fact to be 'monitoring' but the missing facts were "
              + "[purpose.police, monitoring, combining]");
      failure(() -> assertThat(LOYALTY).mostDecisiveMissing("purpose.police"))
          .withMessageContaining("Expected the most decisive missing fact to be 'purpose.police' but the missing facts were []");
    }
  }

  @Nested
  @DisplayName("the advice")
  class TheAdvice {

    @Test
    @DisplayName("two criteria call for documenting a rebuttal; the list ground does not")
    void advisingAdvice() {
      assertThat(LOYALTY).advising(ToyRulebook.DOCUMENT_REBUTTAL).advising(ToyRulebook.CONSULT);

      failure(() -> assertThat(FINGERPRINTS).advising(ToyRulebook.DOCUMENT_REBUTTAL))
          .withMessageContaining("Expected advice 'xx.rebuttal' but the advice was [xx.consult]");
    }

    @Test
    @DisplayName("advice named by id: consult when required, nothing when not")
    void advisingById() {
      assertThat(POLICE_CAMERAS).advising("xx.consult");

      failure(() -> assertThat(STAFF).advising("xx.consult"))
          .withMessageContaining("Expected advice 'xx.consult' but the advice was []");
    }
  }

  @Nested
  @DisplayName("the explanation in every failure")
  class TheExplanation {

    @Test
    @DisplayName("a settled decision is shown with its date, outcome, regimes, grounds and criteria, and no missing facts")
    void settled() {
      failure(() -> assertThat(STAFF).isRequired()).withMessage("Expected outcome REQUIRED but was NOT_REQUIRED."
          + System.lineSeparator()
          + "The decision for 'Staff directory' on 2024-06-01: NOT_REQUIRED\n"
          + "  regimes: {Toy general regime=TRUE, Toy police regime=FALSE}\n"
          + "  ground: xx.below-threshold [TRUE] [TDPA art. 35(1)]\n"
          + "  criteria met: []");
    }

    @Test
    @DisplayName("an undetermined decision is shown with every ground that might decide and its missing facts")
    void undetermined() {
      failure(() -> assertThat(TOWN).isRequired())
          .withMessageContaining("The decision for 'Town-centre analytics' on 2024-06-01: UNDETERMINED")
          .withMessageContaining("regimes: {Toy general regime=UNKNOWN, Toy police regime=UNKNOWN}")
          .withMessageContaining("ground: xx.below-threshold [UNKNOWN] [TDPA art. 35(1)]")
          .withMessageContaining("ground: xx.two-criteria [UNKNOWN] [TDPA art. 35(1)]")
          .withMessageContaining("ground: xx.police-duty [TRUE] [TDPA art. 90]")
          .withMessageEndingWith("missing facts: [purpose.police, monitoring, combining]");
    }

    @Test
    @DisplayName("the test's own description comes first, as with every AssertJ assertion")
    void description() {
      failure(() -> assertThat(STAFF).as("the staff directory").isRequired())
          .withMessageStartingWith("[the staff directory] Expected outcome REQUIRED");
    }
  }

  /** What a user of dpia might write: an assertion of its own domain, built on the library's. */
  static final class TownDecisionAssert extends AbstractDecisionAssert<TownDecisionAssert> {
    TownDecisionAssert(Decision actual) {
      super(actual, TownDecisionAssert.class);
    }

    TownDecisionAssert runBy(String controller) {
      isNotNull();
      if (!actual.operation().controller().name().equals(controller)) {
        failWithMessage("Expected a processing run by %s.%n%s", controller, explain());
      }
      return myself;
    }
  }

  @Test
  @DisplayName("a user's own assertions extend the library's, chain with them and explain the decision the same way")
  void extended() {
    new TownDecisionAssert(POLICE_CAMERAS).runBy("Town of Xville").isRequired().underRegime(ToyRulebook.POLICE).runBy("Town of Xville");

    failure(() -> new TownDecisionAssert(FINGERPRINTS).isRequired().runBy("Town of Xville"))
        .withMessageStartingWith("Expected a processing run by Town of Xville.")
        .withMessageContaining("The decision for 'Fingerprint access control' on 2024-06-01: REQUIRED");
  }

  /** Each assertion, on a decision that satisfies it. */
  static Stream<Arguments> satisfied() {
    return Stream.of(
        satisfied("isRequired", FINGERPRINTS, DecisionAssert::isRequired),
        satisfied("isNotRequired", STAFF, DecisionAssert::isNotRequired),
        satisfied("isUndetermined", TOWN, DecisionAssert::isUndetermined),
        satisfied("hasOutcome", TOWN, a -> a.hasOutcome(Outcome.UNDETERMINED)),
        satisfied("underRegime(Regime)", FINGERPRINTS, a -> a.underRegime(ToyRulebook.GENERAL)),
        satisfied("underRegime(String)", POLICE_CAMERAS, a -> a.underRegime("xx.police")),
        satisfied("onGround(Rule)", FINGERPRINTS, a -> a.onGround(ToyRulebook.BIOMETRIC)),
        satisfied("onGround(String)", LOYALTY, a -> a.onGround("xx.two-criteria")),
        satisfied("onGround(GroundKind)", POLICE_CAMERAS, a -> a.onGround(GroundKind.HIGH_RISK_CASE)),
        satisfied("notOnGround(Rule)", LOYALTY, a -> a.notOnGround(ToyRulebook.BIOMETRIC)),
        satisfied("notOnGround(String)", TOWN, a -> a.notOnGround("xx.two-criteria")),
        satisfied("citing(Citation)", FINGERPRINTS, a -> a.citing(ToyRulebook.article("9"))),
        satisfied("citing(String)", POLICE_CAMERAS, a -> a.citing("TDPA art. 90")),
        satisfied("withCriteriaMet", POLICE_CAMERAS, a -> a.withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING)),
        satisfied("missing(Fact)", TOWN, a -> a.missing(ToyRulebook.MONITORING)),
        satisfied("missing(String)", TOWN, a -> a.missing("combining")),
        satisfied("mostDecisiveMissing", TOWN, a -> a.mostDecisiveMissing("purpose.police")),
        satisfied("advising(Advice)", LOYALTY, a -> a.advising(ToyRulebook.DOCUMENT_REBUTTAL)),
        satisfied("advising(String)", POLICE_CAMERAS, a -> a.advising("xx.consult")));
  }

  static Arguments satisfied(String name, Decision decision, UnaryOperator<DecisionAssert> assertion) {
    return Arguments.of(name, decision, assertion);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("satisfied")
  @DisplayName("every assertion that holds returns the assertion itself, so that a sentence can go on")
  void chains(String name, Decision decision, UnaryOperator<DecisionAssert> assertion) {
    DecisionAssert start = assertThat(decision);

    Assertions.assertThat(assertion.apply(start)).isSameAs(start);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("satisfied")
  @DisplayName("every assertion on no decision at all fails as AssertJ's do, rather than with a NullPointerException")
  void noDecision(String name, Decision decision, UnaryOperator<DecisionAssert> assertion) {
    failure(() -> assertion.apply(assertThat((Decision) null))).withMessageContaining("Expecting actual not to be null");
  }
}
