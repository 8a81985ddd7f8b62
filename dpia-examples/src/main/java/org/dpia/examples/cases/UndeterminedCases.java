package org.dpia.examples.cases;

import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;

/**
 * Cases where the facts given are not enough, and the decision says which facts would settle it
 * rather than guess. Unknown facts are left unknown on purpose, and only those.
 */
public final class UndeterminedCases {
  private UndeterminedCases() {}

  /** The day every case of this family is decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  /**
   * A supermarket chain profiles its loyalty-card holders from their purchases to send them
   * targeted offers, on which no decision of legal or similar effect rests (so art. 35(3)(a) does
   * not apply). Two facts are unknown: whether the profiles also use data from outside the
   * chain (item 10 of the CNIL's mandatory list: « profilage faisant appel à des données provenant
   * de sources externes »), and whether the processing is on a large scale (a second WP248
   * criterion besides evaluation). Either could make a DPIA required; if neither holds, it is not.
   */
  public static ProcessingOperation.Builder loyaltyProgrammeFacts() {
    return ProcessingOperation.builder()
        .name("Profiling of a supermarket chain's loyalty-card holders")
        .controller(Controller.of("Supermarket chain (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .legalFrameworks(FactSet.none())
        .profiling(true)
        .automatedDecisions(false)
        .decisionsOnEvaluation(false)
        .systematicMonitoring(false)
        .combinesDatasets(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false);
  }

  /** The loyalty programme, as a case. */
  public static Case loyaltyProgramme() {
    return Case.of("undetermined-loyalty-programme-profiling",
        "A supermarket chain profiles its loyalty-card holders; data sources and scale unknown",
        "CNIL délibération n° 2018-327, item 10; WP248 rev.01, two-criteria rule",
        loyaltyProgrammeFacts().build(), DECIDED)
        .expect(Outcome.UNDETERMINED).under(Gdpr.REGIME);
  }

  /** Every case of the family. */
  public static List<Case> all() {
    return List.of(loyaltyProgramme());
  }
}
