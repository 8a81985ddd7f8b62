package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.model.StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING;
import static org.dpia.core.model.StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY;
import static org.dpia.core.model.StandardPurpose.HUMAN_RESOURCES_MANAGEMENT;
import static org.dpia.core.model.StandardPurpose.PATIENT_CARE;
import static org.dpia.core.model.StandardPurpose.PROFESSIONAL_ALERTS;
import static org.dpia.core.model.StandardPurpose.SOCIAL_AND_HEALTH_ALERTS;
import static org.dpia.core.model.StandardPurpose.SOCIAL_SUPPORT;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.FrenchPurpose;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * The CNIL's list of the types of processing for which a DPIA is required (GDPR art. 35(4)):
 * délibération n° 2018-327 du 11 octobre 2018, published in the JORF on 6 November 2018, applied
 * from the next day. Fourteen items; the list is not exhaustive, and the WP248 criteria still apply
 * to every other processing. Each item is quoted in French beside its condition; item 11 in its two
 * dated wordings (délibération n° 2019-011 amended it).
 *
 * <p>Verification: checked (the titles of the fourteen items); item 11's amended wording, one source.
 */
public final class MandatoryList {
  private MandatoryList() {}

  /** The deliberation. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.2018-327")
      .title("Délibération n° 2018-327 du 11 octobre 2018 portant adoption de la liste des types d'opérations de traitement pour lesquelles une analyse d'impact relative à la protection des données est requise")
      .shortTitles(Text.of("CNIL deliberation no. 2018-327", "CNIL délib. n° 2018-327"))
      .reference("NOR CNIL1829647X; JORF 6 novembre 2018, texte n° 82")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037559521")
      .adoptedOn(LocalDate.of(2018, 10, 11))
      .publishedOn(LocalDate.of(2018, 11, 6))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Titles of the fourteen items checked and quoted; item 11 amended by délibération n° 2019-011 (its new wording one source). Day of application: a reading (the day after publication, code civil art. 1).")
      .build();

  /** Published in the JORF on 6 November 2018. */
  public static final LocalDate PUBLISHED = LocalDate.of(2018, 11, 6);

  /**
   * In force from the day after publication, as a published administrative act that fixes no date
   * (code civil art. 1): a reading, the deliberation's own text not having been checked.
   */
  public static final LocalDate APPLIES_FROM = PUBLISHED.plusDays(1);

  /** The days the list applies. */
  public static final DateRange IN_FORCE = DateRange.from(APPLIES_FROM);

  /** An item of the list, with its wording when quoted; without it, encoded in substance only. */
  public static Citation item(int number, String wording) {
    Citation.Builder b = Citation.builder().source(SOURCE).item(Integer.toString(number));
    if (wording != null) {
      b.wording(wording);
    } else {
      b.verification(Verification.SUBSTANCE);
    }
    return b.build();
  }

  private static Rule<ProcessingOperation> item(int n, String english, String french, String wording,
      Condition<ProcessingOperation> when) {
    return Rule.named("fr.cnil.2018-327.item-" + n,
            Text.of("CNIL mandatory list, item " + n + ": " + english,
                "Liste CNIL des traitements soumis à AIPD, n° " + n + " : " + french))
        .citing(item(n, wording), Gdpr.article("35", "4"))
        .valid(IN_FORCE)
        .when(when);
  }

  /** 1. Health data processed by health or medico-social establishments for the care of persons. */
  public static final Rule<ProcessingOperation> ITEM_1 = item(1,
      "health data processed by a health or medico-social establishment for care",
      "données de santé traitées par un établissement de santé ou médico-social pour la prise en charge des personnes",
      "Traitements de données de santé mis en œuvre par les établissements de santé ou les établissements médico-sociaux pour la prise en charge des personnes.",
      all(Facts.data(DataCategory.HEALTH).holds(),
          Facts.controller(StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT).holds(),
          Facts.purpose(PATIENT_CARE).holds()));

  /** 2. Genetic data of vulnerable persons. */
  public static final Rule<ProcessingOperation> ITEM_2 = item(2,
      "genetic data of vulnerable persons",
      "données génétiques de personnes dites « vulnérables »",
      "Traitements portant sur des données génétiques de personnes dites « vulnérables » (patients, employés, enfants, etc.).",
      all(Facts.data(DataCategory.GENETIC).holds(), Wp248.VULNERABLE_SUBJECTS.holds()));

  /** 3. Profiles of natural persons for human resources management. */
  public static final Rule<ProcessingOperation> ITEM_3 = item(3,
      "profiling for human resources management",
      "établissement de profils de personnes physiques à des fins de gestion des ressources humaines",
      "Traitements établissant des profils de personnes physiques à des fins de gestion des ressources humaines.",
      all(Facts.PROFILING.holds(), Facts.purpose(HUMAN_RESOURCES_MANAGEMENT).holds()));

  /**
   * 4. Constant monitoring of employees' activity. « Constante » describes monitoring that is
   * continuous, not occasional checks; a monitoring that runs continuously for three months is
   * constant too. The purpose must be to monitor the employees' activity.
   */
  public static final Rule<ProcessingOperation> ITEM_4 = item(4,
      "constant monitoring of employees' activity",
      "surveillance constante de l'activité des employés",
      "Traitements ayant pour finalité de surveiller de manière constante l'activité des employés concernés.",
      all(Facts.purpose(EMPLOYEE_ACTIVITY_MONITORING).holds(), Facts.CONTINUOUS.holds()));

  /** 5. Alerts and reports on social and health matters. */
  public static final Rule<ProcessingOperation> ITEM_5 = item(5,
      "social and health alerts and reports",
      "alertes et signalements en matière sociale et sanitaire",
      "Traitements ayant pour finalité la gestion des alertes et des signalements en matière sociale et sanitaire.",
      Facts.purpose(SOCIAL_AND_HEALTH_ALERTS).holds());

  /** 6. Professional alerts and reports. */
  public static final Rule<ProcessingOperation> ITEM_6 = item(6,
      "professional alerts and reports",
      "alertes et signalements en matière professionnelle",
      "Traitements ayant pour finalité la gestion des alertes et des signalements en matière professionnelle.",
      Facts.purpose(PROFESSIONAL_ALERTS).holds());

  /** 7. Health data for a data warehouse or a registry. */
  public static final Rule<ProcessingOperation> ITEM_7 = item(7,
      "health data for a data warehouse or registry",
      "données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre",
      "Traitements des données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre.",
      all(Facts.data(DataCategory.HEALTH).holds(), Facts.purpose(HEALTH_DATA_WAREHOUSE_OR_REGISTRY).holds()));

  /** 8. Profiling that may lead to exclusion from, suspension or termination of a contract. */
  public static final Rule<ProcessingOperation> ITEM_8 = item(8,
      "profiling that may exclude from a contract",
      "profilage pouvant aboutir à l'exclusion du bénéfice d'un contrat",
      "Traitements impliquant le profilage des personnes pouvant aboutir à leur exclusion du bénéfice d'un contrat ou à la suspension voire à la rupture de celui-ci.",
      all(Facts.PROFILING.holds(), Facts.MAY_EXCLUDE.holds()));

  /** 9. Pooled records of contractual breaches that may lead to exclusion or suspension. */
  public static final Rule<ProcessingOperation> ITEM_9 = item(9,
      "pooled records of contractual breaches",
      "traitements mutualisés de manquements contractuels constatés",
      "Traitements mutualisés de manquements contractuels constatés, susceptibles d'aboutir à une décision d'exclusion ou de suspension du bénéfice d'un contrat.",
      all(Facts.purpose(FrenchPurpose.POOLED_CONTRACTUAL_BREACH_RECORDS).holds(), Facts.MAY_EXCLUDE.holds()));

  /** 10. Profiling using data from external sources. */
  public static final Rule<ProcessingOperation> ITEM_10 = item(10,
      "profiling with data from external sources",
      "profilage faisant appel à des données provenant de sources externes",
      "Traitements de profilage faisant appel à des données provenant de sources externes.",
      all(Facts.PROFILING.holds(), Facts.EXTERNAL_SOURCES.holds()));

  /**
   * Délibération n° 2019-011 du 31 janvier 2019, which amended item 11, replacing « aux fins de
   * reconnaissance des personnes » by « aux fins d'identifier une personne physique de manière
   * unique » (a « précision rédactionnelle »). Its publication in the JORF was not found: the new
   * wording is dated from its adoption, a reading.
   */
  public static final LegalSource AMENDMENT_2019_011 = LegalSource.builder()
      .id("fr.cnil.2019-011")
      .title("Délibération n° 2019-011 du 31 janvier 2019 modifiant la délibération n° 2018-327 du 11 octobre 2018")
      .shortTitles(Text.of("CNIL deliberation no. 2019-011", "CNIL délib. n° 2019-011"))
      .adoptedOn(LocalDate.of(2019, 1, 31))
      .validity(DateRange.from(LocalDate.of(2019, 1, 31)))
      .language("fr")
      .verification(Verification.ONE_SOURCE)
      .verificationNote("Number, date and replaced words read in one regulatory database (faceaurisque.com), with indirect support; JORF publication and NOR not found, so the new wording is dated from the adoption (a reading).")
      .build();

  /** The day the amended wording of item 11 is taken to apply from: the amendment's adoption. */
  public static final LocalDate ITEM_11_AMENDED = LocalDate.of(2019, 1, 31);

  static final String ITEM_11_ORIGINAL = "Traitements de données biométriques aux fins de reconnaissance des personnes parmi "
      + "lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, demandeurs d'asile, etc.).";

  static final String ITEM_11_AS_AMENDED = "Traitements de données biométriques aux fins d'identifier une personne physique de "
      + "manière unique parmi lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, "
      + "demandeurs d'asile, etc.).";

  /**
   * 11. Biometric data of people among whom vulnerable persons: one provision with two dated
   * wordings, « aux fins de reconnaissance des personnes » from the list's first day, then « aux fins
   * d'identifier une personne physique de manière unique » from the amendment. The condition reads
   * biometric data as the GDPR defines it (for unique identification) in both periods.
   */
  public static final Rule<ProcessingOperation> ITEM_11 = Rule.named("fr.cnil.2018-327.item-11",
          Text.of("CNIL mandatory list, item 11: biometric data of people including vulnerable persons",
              "Liste CNIL des traitements soumis à AIPD, n° 11 : données biométriques de personnes parmi lesquelles des personnes vulnérables"))
      .citing(
          Citation.builder().source(SOURCE).item("11").wording(ITEM_11_ORIGINAL)
              .validity(DateRange.of(APPLIES_FROM, ITEM_11_AMENDED.minusDays(1))).build(),
          Citation.builder().source(SOURCE).item("11").wording(ITEM_11_AS_AMENDED).verification(Verification.ONE_SOURCE)
              .validity(DateRange.from(ITEM_11_AMENDED)).build(),
          Citation.builder().source(AMENDMENT_2019_011).validity(DateRange.from(ITEM_11_AMENDED)).build(),
          Gdpr.article("35", "4"))
      .valid(IN_FORCE)
      .when(all(Facts.data(DataCategory.BIOMETRIC).holds(), Wp248.VULNERABLE_SUBJECTS.holds()));

  /** 12. Examination of applications for and management of social housing. */
  public static final Rule<ProcessingOperation> ITEM_12 = item(12,
      "social housing applications and management",
      "instruction des demandes et gestion des logements sociaux",
      "Instruction des demandes et gestion des logements sociaux.",
      Facts.purpose(FrenchPurpose.SOCIAL_HOUSING).holds());

  /** 13. Social or medico-social support of persons. */
  public static final Rule<ProcessingOperation> ITEM_13 = item(13,
      "social or medico-social support",
      "accompagnement social ou médico-social des personnes",
      "Traitements ayant pour finalité l'accompagnement social ou médico-social des personnes.",
      Facts.purpose(SOCIAL_SUPPORT).holds());

  /** 14. Location data on a large scale. */
  public static final Rule<ProcessingOperation> ITEM_14 = item(14,
      "location data on a large scale",
      "données de localisation à large échelle",
      "Traitements de données de localisation à large échelle.",
      all(Facts.data(DataCategory.LOCATION).holds(), Wp248.LARGE_SCALE));

  /** The fourteen items in order. */
  public static final List<Rule<ProcessingOperation>> ITEMS = List.of(
      ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5, ITEM_6, ITEM_7, ITEM_8, ITEM_9, ITEM_10, ITEM_11, ITEM_12, ITEM_13, ITEM_14);
}
