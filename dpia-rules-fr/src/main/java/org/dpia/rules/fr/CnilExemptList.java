package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;

/**
 * The CNIL's list of the types of processing for which no DPIA is required (GDPR art. 35(5)):
 * délibération n° 2019-118 du 12 septembre 2019, published in the JORF on 22 October 2019, applied
 * from the next day (2019-10-23). Twelve items, each with its own carve-outs (profiling, sensitive data,
 * biometrics), which take a processing out of the item. An item never overrides art. 35(3), the
 * mandatory list or an explicit legal duty (see the precedence in {@link FrenchRulebook}), and it
 * leaves every other obligation, such as art. 32 security, intact.
 *
 * <p>Items 1 to 10 are quoted in French. Items 11 (breathalysers) and 12 (physical access control
 * and working time, without biometrics) are encoded in substance: their exact wording and their
 * numbering could not be confirmed.
 */
public final class CnilExemptList {
  private CnilExemptList() {}

  /** Published in the JORF on 22 October 2019. */
  public static final LocalDate PUBLISHED = LocalDate.of(2019, 10, 22);

  /**
   * In force from the day after publication, as a published administrative act that
   * fixes no date (code civil art. 1): a reading, the deliberation's own text not having been checked.
   */
  public static final LocalDate APPLIES_FROM = PUBLISHED.plusDays(1);

  static final Validity IN_FORCE = Validity.from(APPLIES_FROM);

  private static Rule<ProcessingOperation> item(int n, String title, String wording, Condition<ProcessingOperation> when) {
    return Rule.named("fr.cnil.2019-118.item-" + n, "CNIL exempt list, item " + n + ": " + title)
        .citing(Sources.item(Sources.CNIL_2019_118, n, wording), Sources.gdpr("35", "5", null))
        .valid(IN_FORCE)
        .when(when);
  }

  private static Condition<ProcessingOperation> only(String id, String description, StandardPurpose... purposes) {
    return Facts.onlyPurposes(id, description, Set.of(purposes)).holds();
  }

  /** 1. Human resources only, staff management of bodies employing fewer than 250 people, except profiling. */
  public static final Rule<ProcessingOperation> ITEM_1 = item(1, "staff management of a body with fewer than 250 employees, without profiling",
      "Traitements, mis en œuvre uniquement à des fins de ressources humaines et dans les conditions prévues par les textes applicables, pour la seule gestion du personnel des organismes qui emploient moins de 250 personnes, à l'exception du recours au profilage.",
      all(only("human-resources", "human resources management", StandardPurpose.HUMAN_RESOURCES_MANAGEMENT),
          Facts.FEWER_THAN_250_STAFF.holds(),
          not(Facts.PROFILING.holds())));

  /** 2. Supplier relationship management. */
  public static final Rule<ProcessingOperation> ITEM_2 = item(2, "supplier relationship management",
      "Traitements de gestion de la relation fournisseurs.",
      only("supplier-relationship", "supplier relationship management", StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT));

  /** 3. A commune's electoral roll, under the texts that govern it. */
  public static final Rule<ProcessingOperation> ITEM_3 = item(3, "a commune's electoral roll",
      "Traitements mis en œuvre dans les conditions prévues par les textes relatifs à la gestion du fichier électoral des communes.",
      Facts.onlyPurposes("electoral-roll", "the management of a commune's electoral roll", Set.of(FrenchPurpose.COMMUNE_ELECTORAL_ROLL)).holds());

  /** 4. Works council activities. */
  public static final Rule<ProcessingOperation> ITEM_4 = item(4, "works council activities",
      "Traitements destinés à la gestion des activités des comités d'entreprise et d'établissement.",
      Facts.onlyPurposes("works-council", "the management of works council activities", Set.of(FrenchPurpose.WORKS_COUNCIL_ACTIVITIES)).holds());

  /** 5. A non-profit body's members and donors, where the data is not sensitive. */
  public static final Rule<ProcessingOperation> ITEM_5 = item(5, "a non-profit body's members and donors, without sensitive data",
      "Traitements mis en œuvre par une association, une fondation ou toute autre institution sans but lucratif pour la gestion de ses membres et de ses donateurs dans le cadre de ses activités habituelles dès lors que les données ne sont pas sensibles.",
      all(Facts.controller(StandardControllerKind.NON_PROFIT_ORGANISATION).holds(),
          only("members-and-donors", "the management of members and donors", StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT),
          not(Facts.SPECIAL_DATA.holds())));

  /** 6. Health data for a patient's care by a health professional practising individually. */
  public static final Rule<ProcessingOperation> ITEM_6 = item(6, "patient care by a health professional practising individually",
      "Traitements de données de santé nécessaires à la prise en charge d'un patient par un professionnel de santé exerçant à titre individuel au sein d'un cabinet médical, d'une officine de pharmacie ou d'un laboratoire de biologie médicale.",
      all(Facts.controller(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).holds(),
          only("patient-care", "the care of patients", StandardPurpose.PATIENT_CARE)));

  /** 7. Lawyers practising individually. */
  public static final Rule<ProcessingOperation> ITEM_7 = item(7, "a lawyer practising individually",
      "Traitements mis en œuvre par les avocats dans le cadre de l'exercice de leur profession à titre individuel.",
      all(Facts.controller(StandardControllerKind.INDIVIDUAL_LAWYER).holds(),
          only("legal-practice", "a lawyer's practice", StandardPurpose.LEGAL_PRACTICE)));

  /** 8. Clerks of commercial courts. */
  public static final Rule<ProcessingOperation> ITEM_8 = item(8, "clerks of commercial courts",
      "Traitements mis en œuvre par les greffiers des tribunaux de commerce aux fins d'exercice de leur activité.",
      all(Facts.controller(StandardControllerKind.COMMERCIAL_COURT_CLERK).holds(),
          only("commercial-court-registry", "the activity of a commercial court registry", StandardPurpose.COMMERCIAL_COURT_REGISTRY)));

  /** 9. Notaries. */
  public static final Rule<ProcessingOperation> ITEM_9 = item(9, "notaries",
      "Traitements mis en œuvre par les notaires aux fins d'exercice de leur activité notariale et de rédaction des documents des offices notariaux.",
      all(Facts.controller(StandardControllerKind.NOTARY).holds(),
          only("notarial-practice", "a notary's practice", StandardPurpose.NOTARIAL_PRACTICE)));

  /** 10. School, after-school and early-childhood services of local authorities and legal persons. */
  public static final Rule<ProcessingOperation> ITEM_10 = item(10, "school, after-school and early-childhood services",
      "Traitements mis en œuvre par les collectivités territoriales et les personnes morales de droit public et de droit privé aux fins de gérer les services en matière d'affaires scolaires, périscolaires et de la petite enfance.",
      all(Facts.LEGAL_PERSON.holds(),
          only("school-services", "school, after-school and early-childhood services", StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)));

  /** 11. Breathalysers, to prevent driving under the influence of alcohol or drugs (substance). */
  public static final Rule<ProcessingOperation> ITEM_11 = item(11, "breathalysers against driving under the influence",
      null,
      only("impaired-driving-prevention", "the prevention of driving under the influence", StandardPurpose.IMPAIRED_DRIVING_PREVENTION));

  /** 12. Physical access control and working-time management, without any biometric device (substance). */
  public static final Rule<ProcessingOperation> ITEM_12 = item(12, "physical access control and working time, without biometrics",
      null,
      all(only("access-and-working-time", "physical access control and working-time management",
              StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT),
          not(Facts.data(DataCategory.BIOMETRIC).holds()),
          not(Facts.BIOMETRIC_TECHNOLOGY.holds())));

  /** The twelve items in order. */
  public static final List<Rule<ProcessingOperation>> ITEMS = List.of(
      ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5, ITEM_6, ITEM_7, ITEM_8, ITEM_9, ITEM_10, ITEM_11, ITEM_12);
}
