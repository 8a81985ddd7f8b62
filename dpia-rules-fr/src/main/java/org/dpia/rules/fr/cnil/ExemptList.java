package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.FrenchControllerKind;
import org.dpia.rules.fr.FrenchPurpose;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * The CNIL's list of the types of processing for which no DPIA is required (GDPR art. 35(5)):
 * délibération n° 2019-118 du 12 septembre 2019, published in the JORF on 22 October 2019, applied
 * from the next day. Twelve items, each with its own carve-outs (profiling, sensitive data,
 * biometrics), which take a processing out of the item. An item never overrides art. 35(3), the
 * mandatory list or an explicit legal duty (see the precedence in {@code FrenchRulebook}), and it
 * leaves every other obligation, such as art. 32 security, intact.
 *
 * <p>Verification: items 1 to 10 checked and quoted in French (their numbers are the order in which
 * two concordant reproductions list them). The breathalyser and access-control items are encoded in
 * substance and cited by their content: their exact wording and their numbers could not be
 * confirmed.
 */
public final class ExemptList {
  private ExemptList() {}

  /** The deliberation. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.2019-118")
      .title("Délibération n° 2019-118 du 12 septembre 2019 portant adoption de la liste des types d'opérations de traitement pour lesquelles une analyse d'impact relative à la protection des données n'est pas requise")
      .shortTitles(Text.of("CNIL deliberation no. 2019-118", "CNIL délib. n° 2019-118"))
      .reference("JORF 22 octobre 2019")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039248939")
      .adoptedOn(LocalDate.of(2019, 9, 12))
      .publishedOn(LocalDate.of(2019, 10, 22))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Items 1 to 10 checked and quoted (two concordant reproductions; item 8 one source); the breathalyser and access-control items in substance, cited by their content, their numbers not confirmed. Day of application: a reading (the day after publication).")
      .build();

  /** Published in the JORF on 22 October 2019. */
  public static final LocalDate PUBLISHED = LocalDate.of(2019, 10, 22);

  /**
   * In force from the day after publication, as a published administrative act that fixes no date
   * (code civil art. 1): a reading, the deliberation's own text not having been checked.
   */
  public static final LocalDate APPLIES_FROM = PUBLISHED.plusDays(1);

  /** The days the list applies. */
  public static final DateRange IN_FORCE = DateRange.from(APPLIES_FROM);

  /** The remark shown with every item. */
  public static final Text REMARK = Text.of(
      "the exemption leaves every other obligation intact, such as security (GDPR art. 32)",
      "la dispense laisse intactes toutes les autres obligations, telles que la sécurité du traitement (RGPD, art. 32)");

  private static Rule<ProcessingOperation> item(int n, String english, String french, String wording,
      Condition<ProcessingOperation> when) {
    Citation.Builder item = Citation.builder().source(SOURCE).item(Integer.toString(n)).wording(wording);
    return Rule.named("fr.cnil.2019-118.item-" + n,
            Text.of("CNIL exempt list, item " + n + ": " + english,
                "Liste CNIL des traitements dispensés d'AIPD, n° " + n + " : " + french))
        .citing(item.build(), Gdpr.article("35", "5"))
        .valid(IN_FORCE)
        .when(when);
  }

  /**
   * An item whose number in the list is not confirmed: cited by its content (in English and in
   * French), encoded in substance.
   */
  private static Rule<ProcessingOperation> unnumbered(String id, String english, String french, Text content,
      Condition<ProcessingOperation> when) {
    return Rule.named("fr.cnil.2019-118." + id,
            Text.of("CNIL exempt list: " + english, "Liste CNIL des traitements dispensés d'AIPD : " + french))
        .citing(Citation.builder().source(SOURCE).part(content).verification(Verification.SUBSTANCE).build(), Gdpr.article("35", "5"))
        .valid(IN_FORCE)
        .when(when);
  }

  private static Condition<ProcessingOperation> only(String id, String english, String french, Purpose... purposes) {
    return Facts.onlyPurposes(id, Text.of(english, french), Set.of(purposes)).holds();
  }

  /** 1. Human resources only, staff management of bodies employing fewer than 250 people, except profiling. */
  public static final Rule<ProcessingOperation> ITEM_1 = item(1,
      "staff management of a body with fewer than 250 employees, without profiling",
      "gestion du personnel d'un organisme employant moins de 250 personnes, sans profilage",
      "Traitements, mis en œuvre uniquement à des fins de ressources humaines et dans les conditions prévues par les textes applicables, pour la seule gestion du personnel des organismes qui emploient moins de 250 personnes, à l'exception du recours au profilage.",
      all(only("human-resources", "human resources management", "la gestion des ressources humaines",
              StandardPurpose.HUMAN_RESOURCES_MANAGEMENT),
          Facts.FEWER_THAN_250_STAFF.holds(),
          not(Facts.PROFILING.holds())));

  /** 2. Supplier relationship management. */
  public static final Rule<ProcessingOperation> ITEM_2 = item(2,
      "supplier relationship management",
      "gestion de la relation fournisseurs",
      "Traitements de gestion de la relation fournisseurs.",
      only("supplier-relationship", "supplier relationship management", "la gestion de la relation fournisseurs",
          StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT));

  /** 3. A commune's electoral roll, under the texts that govern it. */
  public static final Rule<ProcessingOperation> ITEM_3 = item(3,
      "a commune's electoral roll",
      "fichier électoral d'une commune",
      "Traitements mis en œuvre dans les conditions prévues par les textes relatifs à la gestion du fichier électoral des communes.",
      only("electoral-roll", "the management of a commune's electoral roll", "la gestion du fichier électoral d'une commune",
          FrenchPurpose.COMMUNE_ELECTORAL_ROLL));

  /** 4. Works council activities. */
  public static final Rule<ProcessingOperation> ITEM_4 = item(4,
      "works council activities",
      "activités des comités d'entreprise et d'établissement",
      "Traitements destinés à la gestion des activités des comités d'entreprise et d'établissement.",
      only("works-council", "the management of works council activities", "la gestion des activités d'un comité d'entreprise",
          FrenchPurpose.WORKS_COUNCIL_ACTIVITIES));

  /** 5. A non-profit body's members and donors, where the data is not sensitive. */
  public static final Rule<ProcessingOperation> ITEM_5 = item(5,
      "a non-profit body's members and donors, without sensitive data",
      "membres et donateurs d'un organisme sans but lucratif, sans données sensibles",
      "Traitements mis en œuvre par une association, une fondation ou toute autre institution sans but lucratif pour la gestion de ses membres et de ses donateurs dans le cadre de ses activités habituelles dès lors que les données ne sont pas sensibles.",
      all(Facts.controller(StandardControllerKind.NON_PROFIT_ORGANISATION).holds(),
          only("members-and-donors", "the management of members and donors", "la gestion des membres et des donateurs",
              StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT),
          not(Facts.SPECIAL_DATA.holds())));

  /** 6. Health data for a patient's care by a health professional practising individually. */
  public static final Rule<ProcessingOperation> ITEM_6 = item(6,
      "patient care by a health professional practising individually",
      "prise en charge d'un patient par un professionnel de santé exerçant à titre individuel",
      "Traitements de données de santé nécessaires à la prise en charge d'un patient par un professionnel de santé exerçant à titre individuel au sein d'un cabinet médical, d'une officine de pharmacie ou d'un laboratoire de biologie médicale.",
      all(Facts.controller(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).holds(),
          only("patient-care", "the care of patients", "la prise en charge des patients", StandardPurpose.PATIENT_CARE)));

  /** 7. Lawyers practising individually. */
  public static final Rule<ProcessingOperation> ITEM_7 = item(7,
      "a lawyer practising individually",
      "avocat exerçant à titre individuel",
      "Traitements mis en œuvre par les avocats dans le cadre de l'exercice de leur profession à titre individuel.",
      all(Facts.controller(StandardControllerKind.INDIVIDUAL_LAWYER).holds(),
          only("legal-practice", "a lawyer's practice", "l'exercice de la profession d'avocat", StandardPurpose.LEGAL_PRACTICE)));

  /** 8. Clerks of commercial courts. */
  public static final Rule<ProcessingOperation> ITEM_8 = item(8,
      "clerks of commercial courts",
      "greffiers des tribunaux de commerce",
      "Traitements mis en œuvre par les greffiers des tribunaux de commerce aux fins d'exercice de leur activité.",
      all(Facts.controller(FrenchControllerKind.COMMERCIAL_COURT_CLERK).holds(),
          only("commercial-court-registry", "the activity of a commercial court registry", "l'activité d'un greffe de tribunal de commerce",
              FrenchPurpose.COMMERCIAL_COURT_REGISTRY)));

  /** 9. Notaries. */
  public static final Rule<ProcessingOperation> ITEM_9 = item(9,
      "notaries",
      "notaires",
      "Traitements mis en œuvre par les notaires aux fins d'exercice de leur activité notariale et de rédaction des documents des offices notariaux.",
      all(Facts.controller(FrenchControllerKind.NOTARY).holds(),
          only("notarial-practice", "a notary's practice", "l'exercice de l'activité notariale", FrenchPurpose.NOTARIAL_PRACTICE)));

  /** 10. School, after-school and early-childhood services of local authorities and legal persons. */
  public static final Rule<ProcessingOperation> ITEM_10 = item(10,
      "school, after-school and early-childhood services",
      "services en matière d'affaires scolaires, périscolaires et de la petite enfance",
      "Traitements mis en œuvre par les collectivités territoriales et les personnes morales de droit public et de droit privé aux fins de gérer les services en matière d'affaires scolaires, périscolaires et de la petite enfance.",
      all(Facts.LEGAL_PERSON.holds(),
          only("school-services", "school, after-school and early-childhood services",
              "les services en matière d'affaires scolaires, périscolaires et de la petite enfance",
              StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)));

  /**
   * Breathalysers, to prevent driving under the influence of alcohol or drugs. Its place in the
   * list and its exact wording could not be confirmed (EDPB opinion 13/2019's table of contents
   * names « Breathalyser tests and tachographs »; press reports paraphrase the item): it is cited
   * by its content, and encoded in substance.
   */
  public static final Rule<ProcessingOperation> BREATHALYSERS = unnumbered("breathalysers",
      "breathalysers against driving under the influence",
      "éthylotests visant à prévenir la conduite sous l'influence de l'alcool ou de stupéfiants",
      Text.of("breathalysers (prevention of driving under the influence of alcohol or drugs)",
          "éthylotests (prévention de la conduite sous l'influence de l'alcool ou de stupéfiants)"),
      only("impaired-driving-prevention", "the prevention of driving under the influence", "la prévention de la conduite sous influence",
          FrenchPurpose.IMPAIRED_DRIVING_PREVENTION));

  /**
   * Physical access control and working time, « aux seules fins de gestion des contrôles d'accès
   * physiques et des horaires pour le calcul du temps de travail, en dehors de tout dispositif
   * biométrique » (one source for these words), and, as two concordant sources report, without
   * sensitive data; the CNIL's HR référentiel gives the same example « sans dispositif
   * biométrique, sans données sensibles ou à caractère hautement personnel ». Encoded with the
   * broader carve-out (sensitive or highly personal data, WP248 criterion 4): a reading, the safer
   * one. Its place in the list could not be confirmed: it is cited by its content.
   */
  public static final Rule<ProcessingOperation> ACCESS_CONTROL_AND_WORKING_TIME = unnumbered("access-control-and-working-time",
      "physical access control and working time, without biometrics or sensitive or highly personal data",
      "contrôle d'accès physique et gestion des horaires, sans biométrie ni données sensibles ou à caractère hautement personnel",
      Text.of("physical access control and management of working hours for the calculation of working time",
          "contrôle d'accès physique et gestion des horaires pour le calcul du temps de travail"),
      all(only("access-and-working-time", "physical access control and working-time management",
              "le contrôle d'accès physique et la gestion du temps de travail",
              StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT),
          not(Facts.data(DataCategory.BIOMETRIC).holds()),
          not(Facts.BIOMETRIC_TECHNOLOGY.holds()),
          not(Wp248.SENSITIVE_OR_HIGHLY_PERSONAL.holds())));

  /** The twelve items: the ten numbered ones in order, then the two cited by their content. */
  public static final List<Rule<ProcessingOperation>> ITEMS = List.of(
      ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5, ITEM_6, ITEM_7, ITEM_8, ITEM_9, ITEM_10, BREATHALYSERS,
      ACCESS_CONTROL_AND_WORKING_TIME);
}
