package org.dpia.rules.fr;

import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;

/**
 * Baseline operations with every fact known and no risk, so that a test changes one fact and sees
 * what that fact alone does. Each call returns a fresh builder.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A date on which every GDPR-side rule and both CNIL lists are in force. */
  public static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  public static final FrenchRulebook FRANCE = FrenchRulebook.create();

  /**
   * A company's customer file: GDPR regime, ordinary data, no criterion met except that large scale
   * is left to its derivation (unknown), which alone cannot reach two criteria. Decides NOT_REQUIRED
   * (below threshold) on {@link #TODAY}.
   */
  public static ProcessingOperation.Builder gdpr() {
    return ProcessingOperation.builder()
        .name("customer file")
        .controller(Controller.builder().name("ACME SAS").kind(StandardControllerKind.COMPANY).staff(50).build())
        .purposes(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .legalFrameworks(FactSet.none())
        .householdActivity(false)
        .profiling(false)
        .automatedDecisions(false)
        .systematicMonitoring(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .priorFormality(false)
        .period(ProcessingPeriod.since(LocalDate.of(2020, 1, 1)));
  }

  /**
   * A national police file of identities for investigations: police-justice regime, no sensitive
   * data, large scale asserted false, no criterion met. Decides NOT_REQUIRED on {@link #TODAY}.
   */
  public static ProcessingOperation.Builder police() {
    return gdpr()
        .name("investigation file")
        .controller(Controller.of("Police nationale", StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE))
        .purposes(StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
        .dataCategories(DataCategory.IDENTIFICATION)
        .dataSubjects(DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS)
        .places(FactSet.none())
        .assertCriterion(RiskCriterion.LARGE_SCALE, false);
  }
}
