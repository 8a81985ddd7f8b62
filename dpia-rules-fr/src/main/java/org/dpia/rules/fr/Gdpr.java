package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.constant;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;

/**
 * GDPR (Regulation (EU) 2016/679) art. 2 (scope), art. 35 (the DPIA) and art. 99(2) (date of
 * application), with the LIL Title II provisions that refer to them (art. 62, from 1 June 2019).
 */
public final class Gdpr {
  private Gdpr() {}

  /** The GDPR applies from 25 May 2018 (art. 99(2)). */
  public static final LocalDate APPLIES_FROM = LocalDate.of(2018, 5, 25);

  /** The rewritten LIL (Titles II and III) is in force from 1 June 2019 (ord. n° 2018-1125, art. 29; décret n° 2019-536). */
  public static final LocalDate LIL_REWRITE = LocalDate.of(2019, 6, 1);

  static final Validity IN_FORCE = Validity.from(APPLIES_FROM);

  static final String ART_35_1_FR =
      "Lorsqu'un type de traitement, en particulier par le recours à de nouvelles technologies, et compte tenu de la "
          + "nature, de la portée, du contexte et des finalités du traitement, est susceptible d'engendrer un risque élevé "
          + "pour les droits et libertés des personnes physiques, le responsable du traitement effectue, avant le "
          + "traitement, une analyse de l'impact des opérations de traitement envisagées sur la protection des données à "
          + "caractère personnel.";

  static final Citation ART_35_1 = Citation.builder().source(Sources.GDPR).article("35").paragraph("1").wording(ART_35_1_FR).build();

  /** Outside the material scope: no personal data is processed (GDPR art. 2(1), art. 4(1)). */
  public static final Rule<ProcessingOperation> NO_PERSONAL_DATA = Rule.named("gdpr.2-1.no-personal-data", "No personal data is processed")
      .citing(Sources.gdpr("2", "1", null), Sources.gdpr("4", "1", null))
      .when(not(Facts.PERSONAL_DATA.holds()));

  /** Outside the material scope: a purely personal or household activity (GDPR art. 2(2)(c)). */
  public static final Rule<ProcessingOperation> HOUSEHOLD = Rule.named("gdpr.2-2-c.household", "Purely personal or household activity")
      .citing(Sources.gdpr("2", "2", "c"))
      .when(Facts.HOUSEHOLD.holds());

  /** Before 25 May 2018 the GDPR did not apply, so no DPIA duty under it existed (art. 99(2)). */
  public static final Rule<ProcessingOperation> NOT_YET_APPLICABLE = Rule.named("gdpr.99-2.not-yet-applicable",
          "The GDPR did not yet apply: no DPIA duty existed (prior formalities with the CNIL applied instead)")
      .citing(Sources.gdpr("99", "2", null))
      .valid(Validity.until(APPLIES_FROM.minusDays(1)))
      .when(constant(Truth.TRUE, "the date is before 25 May 2018"));

  /**
   * Art. 35(10): processing under art. 6(1)(c) or (e) whose legal basis regulates it and whose
   * adoption carried a general impact assessment is exempt from paragraphs 1 to 7, unless the Member
   * State deems a DPIA necessary (which an explicit legal duty expresses; it ranks above).
   */
  public static final Rule<ProcessingOperation> ART_35_10 = Rule.named("gdpr.35-10",
          "Legal basis adopted with a general impact assessment (art. 35(10))")
      .citing(Sources.gdpr("35", "10", null))
      .valid(IN_FORCE)
      .when(Facts.LEGAL_BASIS_ASSESSED.holds());

  /**
   * Art. 35(3)(a): a systematic and extensive evaluation of personal aspects based on automated
   * processing, including profiling, on which decisions producing legal or similarly significant
   * effects are based. Encoded as: profiling, and automated decisions with such effects.
   */
  public static final Rule<ProcessingOperation> ART_35_3_A = Rule.named("gdpr.35-3-a",
          "Systematic and extensive evaluation with decisions producing legal or similarly significant effects (art. 35(3)(a))")
      .citing(Sources.gdpr("35", "3", "a"), Sources.gdpr("22", null, null))
      .valid(IN_FORCE)
      .when(all(Facts.PROFILING.holds(), Facts.AUTOMATED_DECISIONS.holds()));

  /** Art. 35(3)(b): processing on a large scale of special categories (art. 9(1)) or of criminal-offence data (art. 10). */
  public static final Rule<ProcessingOperation> ART_35_3_B = Rule.named("gdpr.35-3-b",
          "Large-scale processing of special categories or criminal-offence data (art. 35(3)(b))")
      .citing(Sources.gdpr("35", "3", "b"))
      .valid(IN_FORCE)
      .when(all(any(Facts.SPECIAL_DATA.holds(), Facts.CRIMINAL_DATA.holds()), Criteria.LARGE_SCALE));

  /** Art. 35(3)(c): a systematic monitoring of a publicly accessible area on a large scale. */
  public static final Rule<ProcessingOperation> ART_35_3_C = Rule.named("gdpr.35-3-c",
          "Systematic monitoring of a publicly accessible area on a large scale (art. 35(3)(c))")
      .citing(Sources.gdpr("35", "3", "c"))
      .valid(IN_FORCE)
      .when(all(Facts.PUBLIC_AREA.holds(), Criteria.SYSTEMATIC_MONITORING, Criteria.LARGE_SCALE));

  /**
   * GDPR recital 91, as WP248 rev.01 applies it in its examples table: the processing of patients'
   * or clients' data by an individual physician, other health care professional or lawyer is not on
   * a large scale, and WP248 answers that no DPIA is likely required although the example meets two
   * criteria (sensitive data, vulnerable subjects). It dispenses like the exempt list: it yields to
   * art. 35(3), the mandatory list and an explicit legal duty. A recital is not binding: a reading.
   */
  public static final Rule<ProcessingOperation> RECITAL_91 = Rule.named("gdpr.recital-91",
          "Patients' or clients' data processed by an individual physician, health professional or lawyer (recital 91)")
      .citing(Sources.gdprRecital("91"), Sources.wp248("examples table"))
      .valid(IN_FORCE)
      .when(all(
          any(Facts.controller(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).holds(),
              Facts.controller(StandardControllerKind.INDIVIDUAL_LAWYER).holds()),
          Facts.ONLY_PATIENTS_OR_CLIENTS.holds()));

  /**
   * Art. 35(1) as read by WP248 rev.01 and the CNIL: a processing meeting two or more of the nine
   * criteria is presumed likely to result in a high risk. A presumption: the controller may document
   * why it is not.
   */
  public static final Rule<ProcessingOperation> PRESUMPTION = Rule.named("gdpr.35-1.two-criteria",
          "Two or more WP248 criteria met: high risk presumed (art. 35(1))")
      .citing(ART_35_1, Sources.wp248("two-criteria rule"))
      .valid(IN_FORCE)
      .when(Criteria.atLeastTwo());

  /** Fewer than two criteria: no presumption of high risk (a DPIA remains advisable when in doubt). */
  public static final Rule<ProcessingOperation> BELOW_THRESHOLD = Rule.named("gdpr.35-1.below-threshold",
          "Fewer than two WP248 criteria met: no high risk presumed (art. 35(1))")
      .citing(ART_35_1, Sources.wp248("two-criteria rule"))
      .valid(IN_FORCE)
      .when(not(Criteria.atLeastTwo()));
}
