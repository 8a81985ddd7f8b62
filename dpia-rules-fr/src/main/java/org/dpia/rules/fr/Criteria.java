package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.constant;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;

/**
 * The nine criteria of WP248 rev.01 (its criteria 1 to 9), as the
 * CNIL applies them (délibération n° 2018-327 builds its list on them), derived from the facts.
 *
 * <p>A caller may assert a criterion as a conclusion ({@code assertCriterion}); the assertion then
 * wins over the derivation and the trace says so. When the facts do not settle a criterion and it
 * was not asserted, the fact {@code criterion.<name>} ("is this criterion met?") is reported as
 * missing, so a questionnaire can ask the conclusion directly.
 *
 * <p>Where the guidelines give no number ("large scale"), none is invented: large scale is derived
 * only where an official example settles it (see {@link #LARGE_SCALE}); otherwise it stays unknown.
 */
public final class Criteria {
  private Criteria() {}

  /** WP248 rev.01 was adopted on 4 October 2017. */
  static final LocalDate WP248_REV01 = LocalDate.of(2017, 10, 4);

  private static Rule<ProcessingOperation> criterion(RiskCriterion c, Condition<ProcessingOperation> derived, Citation... more) {
    Rule.Draft draft = Rule.named("wp248.criterion-" + c.number(), "WP248 criterion " + c.number() + ": " + c.label())
        .citing(Sources.wp248("criterion " + c.number()))
        .citing(more)
        .valid(Validity.from(WP248_REV01));
    return draft.when(assertedOr(c, derived));
  }

  /** The fact id under which a criterion may be asserted or assumed. */
  public static String factId(RiskCriterion c) {
    return "criterion." + Facts.slug(c.name());
  }

  private static Condition<ProcessingOperation> assertedOr(RiskCriterion c, Condition<ProcessingOperation> derived) {
    String id = factId(c);
    String label = "criterion " + c.number() + " (" + c.label() + ") is met";
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<ProcessingOperation> context) {
        Truth stated = stated(context);
        if (stated != null) {
          boolean assumed = context.assumption(id).isPresent();
          return Trace.asserted(id, label + (assumed ? " (assumed)" : " (asserted by the caller)"), stated);
        }
        Trace t = derived.evaluate(context);
        if (t.truth().isKnown()) {
          return t;
        }
        Trace ask = Trace.fact(id, label, Truth.UNKNOWN, false);
        return Trace.combination(Trace.Kind.ANY, "derived from the facts, or stated", Truth.UNKNOWN, List.of(t, ask));
      }

      @Override
      public Truth truth(Context<ProcessingOperation> context) {
        Truth stated = stated(context);
        return stated != null ? stated : derived.truth(context);
      }

      private Truth stated(Context<ProcessingOperation> context) {
        Map<String, Truth> assumptions = context.assumptions();
        Truth assumed = assumptions.isEmpty() ? null : assumptions.get(id);
        if (assumed != null) {
          return assumed;
        }
        Boolean asserted = context.input().assertedCriteria().get(c);
        return asserted == null ? null : Truth.of(asserted);
      }
    };
  }

  /** 1. Evaluation or scoring, including profiling and predicting. */
  public static final Rule<ProcessingOperation> EVALUATION_OR_SCORING =
      criterion(RiskCriterion.EVALUATION_OR_SCORING, Facts.PROFILING.holds());

  /** 2. Automated decision-making with legal or similar significant effect. */
  public static final Rule<ProcessingOperation> AUTOMATED_DECISION =
      criterion(RiskCriterion.AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, Facts.AUTOMATED_DECISIONS.holds());

  /**
   * 3. Systematic monitoring: stated, or derived from a monitoring technology (cameras, analytics,
   * trackers) used in a publicly accessible area, which WP248 names as systematic monitoring.
   */
  public static final Rule<ProcessingOperation> SYSTEMATIC_MONITORING = criterion(
      RiskCriterion.SYSTEMATIC_MONITORING,
      any(Facts.SYSTEMATIC_MONITORING.holds(), all(Facts.MONITORING_TECHNOLOGY.holds(), Facts.PUBLIC_AREA.holds())));

  /** 4. Sensitive data or data of a highly personal nature (art. 9, art. 10, location, communications, financial…). */
  public static final Rule<ProcessingOperation> SENSITIVE_DATA = criterion(
      RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, Facts.SENSITIVE_OR_HIGHLY_PERSONAL.holds(),
      Sources.gdpr("9", "1", null), Sources.gdpr("10", null, null));

  /**
   * 5. Large scale. Not large scale: an individual physician, health professional or lawyer
   * processing the data of patients or clients (GDPR recital 91; WP243 rev.01 examples) — only
   * theirs: the same professional's processing of other people's data is judged as any other. Large scale: a
   * permanent processing of the general public over at least a whole city, after WP243 rev.01's
   * example of the travel data of a city's public transport users. Otherwise, since no number is
   * given in the law, it stays unknown unless the caller asserts it.
   */
  public static final Rule<ProcessingOperation> LARGE_SCALE = criterion(
      RiskCriterion.LARGE_SCALE,
      all(
          not(all(
              any(
                  Facts.controller(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).holds(),
                  Facts.controller(StandardControllerKind.INDIVIDUAL_LAWYER).holds()),
              Facts.ONLY_PATIENTS_OR_CLIENTS.holds())),
          any(
              all(Facts.GENERAL_PUBLIC.holds(), Facts.CITY_WIDE.holds(), Facts.PERMANENT.holds()),
              constant(Truth.UNKNOWN, "no number is given in the law: large scale is otherwise a judgement on the WP248 factors"))),
      Sources.gdprRecital("91"),
      Citation.builder().source(Sources.WP243).item("examples of large-scale processing").build());

  /** 6. Matching or combining datasets. */
  public static final Rule<ProcessingOperation> MATCHING_DATASETS =
      criterion(RiskCriterion.MATCHING_OR_COMBINING_DATASETS, Facts.COMBINES_DATASETS.holds());

  /** 7. Data concerning vulnerable data subjects. */
  public static final Rule<ProcessingOperation> VULNERABLE_SUBJECTS =
      criterion(RiskCriterion.VULNERABLE_DATA_SUBJECTS, Facts.VULNERABLE_SUBJECTS.holds(), Sources.gdprRecital("75"));

  /** 8. Innovative use or applying new technological or organisational solutions. */
  public static final Rule<ProcessingOperation> INNOVATIVE_USE = criterion(
      RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY, Facts.INNOVATIVE_TECHNOLOGY.holds(), Citation.of(Sources.CNIL_AUGMENTED_CAMERAS));

  /** 9. The processing in itself prevents data subjects from exercising a right or using a service or a contract. */
  public static final Rule<ProcessingOperation> PREVENTS_RIGHT_OR_SERVICE =
      criterion(RiskCriterion.PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, Facts.MAY_EXCLUDE.holds());

  /** The nine criteria, in WP248 order. */
  public static final List<Rule<ProcessingOperation>> ALL = List.of(
      EVALUATION_OR_SCORING, AUTOMATED_DECISION, SYSTEMATIC_MONITORING, SENSITIVE_DATA, LARGE_SCALE,
      MATCHING_DATASETS, VULNERABLE_SUBJECTS, INNOVATIVE_USE, PREVENTS_RIGHT_OR_SERVICE);

  private static final Map<RiskCriterion, Rule<ProcessingOperation>> BY_CRITERION = new EnumMap<>(RiskCriterion.class);

  static {
    for (RiskCriterion c : RiskCriterion.values()) {
      BY_CRITERION.put(c, ALL.get(c.number() - 1));
    }
  }

  /** The rule that derives a criterion. */
  public static Rule<ProcessingOperation> rule(RiskCriterion criterion) {
    return BY_CRITERION.get(criterion);
  }

  /** At least two of the nine criteria are met. */
  static Condition<ProcessingOperation> atLeastTwo() {
    return Conditions.atLeast(2, ALL);
  }

  /** The finding for each criterion in the context, in WP248 order. */
  static List<CriterionFinding> findings(Context<ProcessingOperation> context) {
    List<CriterionFinding> findings = new ArrayList<>(ALL.size());
    for (RiskCriterion c : RiskCriterion.values()) {
      Trace t = BY_CRITERION.get(c).evaluate(context);
      boolean asserted = t.kind() == Trace.Kind.RULE && t.children().get(0).kind() == Trace.Kind.ASSERTED;
      findings.add(asserted ? CriterionFinding.asserted(c, t) : CriterionFinding.derived(c, t));
    }
    return findings;
  }
}
