package org.dpia.benchmarks;

import org.dpia.rules.fr.FrenchTechnology;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.PurposeFamily;
import org.dpia.rules.fr.cnil.Referentiel2020081;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.statutes.Loi2023380;
import org.dpia.rules.fr.cnil.Guidelines2018326;
import org.dpia.rules.fr.cnil.Transition2018;
import org.dpia.rules.fr.lil.TitleIV;
import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.lil.Loi2018493;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.wp248.Wp248;
import org.dpia.rules.fr.FrenchControllerKind;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchPurpose;

/**
 * The FLOOR: the French rulebook's decision ({@code FrenchRulebook.decide(op, date).outcome()})
 * written as plain if/else over the operation's fields, with no trace, no grounds, no citations,
 * no criteria findings, no missing facts, and no allocation of its own (the model's {@code Optional}
 * accessors and set iterators still allocate a little). It exists only to show what the engine's
 * explanations cost; it is not part of the library and is not maintained as law.
 *
 * <p>It follows the rule files of {@code org.dpia.rules.fr} ({@code gdpr}, {@code wp248},
 * {@code cnil}, {@code eu}, {@code lil}, {@code statutes}), whose dates it reads rather than retypes,
 * and {@code Precedence.outcome} and the {@code Jurisdiction}'s combination of regimes (every filling-in
 * of unknown regime facts must agree): Kleene three-valued logic for unknown facts, ranks highest first,
 * the first rank that holds decides, an unknown higher rank with another effect makes the outcome
 * undetermined, and the fallback's effect is always possible. The benchmarks check in their
 * {@code @Setup} that it gives the rulebook's outcome on every gallery case.
 */
public final class HandCodedFrance {
  private HandCodedFrance() {}

  // ---- dates (the rules' validities, read from the rule files) -------------------------------------------------------------
  private static final LocalDate WP248_REV01 = Wp248.REV01;
  private static final LocalDate GDPR_APPLIES = Gdpr.APPLIES_FROM;
  private static final LocalDate TRANSPOSED = Loi2018493.TRANSPOSED_FROM;
  private static final LocalDate CNIL_MANDATORY = MandatoryList.APPLIES_FROM;
  private static final LocalDate LIL_REWRITE = Lil.REWRITE;
  private static final LocalDate CNIL_EXEMPT = ExemptList.APPLIES_FROM;
  private static final LocalDate TOLERANCE_LAST_DAY = Transition2018.TOLERANCE_LAST_DAY;
  private static final LocalDate DISPENSED_TOLERATED_FROM = Guidelines2018326.IN_FORCE_FROM;
  private static final LocalDate OLYMPIC_FROM = Loi2023380.EXPERIMENT_FROM;
  private static final LocalDate OLYMPIC_UNTIL = Loi2023380.EXPERIMENT_UNTIL;

  /** Whether a DPIA was mandatory for the operation on the date, as the French rulebook decides it. */
  public static Outcome outcome(ProcessingOperation op, LocalDate date) {
    return decide(op, date, null);
  }

  /**
   * The outcome, as {@link #outcome} gives it, and into {@code decisive} (if not null) the ids of
   * the rules that decided, as {@code Decision.decisiveRuleIds()} lists them: in each regime that
   * may govern (read with the unknown regime facts left unknown), the rules that hold in the rank
   * that decides, or the fallback's if nothing above holds and it does.
   */
  public static Outcome decide(ProcessingOperation op, LocalDate date, List<String> decisive) {
    Truth competent = competentAuthority(op);
    Truth criminal = criminalPurpose(op);
    Truth other = otherPurpose(op);
    Truth stateSecurityStated = op.purposes().anyTruth(p -> p.family()
        .map(f -> Truth.of(f == PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE)).orElse(UNKNOWN));
    // an exception to the GDPR's scope: not stated, not established
    Truth stateSecurity = stateSecurityStated == UNKNOWN ? FALSE : stateSecurityStated;
    Truth onBehalf = anyController(op, c -> c.kind()
        .map(k -> k == StandardControllerKind.PUBLIC_BODY && stateSecurityStated == TRUE ? TRUE : TitleIV.stateService(k))
        .orElse(UNKNOWN));
    boolean known = competent != UNKNOWN && criminal != UNKNOWN && other != UNKNOWN && stateSecurity != UNKNOWN
        && onBehalf != UNKNOWN;
    if (known || decisive != null) {
      Outcome kleene = combined(op, date, competent, criminal, other, stateSecurity, onBehalf, decisive);
      if (known) {
        return kleene;
      }
    }
    // Which regime governs is not known: the outcome is definite only if every way the regime
    // facts could be filled in (with at least one purpose) gives the same definite outcome.
    Outcome agreed = null;
    for (int mask = 0; mask < 32; mask++) {
      Truth c = fill(competent, mask, 1);
      Truth k = fill(criminal, mask, 2);
      Truth o = fill(other, mask, 4);
      Truth s = fill(stateSecurity, mask, 8);
      Truth b = fill(onBehalf, mask, 16);
      if (c == null || k == null || o == null || s == null || b == null || (k == FALSE && o == FALSE && s == FALSE)) {
        continue;
      }
      Outcome outcome = combined(op, date, c, k, o, s, b, null);
      if (outcome == Outcome.UNDETERMINED || (agreed != null && agreed != outcome)) {
        return Outcome.UNDETERMINED;
      }
      agreed = outcome;
    }
    return agreed == null ? Outcome.UNDETERMINED : agreed;
  }

  /** A known fact stays as it is (once, for the mask without its bit); an unknown one takes the bit's value. */
  private static Truth fill(Truth known, int mask, int bit) {
    if (known != UNKNOWN) {
      return (mask & bit) == 0 ? known : null;
    }
    return (mask & bit) != 0 ? TRUE : FALSE;
  }

  /**
   * Each regime that may govern contributes "applies and required" (Regimes). Without ids to
   * collect, a regime is skipped once a DPIA is known required; with them, each is read.
   */
  private static Outcome combined(ProcessingOperation op, LocalDate date, Truth competent, Truth criminal, Truth other,
      Truth stateSecurityPurpose, Truth onBehalfOfTheState, List<String> ids) {
    Truth stateSecurity = stateSecurityPurpose.and(onBehalfOfTheState);
    Truth required = FALSE;
    Truth policeJustice = competent.and(criminal);
    if (policeJustice != FALSE) {
      required = required.or(policeJustice.and(policeJustice(op, date, ids)));
    }
    Truth gdpr = other.or(criminal.and(competent.not())).or(stateSecurityPurpose.and(onBehalfOfTheState.not()));
    if (gdpr != FALSE && (required != TRUE || ids != null)) {
      required = required.or(gdpr.and(gdpr(op, date, ids)));
    }
    if (stateSecurity != FALSE && (required != TRUE || ids != null)) {
      required = required.or(stateSecurity.and(stateSecurity(op, date, ids)));
    }
    return required == TRUE ? Outcome.REQUIRED : required == FALSE ? Outcome.NOT_REQUIRED : Outcome.UNDETERMINED;
  }

  /** The provision's truth, its id noted if it holds and ids are collected. */
  private static Truth held(Truth t, String id, List<String> ids) {
    if (t == TRUE && ids != null) {
      ids.add(id);
    }
    return t;
  }

  /** Whether, after a rank, the outcome is already open either way (only when no ids are collected: the engine reads on). */
  private static boolean openEitherWay(boolean mayRequire, boolean mayDispense, List<String> ids) {
    return ids == null && mayRequire && mayDispense;
  }

  // ---- the precedences ---------------------------------------------------------------------------
  // Each returns TRUE (required), FALSE (not required) or UNKNOWN (undetermined). mayRequire and
  // mayDispense are the effects still possible from higher ranks whose rules are unknown.

  private static Truth gdpr(ProcessingOperation op, LocalDate date, List<String> ids) {
    boolean mayRequire = false;
    boolean mayDispense = false;
    Truth t;

    // scope: no personal data, household activity not excluded by the facts (dispense)
    t = held(personalData(op).not(), "gdpr.2-1.no-personal-data", ids)
        .or(held(household(op).and(notPurelyPersonal(op).not()), "gdpr.2-2-c.household", ids));
    if (t == TRUE) {
      return FALSE;
    } else if (t == UNKNOWN) {
      mayDispense = true;
    }
    // in force: before 25 May 2018 (dispense)
    if (date.isBefore(GDPR_APPLIES)) {
      held(TRUE, "gdpr.99-2.not-yet-applicable", ids);
      return mayRequire ? UNKNOWN : FALSE;
    }
    // explicit legal duty (require)
    t = held(olympic(op, date), "fr.loi-2023-380.art-10", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    } else if (t == UNKNOWN) {
      mayRequire = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // exceptions: art. 35(10), the CNIL's pre-2018 tolerance, extended to processing dispensed
    // from formality by délibération n° 2018-326 (dispense)
    t = held(notStatedIsFalse(Article35.LEGAL_BASIS_ASSESSED.read(op, date)), "gdpr.35-10", ids);
    if ((t != TRUE || ids != null) && !date.isAfter(TOLERANCE_LAST_DAY)) {
      Truth before = notStatedIsFalse(startedBeforeGdpr(op)).and(op.substantiallyModified().not());
      t = t.or(held(before.and(notStatedIsFalse(op.priorFormality())), "fr.cnil.transition.pre-2018", ids));
      if (!date.isBefore(DISPENSED_TOLERATED_FROM)) {
        t = t.or(held(before.and(notStatedIsFalse(op.dispensedFromFormality())), "fr.cnil.2018-326.pre-2018-dispensed", ids));
      }
    }
    if (t == TRUE) {
      return mayRequire ? UNKNOWN : FALSE;
    } else if (t == UNKNOWN) {
      mayDispense = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // art. 35(3) and the CNIL mandatory list (require)
    t = art35_3(op, date, ids);
    if ((t != TRUE || ids != null) && !date.isBefore(CNIL_MANDATORY)) {
      t = t.or(mandatoryList(op, date, ids));
    }
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    } else if (t == UNKNOWN) {
      mayRequire = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // the CNIL exempt list and recital 91 (dispense)
    Truth exempt = date.isBefore(CNIL_EXEMPT) ? FALSE : exemptList(op, ids);
    t = exempt.or(held(recital91(op), "gdpr.recital-91", ids));
    if (t == TRUE) {
      return mayRequire ? UNKNOWN : FALSE;
    } else if (t == UNKNOWN) {
      mayDispense = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // two or more WP248 criteria (require); otherwise below the threshold (dispense)
    t = held(atLeastTwoCriteria(op, date), "gdpr.35-1.two-criteria", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    }
    held(t.not(), "gdpr.35-1.below-threshold", ids);
    if (t == UNKNOWN) {
      return UNKNOWN;
    }
    return mayRequire ? UNKNOWN : FALSE;
  }

  private static Truth policeJustice(ProcessingOperation op, LocalDate date, List<String> ids) {
    boolean mayRequire = false;
    boolean mayDispense = false;
    Truth t;

    // scope: no personal data (dispense)
    t = held(personalData(op).not(), "gdpr.2-1.no-personal-data", ids);
    if (t == TRUE) {
      return FALSE;
    } else if (t == UNKNOWN) {
      mayDispense = true;
    }
    // not yet transposed: before 22 June 2018 (dispense)
    if (date.isBefore(TRANSPOSED)) {
      held(TRUE, "fr.police-justice.not-yet-transposed", ids);
      return FALSE;
    }
    // explicit legal duty (require)
    t = held(olympic(op, date), "fr.loi-2023-380.art-10", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    } else if (t == UNKNOWN) {
      mayRequire = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // sensitive data, LIL art. 90 or former chapter XIII (require)
    boolean lil90 = !date.isBefore(LIL_REWRITE);
    t = held(specialData(op), lil90 ? "fr.lil.90.sensitive-data" : "fr.loi-2018-493.sensitive-data", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    } else if (t == UNKNOWN) {
      mayRequire = true;
    }
    if (openEitherWay(mayRequire, mayDispense, ids)) {
      return UNKNOWN;
    }
    // two or more WP248 criteria (require); otherwise below the threshold (dispense)
    t = held(atLeastTwoCriteria(op, date), lil90 ? "fr.lil.90.two-criteria" : "fr.loi-2018-493.two-criteria", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    }
    held(t.not(), "fr.police-justice.below-threshold", ids);
    if (t == UNKNOWN) {
      return UNKNOWN;
    }
    return mayRequire ? UNKNOWN : FALSE;
  }

  private static Truth stateSecurity(ProcessingOperation op, LocalDate date, List<String> ids) {
    Truth t = held(personalData(op).not(), "gdpr.2-1.no-personal-data", ids);
    if (t == TRUE) {
      return FALSE;
    }
    boolean mayDispense = t == UNKNOWN;
    t = held(olympic(op, date), "fr.loi-2023-380.art-10", ids);
    if (t == TRUE) {
      return mayDispense ? UNKNOWN : TRUE;
    }
    // fallback: no DPIA provision (dispense), which always holds
    held(TRUE, "fr.lil.title-iv.no-dpia", ids);
    return t == UNKNOWN ? UNKNOWN : FALSE;
  }

  // ---- rules -------------------------------------------------------------------------------------

  /** Loi n° 2023-380 art. 10, 31 August 2023 to 31 March 2025. */
  private static Truth olympic(ProcessingOperation op, LocalDate date) {
    if (date.isBefore(OLYMPIC_FROM) || date.isAfter(OLYMPIC_UNTIL)) {
      return FALSE;
    }
    Truth t = has(op.legalFrameworks(), FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT);
    return t == FALSE ? FALSE : t.and(has(op.technologies(), StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS));
  }

  /** GDPR art. 35(3)(a), (b), (c), from 25 May 2018. */
  private static Truth art35_3(ProcessingOperation op, LocalDate date, List<String> ids) {
    Truth decisions = op.decisionsOnEvaluation() != UNKNOWN ? op.decisionsOnEvaluation()
        : op.automatedDecisions() == FALSE ? FALSE : UNKNOWN;
    Truth a = held(extensiveEvaluation(op).and(decisions), "gdpr.35-3-a", ids);
    if (a == TRUE && ids == null) {
      return TRUE;
    }
    Truth large = largeScale(op, date);
    Truth b = held(specialData(op).or(criminalData(op)).and(large), "gdpr.35-3-b", ids);
    if (b == TRUE && ids == null) {
      return TRUE;
    }
    Truth c = has(op.places(), StandardPlace.PUBLICLY_ACCESSIBLE_AREA).and(large);
    if (c != FALSE) {
      c = c.and(systematicMonitoring(op, date));
    }
    held(c, "gdpr.35-3-c", ids);
    return a.or(b).or(c);
  }

  /** The CNIL's mandatory list, délibération n° 2018-327, items 1 to 14 (from 7 November 2018). */
  private static Truth mandatoryList(ProcessingOperation op, LocalDate date, List<String> ids) {
    Truth health = has(op.dataCategories(), DataCategory.HEALTH);
    Truth profiling = profiling(op);
    Truth mayExclude = op.mayExcludeFromRightServiceOrContract();
    Truth vulnerable = vulnerable(op);
    Truth r = FALSE;
    String item = "fr.cnil.2018-327.item-";
    // 1. health data, health or medico-social establishment, patient care
    r = r.or(held(health.and(controllerIs(op, StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
        .and(purpose(op, StandardPurpose.PATIENT_CARE)), item + 1, ids));
    // 2. genetic data of vulnerable persons
    r = r.or(held(has(op.dataCategories(), DataCategory.GENETIC).and(vulnerable), item + 2, ids));
    // 3. profiling for human resources management
    r = r.or(held(profiling.and(purpose(op, StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)), item + 3, ids));
    // 4. constant monitoring of employees
    r = r.or(held(purpose(op, StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING).and(continuous(op)), item + 4, ids));
    // 5, 6. social and health alerts; professional alerts
    r = r.or(held(purpose(op, StandardPurpose.SOCIAL_AND_HEALTH_ALERTS), item + 5, ids));
    r = r.or(held(purpose(op, StandardPurpose.PROFESSIONAL_ALERTS), item + 6, ids));
    if (r == TRUE && ids == null) {
      return TRUE;
    }
    // 7. health data warehouse or registry
    r = r.or(held(health.and(purpose(op, StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY)), item + 7, ids));
    // 8. profiling that may exclude from a contract
    r = r.or(held(profiling.and(mayExclude), item + 8, ids));
    // 9. pooled records of contractual breaches
    r = r.or(held(purpose(op, FrenchPurpose.POOLED_CONTRACTUAL_BREACH_RECORDS).and(mayExclude), item + 9, ids));
    // 10. profiling with external sources
    r = r.or(held(profiling.and(op.externalSources()), item + 10, ids));
    // 11. biometric data of vulnerable persons
    r = r.or(held(biometricData(op).and(vulnerable), item + 11, ids));
    // 12. social housing
    r = r.or(held(purpose(op, FrenchPurpose.SOCIAL_HOUSING), item + 12, ids));
    // 13. social or medico-social support
    r = r.or(held(purpose(op, StandardPurpose.SOCIAL_SUPPORT), item + 13, ids));
    if (r == TRUE && ids == null) {
      return TRUE;
    }
    // 14. location data on a large scale
    Truth location = locationData(op);
    return r.or(held(location == FALSE ? FALSE : location.and(largeScale(op, date)), item + 14, ids));
  }

  /** The CNIL's exempt list, délibération n° 2019-118, items 1 to 10 and its two further cases (from 23 October 2019). */
  private static Truth exemptList(ProcessingOperation op, List<String> ids) {
    FactSet<Purpose> purposes = op.purposes();
    Truth r = FALSE;
    String item = "fr.cnil.2019-118.item-";
    // 1. staff management, fewer than 250 employees, no profiling
    r = r.or(held(only(purposes, StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .and(fewerThan250Staff(op)).and(profiling(op).not()), item + 1, ids));
    // 2. supplier relationship management
    r = r.or(held(only(purposes, StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT), item + 2, ids));
    // 3. a commune's electoral roll
    r = r.or(held(only(purposes, FrenchPurpose.COMMUNE_ELECTORAL_ROLL), item + 3, ids));
    // 4. works council
    r = r.or(held(only(purposes, FrenchPurpose.WORKS_COUNCIL_ACTIVITIES), item + 4, ids));
    // 5. non-profit members and donors, no special data
    r = r.or(held(controllerIs(op, StandardControllerKind.NON_PROFIT_ORGANISATION)
        .and(only(purposes, StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT)).and(specialData(op).not()), item + 5, ids));
    // 6. individual health professional, patient care
    r = r.or(held(controllerIs(op, StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL)
        .and(only(purposes, StandardPurpose.PATIENT_CARE)), item + 6, ids));
    // 7. individual lawyer
    r = r.or(held(controllerIs(op, StandardControllerKind.INDIVIDUAL_LAWYER).and(only(purposes, StandardPurpose.LEGAL_PRACTICE)),
        item + 7, ids));
    // 8. commercial court clerk
    r = r.or(held(controllerIs(op, FrenchControllerKind.COMMERCIAL_COURT_CLERK)
        .and(only(purposes, FrenchPurpose.COMMERCIAL_COURT_REGISTRY)), item + 8, ids));
    // 9. notary
    r = r.or(held(controllerIs(op, FrenchControllerKind.NOTARY).and(only(purposes, FrenchPurpose.NOTARIAL_PRACTICE)), item + 9, ids));
    if (r == TRUE && ids == null) {
      return TRUE;
    }
    // 10. school and childhood services of legal persons
    r = r.or(held(naturalPerson(op).not().and(only(purposes, StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)), item + 10, ids));
    // breathalysers
    r = r.or(held(only(purposes, FrenchPurpose.IMPAIRED_DRIVING_PREVENTION), "fr.cnil.2019-118.breathalysers", ids));
    // access control and working time, without biometrics, sensitive or highly personal data
    Truth accessOrTime = allIn(purposes, StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT);
    if (accessOrTime != FALSE) {
      Truth biometricTech = op.technologies().anyTruth(Technology::identifiesBiometrically);
      r = r.or(held(accessOrTime.and(biometricData(op).not()).and(biometricTech.not()).and(sensitiveOrHighlyPersonal(op).not()),
          "fr.cnil.2019-118.access-control-and-working-time", ids));
    }
    return r;
  }

  /** Recital 91: an individual physician, health professional or lawyer, and only their patients or clients. */
  private static Truth recital91(ProcessingOperation op) {
    Truth individual = controllerIs(op, StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL)
        .or(controllerIs(op, StandardControllerKind.INDIVIDUAL_LAWYER));
    if (individual == FALSE) {
      return FALSE;
    }
    FactSet<DataSubjectCategory> subjects = op.dataSubjects();
    Truth only = subjects.isComplete() ? TRUE : UNKNOWN;
    for (DataSubjectCategory s : subjects.known()) {
      if (!PATIENTS_OR_CLIENTS.contains(s)) {
        only = FALSE;
        break;
      }
    }
    return individual.and(only);
  }

  private static final Set<DataSubjectCategory> PATIENTS_OR_CLIENTS = Set.of(
      DataSubjectCategory.PATIENTS, DataSubjectCategory.CUSTOMERS, DataSubjectCategory.CHILDREN,
      DataSubjectCategory.PUPILS, DataSubjectCategory.ELDERLY_PERSONS, DataSubjectCategory.ASYLUM_SEEKERS,
      DataSubjectCategory.MENTALLY_ILL_PERSONS, DataSubjectCategory.OTHER_VULNERABLE_PERSONS,
      DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS);

  // ---- WP248 criteria ----------------------------------------------------------------------------

  /** At least two of the nine criteria: true when two are known met, false when fewer than two could be. */
  private static Truth atLeastTwoCriteria(ProcessingOperation op, LocalDate date) {
    if (date.isBefore(WP248_REV01)) {
      return FALSE;
    }
    int met = 0;
    int possible = 0;
    for (RiskCriterion c : CRITERIA) {
      Truth t = criterion(op, date, c);
      if (t == TRUE && ++met == 2) {
        return TRUE;
      }
      if (t != FALSE) {
        possible++;
      }
    }
    return possible < 2 ? FALSE : UNKNOWN;
  }

  private static final RiskCriterion[] CRITERIA = RiskCriterion.values();

  private static Truth criterion(ProcessingOperation op, LocalDate date, RiskCriterion c) {
    return switch (c) {
      case EVALUATION_OR_SCORING -> stated(op, c, profiling(op));
      case AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT -> stated(op, c, op.automatedDecisions());
      case SYSTEMATIC_MONITORING -> systematicMonitoring(op, date);
      case SENSITIVE_OR_HIGHLY_PERSONAL_DATA -> stated(op, c, sensitiveOrHighlyPersonal(op));
      case LARGE_SCALE -> largeScale(op, date);
      case MATCHING_OR_COMBINING_DATASETS -> stated(op, c, op.combinesDatasets());
      case VULNERABLE_DATA_SUBJECTS -> stated(op, c, vulnerable(op));
      case INNOVATIVE_USE_OF_TECHNOLOGY -> stated(op, c, innovativeTechnology(op, date));
      case PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE -> stated(op, c, op.mayExcludeFromRightServiceOrContract());
    };
  }

  /** The caller's assertion wins over the derivation. */
  private static Truth stated(ProcessingOperation op, RiskCriterion c, Truth derived) {
    if (op.assertedCriteria().isEmpty()) {
      return derived;
    }
    Boolean asserted = op.assertedCriteria().get(c);
    return asserted == null ? derived : asserted ? TRUE : FALSE;
  }

  /** 3. Stated, or a monitoring technology in a publicly accessible area. */
  private static Truth systematicMonitoring(ProcessingOperation op, LocalDate date) {
    if (date.isBefore(WP248_REV01)) {
      return FALSE;
    }
    Truth stated = op.systematicMonitoring();
    if (stated == TRUE) {
      return stated(op, RiskCriterion.SYSTEMATIC_MONITORING, TRUE);
    }
    Truth derived = stated.or(monitoringTechnology(op).and(has(op.places(), StandardPlace.PUBLICLY_ACCESSIBLE_AREA)));
    return stated(op, RiskCriterion.SYSTEMATIC_MONITORING, derived);
  }

  /** 5. Not an individual professional's patients or clients, and the general public of a whole city, permanently. */
  private static Truth largeScale(ProcessingOperation op, LocalDate date) {
    if (date.isBefore(WP248_REV01)) {
      return FALSE;
    }
    Truth individual = recital91(op);
    Truth derived;
    if (individual == TRUE) {
      derived = FALSE;
    } else {
      Truth example = has(op.dataSubjects(), DataSubjectCategory.GENERAL_PUBLIC).and(cityWide(op)).and(permanent(op));
      Truth fifty = atLeast(op, 50_000);
      Truth sensitive = date.isBefore(Referentiel2020081.IN_FORCE_FROM) ? FALSE
          : specialData(op).or(criminalData(op)).and(atLeast(op, 10_001));
      Truth commune = communeVideoProtection(op);
      // "or no number is given in the law": unknown unless a source settles it
      Truth settled = example.or(fifty).or(sensitive).or(commune);
      derived = individual.not().and(settled == TRUE ? TRUE : UNKNOWN);
    }
    return stated(op, RiskCriterion.LARGE_SCALE, derived);
  }

  // ---- facts -------------------------------------------------------------------------------------

  private static Truth atLeast(ProcessingOperation op, long people) {
    return op.scale().dataSubjects().isPresent() ? Truth.of(op.scale().dataSubjects().getAsLong() >= people) : UNKNOWN;
  }

  /** A commune or its municipal police filming publicly accessible places (CNIL 2021; CE Beaucaire 2024). */
  private static Truth communeVideoProtection(ProcessingOperation op) {
    Truth commune = anyController(op, c -> c.kind()
        .map(k -> k == StandardControllerKind.LOCAL_AUTHORITY || k == StandardControllerKind.MUNICIPAL_POLICE ? TRUE
            : k instanceof StandardControllerKind ? FALSE : UNKNOWN)
        .orElse(UNKNOWN));
    return commune.and(has(op.technologies(), StandardTechnology.VIDEO_SURVEILLANCE))
        .and(has(op.places(), StandardPlace.PUBLICLY_ACCESSIBLE_AREA));
  }

  private static Truth personalData(ProcessingOperation op) {
    return op.dataCategories().known().isEmpty() ? op.personalData() : TRUE;
  }

  /** The household exemption, as stated; not stated, not established. */
  private static Truth household(ProcessingOperation op) {
    return op.householdActivity() == UNKNOWN ? FALSE : op.householdActivity();
  }

  /** A professional controller or purpose, a framework set by law, or cameras filming a public space (Ryneš). */
  private static Truth notPurelyPersonal(ProcessingOperation op) {
    Truth professional = anyController(op, c -> c.kind().map(ControllerKind::professional).orElse(UNKNOWN));
    Truth professionalPurpose = op.purposes().anyTruth(p -> p.family()
        .map(f -> Truth.of(f != PurposeFamily.PERSONAL_OR_HOUSEHOLD)).orElse(UNKNOWN));
    FactSet<LegalFramework> frameworks = op.legalFrameworks();
    Truth namedLaw = frameworks.isComplete() || !frameworks.known().isEmpty() ? Truth.of(!frameworks.known().isEmpty()) : UNKNOWN;
    Truth camerasOnPublicSpace = monitoringTechnology(op).and(has(op.places(), StandardPlace.PUBLICLY_ACCESSIBLE_AREA));
    return professional.or(professionalPurpose).or(namedLaw).or(camerasOnPublicSpace);
  }

  /** Some controller (or joint controller) has the property. */
  private static Truth anyController(ProcessingOperation op, java.util.function.Function<Controller, Truth> property) {
    Truth r = FALSE;
    for (Controller c : op.controllers()) {
      r = r.or(property.apply(c));
    }
    return r;
  }

  /** Every controller (and joint controller) has the property. */
  private static Truth allControllers(ProcessingOperation op, java.util.function.Function<Controller, Truth> property) {
    Truth r = TRUE;
    for (Controller c : op.controllers()) {
      r = r.and(property.apply(c));
    }
    return r;
  }

  private static Truth naturalPerson(ProcessingOperation op) {
    return allControllers(op, c -> c.kind().isPresent() ? c.kind().get().naturalPerson() : UNKNOWN);
  }

  private static Truth controllerIs(ProcessingOperation op, ControllerKind kind) {
    return allControllers(op, c -> c.kind().isEmpty() ? UNKNOWN : c.kind().get().equals(kind) ? TRUE : FALSE);
  }

  private static Truth fewerThan250Staff(ProcessingOperation op) {
    return allControllers(op, c -> c.staff().isPresent() ? (c.staff().getAsInt() < 250 ? TRUE : FALSE) : UNKNOWN);
  }

  private static Truth competentAuthority(ProcessingOperation op) {
    return anyController(op, c -> {
      if (c.kind().isEmpty()) {
        return UNKNOWN;
      }
      ControllerKind kind = c.kind().get();
      if (kind == StandardControllerKind.LOCAL_AUTHORITY) {
        // a commune pursuing a criminal-law purpose does so as a competent authority (CE, Beaucaire, 2024)
        return criminalPurpose(op) == TRUE ? TRUE : UNKNOWN;
      }
      return Directive2016680.competentAuthority(kind);
    });
  }

  private static Truth criminalPurpose(ProcessingOperation op) {
    return op.purposes().anyTruth(Directive2016680::criminalPurpose);
  }

  private static Truth otherPurpose(ProcessingOperation op) {
    return op.purposes().anyTruth(p -> p.family()
        .map(f -> Truth.of(f != PurposeFamily.CRIMINAL_LAW_ENFORCEMENT && f != PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE))
        .orElse(UNKNOWN));
  }

  /** A stated purpose is this one, a purpose the rules do not know counting by its family. */
  private static Truth purpose(ProcessingOperation op, Purpose named) {
    return op.purposes().anyTruth(p -> Facts.is(p, named));
  }

  /** An exception the controller must establish: unknown is not established. */
  private static Truth notStatedIsFalse(Truth t) {
    return t == UNKNOWN ? FALSE : t;
  }

  private static Truth startedBeforeGdpr(ProcessingOperation op) {
    if (op.period().start().isEmpty()) {
      return UNKNOWN;
    }
    return op.period().start().get().isBefore(GDPR_APPLIES) ? TRUE : FALSE;
  }

  private enum Kind { SPECIAL, CRIMINAL, SENSITIVE }

  private static Truth anyData(FactSet<DataCategory> data, Kind kind) {
    for (DataCategory c : data.known()) {
      boolean match = kind == Kind.SPECIAL ? c.isSpecialCategory()
          : kind == Kind.CRIMINAL ? c.isCriminalOffenceData() : c.isSensitiveOrHighlyPersonal();
      if (match) {
        return TRUE;
      }
    }
    return data.isComplete() ? FALSE : UNKNOWN;
  }

  private static Truth specialData(ProcessingOperation op) {
    return anyData(op.dataCategories(), Kind.SPECIAL).or(biometricTechnology(op));
  }

  private static Truth sensitiveOrHighlyPersonal(ProcessingOperation op) {
    return anyData(op.dataCategories(), Kind.SENSITIVE).or(biometricTechnology(op)).or(locationTechnology(op));
  }

  private static Truth biometricData(ProcessingOperation op) {
    return has(op.dataCategories(), DataCategory.BIOMETRIC).or(biometricTechnology(op));
  }

  private static Truth locationData(ProcessingOperation op) {
    return has(op.dataCategories(), DataCategory.LOCATION).or(locationTechnology(op));
  }

  private static Truth criminalData(ProcessingOperation op) {
    return anyData(op.dataCategories(), Kind.CRIMINAL);
  }

  private static Truth vulnerable(ProcessingOperation op) {
    FactSet<DataSubjectCategory> subjects = op.dataSubjects();
    for (DataSubjectCategory s : subjects.known()) {
      if (s.isVulnerable()) {
        return TRUE;
      }
    }
    return subjects.isComplete() ? FALSE : UNKNOWN;
  }

  /** Evaluated or scored: stated, or implied by an extensive evaluation. */
  private static Truth profiling(ProcessingOperation op) {
    return op.extensiveEvaluation() == TRUE ? TRUE : op.profiling();
  }

  /** Art. 35(3)(a)'s extensive evaluation: stated, else false without any profiling. */
  private static Truth extensiveEvaluation(ProcessingOperation op) {
    Truth stated = op.extensiveEvaluation();
    return stated != UNKNOWN ? stated : op.profiling() == FALSE ? FALSE : UNKNOWN;
  }

  /** Item 4's constant monitoring: stated, else permanent yes, one-off or periodic no, temporary unknown. */
  private static Truth continuous(ProcessingOperation op) {
    if (op.continuous() != UNKNOWN) {
      return op.continuous();
    }
    return op.scale().permanence().map(p -> switch (p) {
      case PERMANENT -> TRUE;
      case ONE_OFF, PERIODIC -> FALSE;
      case TEMPORARY -> UNKNOWN;
    }).orElse(UNKNOWN);
  }

  private static Truth permanent(ProcessingOperation op) {
    Scale scale = op.scale();
    return scale.permanence().isPresent() ? (scale.permanence().get() == Scale.Permanence.PERMANENT ? TRUE : FALSE) : UNKNOWN;
  }

  private static Truth cityWide(ProcessingOperation op) {
    Scale scale = op.scale();
    return scale.geographicExtent().isPresent()
        ? (scale.geographicExtent().get().compareTo(Scale.GeographicExtent.CITY) >= 0 ? TRUE : FALSE)
        : UNKNOWN;
  }

  private static Truth monitoringTechnology(ProcessingOperation op) {
    return op.technologies().anyTruth(Technology::observesPeople);
  }

  private static Truth innovativeTechnology(ProcessingOperation op, LocalDate date) {
    return op.technologies().anyTruth(t -> Wp248.innovative(t, date));
  }

  /** A technology known to identify people biometrically (never false on its own). */
  private static Truth biometricTechnology(ProcessingOperation op) {
    return op.technologies().anyTruth(Technology::identifiesBiometrically) == TRUE ? TRUE : FALSE;
  }

  /** A technology known to locate people (never false on its own). */
  private static Truth locationTechnology(ProcessingOperation op) {
    return op.technologies().anyTruth(Technology::locatesPeople) == TRUE ? TRUE : FALSE;
  }

  /** The item is in the set: true if known, false if the set is complete without it. */
  private static <T> Truth has(FactSet<T> set, T item) {
    return set.contains(item);
  }


  /** Every purpose is this one. */
  private static Truth only(FactSet<Purpose> purposes, Purpose allowed) {
    return purposes.allTruth(p -> Facts.is(p, allowed));
  }

  /** Every purpose is one of these two. */
  private static Truth allIn(FactSet<Purpose> purposes, Purpose a, Purpose b) {
    return purposes.allTruth(p -> Facts.is(p, a).or(Facts.is(p, b)));
  }
}
