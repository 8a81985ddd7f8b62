package org.dpia.rules.fr.wp248;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.judgement;
import static org.dpia.core.logic.Conditions.not;
import static org.dpia.core.logic.Conditions.statedOr;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.FrenchTechnology;
import org.dpia.rules.fr.authorities.AepdFuenlabrada2021;
import org.dpia.rules.fr.authorities.EstonianLargeScale;
import org.dpia.rules.fr.cnil.AugmentedCameras2022;
import org.dpia.rules.fr.cnil.MunicipalVideoProtection2021;
import org.dpia.rules.fr.cnil.Referentiel2020081;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Recital91;

/**
 * The WP29 Guidelines on Data Protection Impact Assessment, WP248 rev.01 (adopted 4 April 2017,
 * revised 4 October 2017, endorsed by the EDPB on 25 May 2018): the nine criteria of processing
 * likely to result in a high risk, derived from the facts, as the CNIL applies them (its list,
 * délibération n° 2018-327, is built on them). The two-criteria presumption they found is in
 * {@code Article35} (GDPR art. 35(1)) and in the police-justice rules.
 *
 * <p>A caller may state a criterion as a conclusion ({@code assertCriterion}); the statement then
 * wins over the derivation and the trace says so. When the facts do not settle a criterion and it
 * was not stated, the fact {@code criterion.<name>} ("is this criterion met?") is reported as
 * missing, so a questionnaire can ask the conclusion directly. Where the guidelines give no number
 * ("large scale"), none is invented.
 *
 * <p>Verification: checked (substance of the nine criteria and of the two-criteria rule); not quoted.
 */
public final class Wp248 {
  private Wp248() {}

  /** WP248 rev.01 was adopted on 4 October 2017. */
  public static final LocalDate REV01 = LocalDate.of(2017, 10, 4);

  /** The guidelines. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("eu.wp248")
      .title("Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) and determining whether processing is \"likely to result in a high risk\", WP248 rev.01")
      .shortTitle("WP248 rev.01")
      .adoptedOn(REV01)
      .validity(DateRange.from(REV01))
      .language("en")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Substance of the nine criteria, the two-criteria rule and the examples table checked; not quoted.")
      .build();

  /** A part of the guidelines, named in English and French, such as the two-criteria rule. */
  private static Citation part(String english, String french) {
    return Citation.builder().source(SOURCE).part(Text.of(english, french)).build();
  }

  /** The two-criteria rule: two criteria met or more, a DPIA is required in most cases. */
  public static final Citation TWO_CRITERIA_RULE = part("two-criteria rule", "règle des deux critères");

  /** The table of examples, each with the criteria it meets and whether a DPIA is likely required. */
  public static final Citation EXAMPLES_TABLE = part("examples table", "tableau d'exemples");

  /** One of the nine criteria, by its number. */
  public static Citation criterion(int number) {
    return part("criterion " + number, "critère " + number);
  }

  /** The two-criteria rule is a presumption: document a rebuttal. */
  public static final Advice DOCUMENT_REBUTTAL = Advice.of("wp248.document-rebuttal",
      Text.of("The two-criteria rule is a presumption: a controller who concludes that the processing is nevertheless not likely to result in a high risk must document its reasons.",
          "La règle des deux critères est une présomption : le responsable de traitement qui conclut que le traitement n'est néanmoins pas susceptible d'engendrer un risque élevé doit documenter les raisons de cette conclusion."),
      TWO_CRITERIA_RULE);

  /** One criterion met: a DPIA may still be advisable. */
  public static final Advice ONE_CRITERION = Advice.of("wp248.one-criterion",
      Text.of("One criterion is met: a single criterion can in some cases suffice, and a DPIA is advisable when in doubt.",
          "Un critère est rempli : dans certains cas, un seul critère peut suffire, et une AIPD est recommandée en cas de doute."),
      TWO_CRITERIA_RULE);

  // ---- the facts the criteria judge ----------------------------------------------------------------

  /** Sensitive or highly personal data in the sense of criterion 4. */
  public static final Fact<ProcessingOperation> SENSITIVE_OR_HIGHLY_PERSONAL = Fact.of("data.sensitive-or-highly-personal",
      Text.of("sensitive or highly personal data is processed (art. 9 or 10 data, location, communications, financial data, personal documents, life-logging)",
          "des données sensibles ou à caractère hautement personnel sont traitées (données des articles 9 ou 10 du RGPD, localisation, communications, données financières, documents personnels, enregistrement de la vie quotidienne)"),
      op -> op.dataCategories().anyMatch(DataCategory::isSensitiveOrHighlyPersonal)
          .or(Facts.biometricByTechnology(op)).or(Facts.locationByTechnology(op)));

  /** Vulnerable data subjects (criterion 7; GDPR recital 75). */
  public static final Fact<ProcessingOperation> VULNERABLE_SUBJECTS = Fact.of("subjects.vulnerable",
      Text.of("the data subjects include vulnerable persons (children, employees, patients, elderly persons, asylum seekers…)",
          "les personnes concernées comprennent des personnes vulnérables (enfants, salariés, patients, personnes âgées, demandeurs d'asile…)"),
      op -> op.dataSubjects().anyMatch(DataSubjectCategory::isVulnerable));

  /** A technology that observes, monitors or records people (cameras, analytics, trackers, microphones). */
  public static final Fact<ProcessingOperation> MONITORING_TECHNOLOGY = Facts.RECORDS_PEOPLE;

  /**
   * An innovative technology (criterion 8), judged on the date: where a source says a technology's
   * use is innovative, from that source's date, with no end (no source gives one); where a source
   * settles that it is an established technology, not innovative; otherwise unknown. A technology
   * the rulebook does not know is read as its describer declares it.
   */
  public static final Fact<ProcessingOperation> INNOVATIVE_TECHNOLOGY = Fact.dated("technology.innovative",
      Text.of("a technology used is innovative or applies new technological or organisational solutions",
          "une technologie utilisée est innovante ou met en œuvre de nouvelles solutions technologiques ou organisationnelles"),
      (op, date) -> op.technologies().anyTruth(t -> innovative(t, date)));

  /**
   * Whether a technology's use is innovative on a date. Innovative: algorithmic video analysis,
   * facial recognition and licence-plate recognition, from WP248 rev.01 (its examples of criterion 8:
   * intelligent video analysis recognising licence plates; combined face and fingerprint
   * recognition), confirmed for augmented cameras by the CNIL (2022); drones, from the earliest day
   * of the use the AEPD found innovative (3 January 2020). Not innovative: ordinary software, plain CCTV, badges, breathalysers (each
   * under a CNIL framework for years). Otherwise unknown.
   */
  public static Truth innovative(Technology t, LocalDate date) {
    if (t instanceof StandardTechnology s) {
      return switch (s) {
        case ALGORITHMIC_VIDEO_ANALYSIS, FACIAL_RECOGNITION, LICENCE_PLATE_RECOGNITION -> date.isBefore(REV01) ? Truth.UNKNOWN : Truth.TRUE;
        case DRONES -> date.isBefore(AepdFuenlabrada2021.USE_JUDGED_FROM) ? Truth.UNKNOWN : Truth.TRUE;
        case STANDARD_BUSINESS_SOFTWARE, VIDEO_SURVEILLANCE, BADGE_ACCESS_CONTROL -> Truth.FALSE;
        default -> Truth.UNKNOWN;
      };
    }
    return t == FrenchTechnology.BREATHALYSER ? Truth.FALSE : t.innovative();
  }

  // ---- the nine criteria ---------------------------------------------------------------------------

  /** The fact under which a criterion may be stated or assumed: {@code criterion.<name>}. */
  public static Fact<ProcessingOperation> conclusion(RiskCriterion c) {
    Text text = c.text();
    return Fact.of("criterion." + Facts.slug(c.name()),
        Text.of("criterion " + c.number() + " (" + text.english() + ") is met",
            "le critère " + c.number() + " (" + text.in(Locale.FRENCH) + ") est rempli"),
        op -> {
          Boolean stated = op.assertedCriteria().get(c);
          return stated == null ? Truth.UNKNOWN : Truth.of(stated);
        });
  }

  private static Rule<ProcessingOperation> criterion(RiskCriterion c, Condition<ProcessingOperation> derived, Citation... more) {
    Text label = c.text();
    String fr = label.in(Locale.FRENCH);
    return Rule.named("wp248.criterion-" + c.number(),
            Text.of("WP248 criterion " + c.number() + ": " + label.english(),
                "Critère " + c.number() + " (WP248) : " + fr))
        .citing(criterion(c.number()))
        .citing(more)
        .valid(DateRange.from(REV01))
        .when(statedOr(conclusion(c), derived));
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
      any(Facts.SYSTEMATIC_MONITORING.holds(), all(MONITORING_TECHNOLOGY.holds(), Facts.PUBLIC_AREA.holds())));

  /** 4. Sensitive data or data of a highly personal nature (art. 9, art. 10, location, communications, financial…). */
  public static final Rule<ProcessingOperation> SENSITIVE_DATA = criterion(
      RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, SENSITIVE_OR_HIGHLY_PERSONAL.holds(),
      Gdpr.article("9", "1"), Gdpr.article("10"));

  /**
   * 5. Large scale. Not large scale: an individual physician, health professional or lawyer
   * processing the data of patients or clients (GDPR recital 91; WP243 rev.01 examples). Large
   * scale: a permanent processing of the general public over at least a whole city, after WP243
   * rev.01's example of the travel data of a city's public transport users. Otherwise, since no
   * number is given in the law, it is a judgement: unknown unless the caller states it.
   */
  public static final Rule<ProcessingOperation> LARGE_SCALE = criterion(
      RiskCriterion.LARGE_SCALE,
      all(
          not(Recital91.INDIVIDUAL_PROFESSIONAL_AND_OWN_PATIENTS_OR_CLIENTS),
          any(
              Wp243.LIKE_A_CITY_TRANSPORT_NETWORK,
              EstonianLargeScale.FIFTY_THOUSAND_PEOPLE,
              Referentiel2020081.SENSITIVE_DATA_OF_MORE_THAN_10000,
              MunicipalVideoProtection2021.COMMUNE_VIDEO_PROTECTION,
              judgement("no number is given in the law: large scale is otherwise a judgement on the WP248 factors"))),
      Gdpr.recital("91"), Wp243.EXAMPLES);

  /** 6. Matching or combining datasets. */
  public static final Rule<ProcessingOperation> MATCHING_DATASETS =
      criterion(RiskCriterion.MATCHING_OR_COMBINING_DATASETS, Facts.COMBINES_DATASETS.holds());

  /** 7. Data concerning vulnerable data subjects. */
  public static final Rule<ProcessingOperation> VULNERABLE_DATA_SUBJECTS =
      criterion(RiskCriterion.VULNERABLE_DATA_SUBJECTS, VULNERABLE_SUBJECTS.holds(), Gdpr.recital("75"));

  /** 8. Innovative use or applying new technological or organisational solutions. */
  public static final Rule<ProcessingOperation> INNOVATIVE_USE = criterion(
      RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY, INNOVATIVE_TECHNOLOGY.holds(), AugmentedCameras2022.POSITION,
      AepdFuenlabrada2021.DRONES_INNOVATIVE);

  /** 9. The processing in itself prevents data subjects from exercising a right or using a service or a contract. */
  public static final Rule<ProcessingOperation> PREVENTS_RIGHT_OR_SERVICE =
      criterion(RiskCriterion.PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, Facts.MAY_EXCLUDE.holds());

  /** The nine criteria, in WP248 order. */
  public static final List<Rule<ProcessingOperation>> CRITERIA = List.of(
      EVALUATION_OR_SCORING, AUTOMATED_DECISION, SYSTEMATIC_MONITORING, SENSITIVE_DATA, LARGE_SCALE,
      MATCHING_DATASETS, VULNERABLE_DATA_SUBJECTS, INNOVATIVE_USE, PREVENTS_RIGHT_OR_SERVICE);

  /** The rule that finds each criterion, in WP248 order. */
  public static final Map<RiskCriterion, Rule<ProcessingOperation>> BY_CRITERION = byCriterion();

  private static Map<RiskCriterion, Rule<ProcessingOperation>> byCriterion() {
    Map<RiskCriterion, Rule<ProcessingOperation>> map = new EnumMap<>(RiskCriterion.class);
    for (RiskCriterion c : RiskCriterion.values()) {
      map.put(c, CRITERIA.get(c.number() - 1));
    }
    return Collections.unmodifiableMap(map);
  }

  /** The rule that finds a criterion. */
  public static Rule<ProcessingOperation> rule(RiskCriterion criterion) {
    return BY_CRITERION.get(criterion);
  }

  /** At least two of the nine criteria are met. */
  public static Condition<ProcessingOperation> atLeastTwo() {
    return Conditions.atLeast(2, CRITERIA);
  }
}
