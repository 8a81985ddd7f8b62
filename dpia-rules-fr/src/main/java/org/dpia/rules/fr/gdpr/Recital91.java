package org.dpia.rules.fr.gdpr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;

import java.util.Set;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * GDPR recital 91, in substance (its wording is not quoted here): the processing of patients' or
 * clients' personal data by an individual physician, other health care professional or lawyer
 * should not be considered to be on a large scale. WP248 rev.01's examples table applies it: such processing meets two criteria
 * (sensitive data, vulnerable subjects) yet a DPIA is not likely required. It makes WP248 criterion
 * 5 false and, as WP248 applies it, dispenses with a DPIA at the rank of the exempt list: it yields
 * to art. 35(3), the mandatory list and an explicit legal duty.
 *
 * <p>Verification: checked in substance; the dispensation is a reading (a recital is not binding).
 */
public final class Recital91 {
  private Recital91() {}

  /**
   * The categories that can describe a professional's patients or clients: patients and clients
   * themselves, and the situations they may be in (children, elderly persons, persons involved in
   * criminal matters…). The public at large, employees, suppliers, members and voters cannot.
   */
  private static final Set<DataSubjectCategory> PATIENTS_OR_CLIENTS = Set.of(
      DataSubjectCategory.PATIENTS, DataSubjectCategory.CUSTOMERS, DataSubjectCategory.CHILDREN,
      DataSubjectCategory.PUPILS, DataSubjectCategory.ELDERLY_PERSONS, DataSubjectCategory.ASYLUM_SEEKERS,
      DataSubjectCategory.MENTALLY_ILL_PERSONS, DataSubjectCategory.OTHER_VULNERABLE_PERSONS,
      DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS);

  /** Every data subject is one of the professional's patients or clients. */
  public static final Fact<ProcessingOperation> ONLY_PATIENTS_OR_CLIENTS = Fact.of("subjects.only-patients-or-clients",
      Text.of("the data subjects are only the professional's patients or clients (whatever their age or situation)",
          "les personnes concernées sont uniquement les patients ou les clients du professionnel (quels que soient leur âge ou leur situation)"),
      op -> op.dataSubjects().allMatch(PATIENTS_OR_CLIENTS::contains));

  /**
   * An individual physician, other health professional or lawyer processes only their patients' or
   * clients' data: only theirs, since the same professional's processing of other people's data is
   * judged as any other.
   */
  public static final Condition<ProcessingOperation> INDIVIDUAL_PROFESSIONAL_AND_OWN_PATIENTS_OR_CLIENTS = all(
      any(Facts.controller(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).holds(),
          Facts.controller(StandardControllerKind.INDIVIDUAL_LAWYER).holds()),
      ONLY_PATIENTS_OR_CLIENTS.holds());

  /** The dispensation, as WP248's examples table applies the recital. */
  public static final Rule<ProcessingOperation> RULE = Rule.named("gdpr.recital-91",
          Text.of("Patients' or clients' data processed by an individual physician, health professional or lawyer (recital 91)",
              "Données des patients ou clients traitées par un médecin, un professionnel de santé ou un avocat exerçant à titre individuel (considérant 91 du RGPD)"))
      .citing(Gdpr.recital("91"), Wp248.EXAMPLES_TABLE)
      .valid(Gdpr.IN_FORCE)
      .when(INDIVIDUAL_PROFESSIONAL_AND_OWN_PATIENTS_OR_CLIENTS);
}
