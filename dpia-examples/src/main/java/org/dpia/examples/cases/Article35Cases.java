package org.dpia.examples.cases;

import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;

/**
 * The cases GDPR art. 35(3) itself names — (a) a systematic and extensive evaluation with automated
 * decisions of legal or similarly significant effect, (b) special categories or criminal-offence
 * data on a large scale, (c) systematic monitoring of a publicly accessible area on a large scale —
 * and the exception of art. 35(10), which disapplies paragraphs 1 to 7, the CNIL's lists included.
 *
 * <p>The facts are illustrative. Every case is decided on {@link #DECIDED}, after the end of the
 * CNIL's transitional tolerance, so the day each processing started is left unknown.
 */
public final class Article35Cases {
  private Article35Cases() {}

  /** The day every case of this family is decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  /**
   * (a) An online lender grants or refuses consumer loans automatically, on a score computed from
   * the applicant's profile. A refusal also excludes the applicant from a contract, so item 8 of
   * the CNIL's mandatory list applies as well.
   */
  public static Case automatedCreditDecisions() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Automated decisions on online consumer-loan applications")
        .controller(Controller.of("Online lender (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.CREDIT_OR_FRAUD_SCORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .profiling(true)
        .extensiveEvaluation(true)
        .automatedDecisions(true)
        .decisionsOnEvaluation(true)
        .mayExcludeFromRightServiceOrContract(true)
        .build();
    return Case.of("gdpr-35-3-a-automated-credit-decisions",
        "An online lender decides automatically, on a profile score, whether to grant a loan", "RGPD art. 35(3)(a)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_A, MandatoryList.ITEM_8).under(Gdpr.REGIME);
  }

  /**
   * (b) A mutual health insurer processes its members' health data to reimburse their care. Large
   * scale is asserted, after WP243 rev.01's example of large-scale processing of customer data by an
   * insurance company in the regular course of its business; the two million members are
   * illustrative.
   */
  public static Case healthInsurerReimbursements() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Reimbursement of health care by a mutual insurer")
        .controller(Controller.of("Mutuelle santé (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .scale(Scale.builder()
            .dataSubjects(2_000_000)
            .geographicExtent(Scale.GeographicExtent.NATIONAL)
            .permanence(Scale.Permanence.PERMANENT)
            .build())
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .build();
    return Case.of("gdpr-35-3-b-health-insurer",
        "A mutual health insurer processes its two million members' health data", "RGPD art. 35(3)(b); WP243 rev.01, examples of large scale",
        op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_B).under(Gdpr.REGIME);
  }

  /**
   * (c) A metro operator films every station of a city, permanently: systematic monitoring of a
   * publicly accessible area, on a large scale after WP243 rev.01's example of a city's public
   * transport users.
   */
  public static Case metroStationsCctv() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("CCTV in every station of a city's metro")
        .controller(Controller.of("Metro operator (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.PROPERTY_PROTECTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .profiling(false)
        .automatedDecisions(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .build();
    return Case.of("gdpr-35-3-c-metro-cctv",
        "A metro operator films every station of a city, permanently", "RGPD art. 35(3)(c)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_C).under(Gdpr.REGIME);
  }

  /**
   * Art. 35(10): a public body keeps a health registry that a law requires and regulates, and whose
   * adoption carried a general data protection impact assessment (illustrative: no particular law is
   * meant). Without the exception, item 7 of the CNIL's mandatory list would require a DPIA; the
   * exception disapplies art. 35(1) to (7), the lists included.
   */
  public static Case registryUnderAssessedLaw() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Health registry kept under a law adopted with a general impact assessment")
        .controller(Controller.of("National public health agency (illustrative)", StandardControllerKind.PUBLIC_BODY))
        .purposes(StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .legalFrameworks(FactSet.none())
        .profiling(false)
        .automatedDecisions(false)
        .systematicMonitoring(false)
        .externalSources(true)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(true)
        .build();
    return Case.of("gdpr-35-10-assessed-legal-basis",
        "A public body keeps a health registry under a law whose adoption carried a general impact assessment",
        "RGPD art. 35(10)", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, Article35.ART_35_10).under(Gdpr.REGIME);
  }

  /** Every case of the family. */
  public static List<Case> all() {
    return List.of(automatedCreditDecisions(), healthInsurerReimbursements(), metroStationsCctv(), registryUnderAssessedLaw());
  }
}
