package org.dpia.core.decision.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.core.Fixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Presumption;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.report.Report;
import org.dpia.core.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The burden of proof: an exception the controller must establish is read as not established when
 * the description does not state it, the decision is definite, and it says what it rests on.
 */
@DisplayName("Exceptions the controller must establish")
class PresumptionsTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  /** The exception: a law adopted with its own assessment (read from legalBasisAssessed), presumed not to apply. */
  static final Fact<ProcessingOperation> ASSESSED_LAW = Fact.presumed("assessed-law",
      Text.of("the processing rests on a law adopted with its own impact assessment", "le traitement repose sur une loi adoptée avec sa propre analyse d'impact"),
      Truth.FALSE, (op, date) -> op.legalBasisAssessed());
  static final Fact<ProcessingOperation> MONITORING = Fact.of("monitoring", "people are monitored", ProcessingOperation::systematicMonitoring);

  static final Rule<ProcessingOperation> EXCEPTION = Rule.named("pp.exception", "A law with its own assessment").citing(article("10"))
      .when(ASSESSED_LAW.holds());
  static final Rule<ProcessingOperation> DUTY = Rule.named("pp.duty", "Monitoring").citing(article("3")).when(MONITORING.holds());
  static final Rule<ProcessingOperation> NONE = Rule.named("pp.none", "Nothing else").citing(article("1"))
      .when(Conditions.constant(Truth.TRUE, "always"));
  static final Regime REGIME = Regime.of("pp", Text.of("Toy", "Jouet"), article("1"));

  static final Jurisdiction LAW = Jurisdiction.builder("pp", "1", Text.of("Presumptions"))
      .regime(REGIME, Rule.named("pp.governs", "Always").citing(article("1")).when(Conditions.constant(Truth.TRUE, "always")),
          Precedence.<ProcessingOperation>builder()
              .rank("exception", "the exception prevails", Provision.dispenses(GroundKind.LEGAL_EXCEPTION, EXCEPTION))
              .rank("duty", "monitoring requires a DPIA", Provision.requires(GroundKind.STATUTORY_CASE, DUTY))
              .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NONE)))
      .build();

  static ProcessingOperation monitoring(Truth assessed) {
    return ProcessingOperation.builder().name("cameras").controller(Controller.of("ACME", StandardControllerKind.COMPANY))
        .systematicMonitoring(true).legalBasisAssessed(assessed).build();
  }

  @Test
  @DisplayName("an exception nobody invoked is read as not established: the decision is definite and lists it")
  void notInvokedIsNotEstablished() {
    Decision d = LAW.decide(monitoring(Truth.UNKNOWN), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.missingFacts()).isEmpty();
    assertThat(d.presumptions()).singleElement().satisfies(p -> {
      assertThat(p.factId()).isEqualTo("assessed-law");
      assertThat(p.presumed()).isEqualTo(Truth.FALSE);
      assertThat(p.established()).isEqualTo(Truth.TRUE);
      assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED);
    });
    assertThat(d.trace().presumedFacts()).containsOnlyKeys("assessed-law");
  }

  @Test
  @DisplayName("established by an answer or stated in the description, it applies; stated false, nothing is presumed")
  void establishedOrStated() {
    assertThat(LAW.decide(monitoring(Truth.UNKNOWN), DAY, Map.of("assessed-law", Truth.TRUE)).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(LAW.decide(monitoring(Truth.TRUE), DAY).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    Decision stated = LAW.decide(monitoring(Truth.FALSE), DAY);
    assertThat(stated.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(stated.presumptions()).isEmpty();
  }

  @Test
  @DisplayName("a presumption whose establishment would change nothing is not listed")
  void irrelevantPresumptionNotListed() {
    ProcessingOperation quiet = ProcessingOperation.builder().from(monitoring(Truth.UNKNOWN)).systematicMonitoring(false).build();

    Decision d = LAW.decide(quiet, DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.presumptions()).isEmpty();
  }

  @Test
  @DisplayName("each presumption comes with its question: the answer that establishes it gives the other outcome")
  void questionsForPresumptions() {
    Decision d = LAW.decide(monitoring(Truth.UNKNOWN), DAY);

    List<Question> questions = Question.forPresumptions(d, Locale.ENGLISH, Optional.empty());

    assertThat(questions).singleElement().satisfies(q -> {
      assertThat(q.factId()).isEqualTo("assessed-law");
      assertThat(q.text()).isEqualTo("Is it so that the processing rests on a law adopted with its own impact assessment?");
      assertThat(q.ifYes()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(q.ifNo()).isEqualTo(Outcome.REQUIRED);
      assertThat(q.references()).contains(article("10"));
    });
    assertThat(Question.forPresumptions(d, Locale.FRENCH, Optional.empty()).get(0).text())
        .isEqualTo("le traitement repose sur une loi adoptée avec sa propre analyse d'impact ?");
    assertThat(Question.forDecision(d, Locale.ENGLISH, Optional.empty())).as("not a missing fact").isEmpty();
  }

  @Test
  @DisplayName("the report says which exceptions were assumed not to apply, in English and in French")
  void reported() {
    Decision d = LAW.decide(monitoring(Truth.UNKNOWN), DAY);

    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d))
        .contains("Exceptions assumed not to apply")
        .contains("the processing rests on a law adopted with its own impact assessment — not established; if established: DPIA NOT REQUIRED");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(d))
        .contains("Exceptions présumées ne pas s'appliquer")
        .contains("non établi ; si c'était établi : AIPD NON OBLIGATOIRE");
  }

  /** An exception with two conditions, each the controller's to establish (read from priorFormality and dispensedFromFormality). */
  static final Fact<ProcessingOperation> DECLARED = Fact.presumed("declared", Text.of("the processing was declared"), Truth.FALSE,
      (op, date) -> op.priorFormality());
  static final Fact<ProcessingOperation> UNCHANGED = Fact.presumed("unchanged", Text.of("the processing is unchanged since"), Truth.FALSE,
      (op, date) -> op.dispensedFromFormality());
  static final Jurisdiction TWO_CONDITIONS = Jurisdiction.builder("pq", "1", Text.of("Two conditions"))
      .regime(REGIME, Rule.named("pq.governs", "Always").citing(article("1")).when(Conditions.constant(Truth.TRUE, "always")),
          Precedence.<ProcessingOperation>builder()
              .rank("tolerance", "a tolerance", Provision.dispenses(GroundKind.TRANSITIONAL,
                  Rule.named("pq.tolerance", "Declared and unchanged").citing(article("2"))
                      .when(Conditions.all(DECLARED.holds(), UNCHANGED.holds()))))
              .rank("duty", "monitoring requires a DPIA", Provision.requires(GroundKind.STATUTORY_CASE, DUTY))
              .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NONE)))
      .build();

  @Test
  @DisplayName("the conditions of one exception are listed together: neither alone would change the outcome")
  void conditionsListedTogether() {
    Decision d = TWO_CONDITIONS.decide(monitoring(Truth.UNKNOWN), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.presumptions()).extracting(Presumption::factId).containsExactly("declared", "unchanged");
    assertThat(d.presumptions()).allSatisfy(p -> {
      assertThat(p.changesAlone()).isFalse();
      assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED);
    });
    assertThat(d.presumptions().get(0).alongWith()).containsExactly("unchanged");
    assertThat(TWO_CONDITIONS.decide(monitoring(Truth.UNKNOWN), DAY, Map.of("declared", Truth.TRUE, "unchanged", Truth.TRUE)).outcome())
        .isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(Question.forPresumptions(d, Locale.ENGLISH, Optional.empty())).as("not asked alone").isEmpty();
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d))
        .contains("the processing was declared — not established; if established (together with the processing is unchanged since): DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("a presumption is true or false, never unknown")
  void presumptionIsKnown() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Presumption.builder()
        .factId("x").description(Text.of("x")).presumed(Truth.UNKNOWN).ifEstablished(Outcome.REQUIRED).build());
  }
}
