package org.dpia.core.decision;

import static org.dpia.core.Fixtures.article;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.Fixtures;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Requirement;
import org.dpia.core.decision.spi.DeclaredRulebook;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * A second jurisdiction, written against core alone, registered with {@link java.util.ServiceLoader}
 * in the test resources: the proof that a rulebook needs no machinery of its own. Two regimes (a
 * toy GDPR, and a toy police regime for criminal-law purposes), three rules and a precedence each:
 * from 25 May 2018, processing biometric data requires a DPIA under the toy GDPR (toy act, art. 9),
 * every police processing of personal data requires one (art. 27), and otherwise none is required
 * (art. 35).
 */
public final class ToyRulebook extends DeclaredRulebook {

  static final LocalDate IN_FORCE = LocalDate.of(2018, 5, 25);

  /** The toy GDPR regime. */
  public static final Regime TOY_GDPR = Regime.of("xx.gdpr", Text.of("Toy data protection", "Protection des données (jouet)"), article("1"));
  static final Regime TOY_POLICE = Regime.of("xx.police", "Toy police data protection", article("2"));

  static final Fact<ProcessingOperation> BIOMETRIC = Fact.of(
      "data.biometric", "the processing concerns biometric data",
      op -> op.dataCategories().contains(DataCategory.BIOMETRIC));

  static final Fact<ProcessingOperation> POLICE_PURPOSE = Fact.of(
      "purpose.police", "a purpose is the prevention and detection of criminal offences",
      op -> op.purposes().contains(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));

  static final Rule<ProcessingOperation> GDPR_APPLIES = Rule.named("xx.regime.gdpr", "Toy GDPR: every other purpose")
      .citing(article("1")).when(not(POLICE_PURPOSE.holds()));

  static final Rule<ProcessingOperation> POLICE_APPLIES = Rule.named("xx.regime.police", "Toy police regime: criminal-law purposes")
      .citing(article("2")).when(POLICE_PURPOSE.holds());

  static final Rule<ProcessingOperation> BIOMETRIC_RULE = Rule.named("xx.biometric", "Biometric data")
      .citing(article("9"))
      .valid(DateRange.from(IN_FORCE))
      .when(BIOMETRIC.holds());

  static final Rule<ProcessingOperation> POLICE_RULE = Rule.named("xx.police", "Police processing")
      .citing(article("27"))
      .valid(DateRange.from(IN_FORCE))
      .when(Conditions.constant(Truth.TRUE, "every police processing"));

  static final Rule<ProcessingOperation> NO_DUTY_RULE = Rule.named("xx.no-duty", "No rule requires a DPIA")
      .citing(article("35"))
      .when(Conditions.constant(Truth.TRUE, "nothing else applies"));

  static final Precedence<ProcessingOperation> PRECEDENCE = Precedence.<ProcessingOperation>builder()
      .rank("mandatory list", "the list binds the controller (toy act, art. 35(4))",
          Provision.requires(GroundKind.MANDATORY_LIST, BIOMETRIC_RULE))
      .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NO_DUTY_RULE));

  static final Precedence<ProcessingOperation> POLICE_PRECEDENCE = Precedence.<ProcessingOperation>builder()
      .rank("police", "the toy act, art. 27, requires a DPIA for every police processing",
          Provision.requires(GroundKind.HIGH_RISK_CASE, POLICE_RULE))
      .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NO_DUTY_RULE));

  static final Jurisdiction LAW = declared("xx").build();

  /** A provision of the toy act in force from 25 May 2018. */
  public static Citation inForce(String article, String paragraph, String point) {
    Citation.Builder c = Citation.builder().source(Fixtures.TOY_ACT).article(article).paragraph(paragraph).validity(DateRange.from(IN_FORCE));
    return (point.isEmpty() ? c : c.point(point)).build();
  }

  /**
   * What the toy GDPR requires of a DPIA: before processing (art. 35(1)), the DPO's advice (35(2)),
   * four parts (35(7)(a) to (d)), a review after a change (35(11)), the authority consulted on a
   * high residual risk (36(1)). The toy police regime requires only that it be done in time.
   */
  public static final List<Requirement> REQUIREMENTS = List.of(
      Requirement.of(TOY_GDPR, BreachReason.NO_DPIA, inForce("35", "1", "")),
      Requirement.of(TOY_GDPR, BreachReason.LATE, inForce("35", "1", "")),
      Requirement.of(TOY_GDPR, BreachReason.DOES_NOT_COVER_VERSION, inForce("35", "1", "")),
      Requirement.content(TOY_GDPR, DpiaElement.DESCRIPTION, inForce("35", "7", "a")),
      Requirement.content(TOY_GDPR, DpiaElement.NECESSITY_AND_PROPORTIONALITY, inForce("35", "7", "b")),
      Requirement.content(TOY_GDPR, DpiaElement.RISK_ASSESSMENT, inForce("35", "7", "c")),
      Requirement.content(TOY_GDPR, DpiaElement.MEASURES, inForce("35", "7", "d")),
      Requirement.of(TOY_GDPR, BreachReason.DPO_NOT_CONSULTED, inForce("35", "2", "")),
      Requirement.of(TOY_GDPR, BreachReason.PRIOR_CONSULTATION_MISSING, inForce("36", "1", "")),
      Requirement.of(TOY_GDPR, BreachReason.NOT_REVIEWED_AFTER_CHANGE, inForce("35", "11", "")),
      Requirement.of(TOY_POLICE, BreachReason.LATE, inForce("27", "1", "")));

  /** The toy rulebook with its requirements: what audits of a DPIA's content and procedure run against. */
  public static final Rulebook DEMANDING = new DeclaredRulebook(declared("xx.demanding").requirements(REQUIREMENTS)
      // a purpose is police or not: the regimes split on it
      .splitOn(List.of(POLICE_PURPOSE), Conditions.constant(Truth.FALSE, "no combination is impossible"))
      .build()) {};

  private static Jurisdiction.Builder declared(String id) {
    return Jurisdiction.builder(id, "1", Text.of("Toy rulebook"))
        .sources(List.of(Fixtures.TOY_ACT))
        .regime(TOY_GDPR, GDPR_APPLIES, PRECEDENCE)
        .regime(TOY_POLICE, POLICE_APPLIES, POLICE_PRECEDENCE);
  }

  /** Public and without arguments, for the service loader. */
  public ToyRulebook() {
    super(LAW);
  }
}
