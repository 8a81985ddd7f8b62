package org.dpia.assertj;

import static org.dpia.core.logic.Conditions.atLeast;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.spi.AdviceRule;
import org.dpia.core.decision.spi.DeclaredRulebook;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * A small law written for these tests against dpia-core alone, so that the assertions are tested
 * on decisions and audits the engine really makes without depending on the French rulebook. The
 * Toy Data Protection Act (TDPA):
 *
 * <ul>
 *   <li>art. 1 and 2: the general regime governs every processing except police work, which the
 *       police regime governs;
 *   <li>art. 9: from 25 May 2018, processing biometric data requires a DPIA (the authority's list);
 *   <li>art. 35(1): two of the risk criteria of art. 35(3) — (a) scoring, (b) systematic
 *       monitoring, (c) combining datasets — make a DPIA required; fewer, none is;
 *   <li>art. 90: from 25 May 2018, every police processing requires a DPIA; art. 2-1: before, none did;
 *   <li>advice: consult the authority (art. 36) whenever a DPIA is required, and document the
 *       rebuttal of the presumption (art. 35(1)) where two criteria decided.
 * </ul>
 *
 * Articles 9 and 90, and 2 and 2-1, are cited on purpose: a citation given by its beginning must
 * not take one for the other.
 */
public final class ToyRulebook extends DeclaredRulebook {

  static final LocalDate IN_FORCE = LocalDate.of(2018, 5, 25);

  static final LegalSource TOY_ACT = LegalSource.builder()
      .id("xx.toy-act")
      .title("Toy Data Protection Act")
      .shortTitle("TDPA")
      .url("https://example.org/tdpa")
      .verification(Verification.CHECKED)
      .build();

  static Citation article(String article) {
    return Citation.of(TOY_ACT, article);
  }

  static Citation article(String article, String paragraph) {
    return Citation.builder().source(TOY_ACT).article(article).paragraph(paragraph).build();
  }

  static Citation article(String article, String paragraph, String point) {
    return Citation.builder().source(TOY_ACT).article(article).paragraph(paragraph).point(point).build();
  }

  static final Regime GENERAL = Regime.of("xx.general", Text.of("Toy general regime", "Régime général (jouet)"), article("1"));
  static final Regime POLICE = Regime.of("xx.police", "Toy police regime", article("2"));

  static final Fact<ProcessingOperation> POLICE_WORK = Fact.of("purpose.police", "a purpose is the prevention of criminal offences",
      op -> op.purposes().contains(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));
  static final Fact<ProcessingOperation> BIOMETRIC_DATA = Fact.of("data.biometric", "biometric data is processed",
      op -> op.dataCategories().contains(DataCategory.BIOMETRIC));
  static final Fact<ProcessingOperation> SCORING = Fact.of("scoring", "people are scored", ProcessingOperation::profiling);
  static final Fact<ProcessingOperation> MONITORING = Fact.of("monitoring", "people are monitored systematically",
      ProcessingOperation::systematicMonitoring);
  static final Fact<ProcessingOperation> COMBINING = Fact.of("combining", "datasets are combined", ProcessingOperation::combinesDatasets);

  static final Rule<ProcessingOperation> GENERAL_APPLIES = Rule.named("xx.regime.general", "Toy general regime: all but police work")
      .citing(article("1")).when(not(POLICE_WORK.holds()));
  static final Rule<ProcessingOperation> POLICE_APPLIES = Rule.named("xx.regime.police", "Toy police regime: police work")
      .citing(article("2")).when(POLICE_WORK.holds());

  static final Rule<ProcessingOperation> CRITERION_SCORING = Rule.named("xx.criterion.scoring", "Scoring")
      .citing(article("35", "3", "a")).when(SCORING.holds());
  static final Rule<ProcessingOperation> CRITERION_MONITORING = Rule.named("xx.criterion.monitoring", "Systematic monitoring")
      .citing(article("35", "3", "b")).when(MONITORING.holds());
  static final Rule<ProcessingOperation> CRITERION_COMBINING = Rule.named("xx.criterion.combining", "Combined datasets")
      .citing(article("35", "3", "c")).when(COMBINING.holds());
  static final List<Rule<ProcessingOperation>> CRITERIA = List.of(CRITERION_SCORING, CRITERION_MONITORING, CRITERION_COMBINING);

  static final Rule<ProcessingOperation> BIOMETRIC = Rule.named("xx.biometric", "Biometric data")
      .citing(article("9")).valid(DateRange.from(IN_FORCE)).when(BIOMETRIC_DATA.holds());
  static final Rule<ProcessingOperation> TWO_CRITERIA = Rule.named("xx.two-criteria", "Two risk criteria")
      .citing(article("35", "1")).when(atLeast(2, CRITERIA));
  static final Rule<ProcessingOperation> BELOW_THRESHOLD = Rule.named("xx.below-threshold", "Fewer than two risk criteria")
      .citing(article("35", "1")).when(not(atLeast(2, CRITERIA)));
  static final Rule<ProcessingOperation> POLICE_DUTY = Rule.named("xx.police-duty", "Every police processing")
      .citing(article("90")).valid(DateRange.from(IN_FORCE)).when(Conditions.constant(Truth.TRUE, "every police processing"));
  static final Rule<ProcessingOperation> NO_POLICE_DUTY = Rule.named("xx.no-police-duty", "No duty in force for the police")
      .citing(article("2-1")).when(Conditions.constant(Truth.TRUE, "nothing else applies"));

  static final Advice CONSULT = Advice.of("xx.consult", "Consult the authority where the risk stays high", article("36"));
  static final Advice DOCUMENT_REBUTTAL = Advice.of("xx.rebuttal", "Document why no high risk, to rebut the presumption",
      article("35", "1"));

  /** Declared out of WP248 order on purpose: what a decision finds must not depend on that order. */
  static final Map<RiskCriterion, Rule<ProcessingOperation>> CRITERIA_FOUND = new LinkedHashMap<>();

  static {
    CRITERIA_FOUND.put(RiskCriterion.MATCHING_OR_COMBINING_DATASETS, CRITERION_COMBINING);
    CRITERIA_FOUND.put(RiskCriterion.EVALUATION_OR_SCORING, CRITERION_SCORING);
    CRITERIA_FOUND.put(RiskCriterion.SYSTEMATIC_MONITORING, CRITERION_MONITORING);
  }

  static final Jurisdiction LAW = Jurisdiction.builder("xx", "1", Text.of("Toy rulebook"))
      .sources(List.of(TOY_ACT))
      .regime(GENERAL, GENERAL_APPLIES, Precedence.<ProcessingOperation>builder()
          .rank("mandatory list", "the authority's list binds the controller",
              Provision.requires(GroundKind.MANDATORY_LIST, BIOMETRIC))
          .rank("presumption", "two criteria make a high risk likely",
              Provision.requires(GroundKind.CRITERIA_PRESUMPTION, TWO_CRITERIA))
          .otherwise(Provision.dispenses(GroundKind.BELOW_THRESHOLD, BELOW_THRESHOLD)))
      .regime(POLICE, POLICE_APPLIES, Precedence.<ProcessingOperation>builder()
          .rank("police", "every police processing", Provision.requires(GroundKind.HIGH_RISK_CASE, POLICE_DUTY))
          .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NO_POLICE_DUTY)))
      .splitOn(List.of(POLICE_WORK), Conditions.constant(Truth.FALSE, "either regime may govern"))
      .criteria(CRITERIA_FOUND)
      .advice(
          AdviceRule.of(CONSULT, d -> d.outcome() == Outcome.REQUIRED),
          AdviceRule.of(DOCUMENT_REBUTTAL, d -> d.decidedOn(GroundKind.CRITERIA_PRESUMPTION)))
      .build();

  /** The toy law, as a rulebook. */
  public ToyRulebook() {
    super(LAW);
  }
}
