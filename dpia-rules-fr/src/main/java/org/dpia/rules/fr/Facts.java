package org.dpia.rules.fr;

import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import java.util.Set;
import java.util.function.Function;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;

/**
 * The facts the French rules read, each a yes/no question about a {@link ProcessingOperation} with
 * a stable id. Where the rulebook judges a raw fact (is a technology innovative? is a controller a
 * competent authority?), the judgement and its reason are here, in one place.
 */
public final class Facts {
  private Facts() {}

  private static Fact<ProcessingOperation> fact(String id, String description, Function<ProcessingOperation, Truth> reader) {
    return Fact.of(id, description, reader);
  }

  // ---- scope -----------------------------------------------------------------------------------

  /** Personal data is processed (GDPR art. 4(1)). */
  public static final Fact<ProcessingOperation> PERSONAL_DATA =
      fact("personal-data", "personal data is processed", ProcessingOperation::involvesPersonalData);

  /**
   * A natural person processes in a purely personal or household activity (GDPR art. 2(2)(c)):
   * as stated, else false when the controller is known not to be a natural person.
   */
  public static final Fact<ProcessingOperation> HOUSEHOLD = fact(
      "household-activity",
      "a natural person processes in a purely personal or household activity",
      op -> op.householdActivity().isKnown()
          ? op.householdActivity()
          : naturalPerson(op) == FALSE ? FALSE : UNKNOWN);

  // ---- regime ----------------------------------------------------------------------------------

  private static final Set<Purpose> CRIMINAL_PURPOSES = Set.of(
      StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
      StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
      StandardPurpose.EXECUTION_OF_CRIMINAL_PENALTIES,
      StandardPurpose.PUBLIC_SECURITY_THREAT_PREVENTION);

  private static boolean isCriminalPurpose(Purpose p) {
    return CRIMINAL_PURPOSES.contains(p);
  }

  /** A purpose is criminal-law enforcement in the sense of Directive 2016/680 art. 1(1) and LIL art. 87. */
  public static final Fact<ProcessingOperation> CRIMINAL_PURPOSE = fact(
      "purpose.criminal-law-enforcement",
      "a purpose is the prevention, investigation, detection or prosecution of criminal offences, the execution of criminal penalties, or safeguarding against threats to public security",
      op -> op.purposes().anyMatch(Facts::isCriminalPurpose));

  /** A purpose is national security or defence. */
  public static final Fact<ProcessingOperation> STATE_SECURITY_PURPOSE = fact(
      "purpose.state-security",
      "a purpose is State security or defence",
      op -> op.purposes().contains(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE));

  /** A purpose is neither criminal-law enforcement nor State security. */
  public static final Fact<ProcessingOperation> OTHER_PURPOSE = fact(
      "purpose.other",
      "a purpose is other than criminal-law enforcement and State security",
      op -> op.purposes().anyMatch(p -> !CRIMINAL_PURPOSES.contains(p) && p != StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE));

  /**
   * The controller is a competent authority (Directive 2016/680 art. 3(7); LIL art. 87): police,
   * gendarmerie, municipal police, judicial and prison authorities are; private bodies and
   * individuals are not; for other public bodies and local authorities it depends on whether they
   * are entrusted with public authority for those purposes, so it stays unknown unless stated.
   */
  public static final Fact<ProcessingOperation> COMPETENT_AUTHORITY = fact(
      "controller.competent-authority",
      "the controller is a competent authority for criminal-law enforcement (police, gendarmerie, municipal police, judicial or prison authority, or a body entrusted with that public authority)",
      op -> op.controller().kind().isPresent() ? competentAuthority(op.controller().kind().get()) : UNKNOWN);

  static Truth competentAuthority(ControllerKind kind) {
    if (!(kind instanceof StandardControllerKind)) {
      return UNKNOWN;
    }
    switch ((StandardControllerKind) kind) {
      case MUNICIPAL_POLICE:
      case NATIONAL_POLICE_OR_GENDARMERIE:
      case JUDICIAL_AUTHORITY:
      case PRISON_ADMINISTRATION:
        return TRUE;
      case PUBLIC_BODY:
      case LOCAL_AUTHORITY:
      case INTELLIGENCE_OR_DEFENCE_SERVICE:
        return UNKNOWN;
      default:
        return FALSE;
    }
  }

  // ---- data and people ---------------------------------------------------------------------------

  /** Special categories of data (GDPR art. 9(1); LIL art. 6 I). */
  public static final Fact<ProcessingOperation> SPECIAL_DATA = fact(
      "data.special-categories",
      "special categories of data are processed (racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic, biometric, health, sex life or sexual orientation)",
      op -> op.dataCategories().anyMatch(DataCategory::isSpecialCategory));

  /** Data relating to criminal convictions and offences (GDPR art. 10). */
  public static final Fact<ProcessingOperation> CRIMINAL_DATA = fact(
      "data.criminal-offences",
      "data relating to criminal convictions and offences is processed",
      op -> op.dataCategories().anyMatch(DataCategory::isCriminalOffenceData));

  /** Sensitive or highly personal data in the sense of WP248 criterion 4. */
  public static final Fact<ProcessingOperation> SENSITIVE_OR_HIGHLY_PERSONAL = fact(
      "data.sensitive-or-highly-personal",
      "sensitive or highly personal data is processed (art. 9 or 10 data, location, communications, financial data, personal documents, life-logging)",
      op -> op.dataCategories().anyMatch(DataCategory::isSensitiveOrHighlyPersonal));

  /** One data category is processed. */
  public static Fact<ProcessingOperation> data(DataCategory category) {
    return fact("data." + slug(category.name()), category.label() + " is processed",
        op -> op.dataCategories().contains(category));
  }

  /** Vulnerable data subjects (WP248 criterion 7; GDPR recital 75). */
  public static final Fact<ProcessingOperation> VULNERABLE_SUBJECTS = fact(
      "subjects.vulnerable",
      "the data subjects include vulnerable persons (children, employees, patients, elderly persons, asylum seekers…)",
      op -> op.dataSubjects().anyMatch(DataSubjectCategory::isVulnerable));

  /** The general public is among the data subjects. */
  public static final Fact<ProcessingOperation> GENERAL_PUBLIC = fact(
      "subjects.general-public",
      "the data subjects include the general public",
      op -> op.dataSubjects().contains(DataSubjectCategory.GENERAL_PUBLIC));

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

  /** Every data subject is one of the professional's patients or clients (GDPR recital 91). */
  public static final Fact<ProcessingOperation> ONLY_PATIENTS_OR_CLIENTS = fact(
      "subjects.only-patients-or-clients",
      "the data subjects are only the professional's patients or clients (whatever their age or situation)",
      op -> op.dataSubjects().allMatch(PATIENTS_OR_CLIENTS::contains));

  // ---- what is done ------------------------------------------------------------------------------

  /** Evaluation or scoring, including profiling. */
  public static final Fact<ProcessingOperation> PROFILING = fact(
      "profiling", "people are evaluated or scored, including profiling and predicting", ProcessingOperation::profiling);

  /** Automated decisions with legal or similarly significant effect. */
  public static final Fact<ProcessingOperation> AUTOMATED_DECISIONS = fact(
      "automated-decisions",
      "decisions producing legal or similarly significant effects on people are based on automated processing",
      ProcessingOperation::automatedDecisions);

  /** Systematic monitoring, as the caller states it. */
  public static final Fact<ProcessingOperation> SYSTEMATIC_MONITORING = fact(
      "systematic-monitoring", "people are observed, monitored or controlled systematically", ProcessingOperation::systematicMonitoring);

  /** Matching or combining datasets. */
  public static final Fact<ProcessingOperation> COMBINES_DATASETS = fact(
      "combines-datasets",
      "datasets from different purposes or controllers are matched or combined beyond what people would reasonably expect",
      ProcessingOperation::combinesDatasets);

  /** Data from external sources. */
  public static final Fact<ProcessingOperation> EXTERNAL_SOURCES = fact(
      "external-sources", "data obtained from sources outside the controller is used", ProcessingOperation::externalSources);

  /** May exclude people from a right, a service or a contract. */
  public static final Fact<ProcessingOperation> MAY_EXCLUDE = fact(
      "may-exclude",
      "the processing may lead to people being refused, suspended or excluded from a right, a service or a contract",
      ProcessingOperation::mayExcludeFromRightServiceOrContract);

  /** GDPR art. 35(10): a legal basis whose adoption carried a general impact assessment. */
  public static final Fact<ProcessingOperation> LEGAL_BASIS_ASSESSED = fact(
      "legal-basis-assessed",
      "the processing rests on a law (GDPR art. 6(1)(c) or (e)) that regulates it and whose adoption carried a general data protection impact assessment",
      ProcessingOperation::legalBasisAssessed);

  /** A prior formality before 25 May 2018. */
  public static final Fact<ProcessingOperation> PRIOR_FORMALITY = fact(
      "prior-formality",
      "before 25 May 2018 the processing regularly went through a prior formality with the CNIL (receipt of a declaration, authorisation, opinion) or was recorded by a CIL",
      ProcessingOperation::priorFormality);

  /** Substantially modified since the prior formality. */
  public static final Fact<ProcessingOperation> SUBSTANTIALLY_MODIFIED = fact(
      "substantially-modified", "the processing was substantially modified since its prior formality", ProcessingOperation::substantiallyModified);

  // ---- technology, place, scale ------------------------------------------------------------------

  /** A technology that observes people continuously (cameras, analytics, trackers). */
  public static final Fact<ProcessingOperation> MONITORING_TECHNOLOGY = fact(
      "technology.monitoring",
      "a technology observes people continuously (video cameras, video analytics, facial or licence-plate recognition, drones, location tracking)",
      op -> op.technologies().anyTruth(Facts::monitoring));

  static Truth monitoring(Technology t) {
    if (!(t instanceof StandardTechnology)) {
      return UNKNOWN;
    }
    switch ((StandardTechnology) t) {
      case VIDEO_SURVEILLANCE:
      case ALGORITHMIC_VIDEO_ANALYSIS:
      case FACIAL_RECOGNITION:
      case LICENCE_PLATE_RECOGNITION:
      case DRONES:
      case LOCATION_TRACKING:
        return TRUE;
      case CONNECTED_DEVICES:
      case ARTIFICIAL_INTELLIGENCE:
        return UNKNOWN;
      default:
        return FALSE;
    }
  }

  /**
   * An innovative technology (WP248 criterion 8). Algorithmic video analysis is (CNIL position on
   * « caméras augmentées », 2022: new risks for rights and freedoms); facial recognition is (WP248's
   * own example combines fingerprint and face recognition); CCTV, badges, breathalysers and ordinary
   * software are not; for other technologies it depends on the state of the art, so it stays unknown.
   */
  public static final Fact<ProcessingOperation> INNOVATIVE_TECHNOLOGY = fact(
      "technology.innovative",
      "a technology used is innovative or applies new technological or organisational solutions",
      op -> op.technologies().anyTruth(Facts::innovative));

  static Truth innovative(Technology t) {
    if (!(t instanceof StandardTechnology)) {
      return UNKNOWN;
    }
    switch ((StandardTechnology) t) {
      case ALGORITHMIC_VIDEO_ANALYSIS:
      case FACIAL_RECOGNITION:
        return TRUE;
      case STANDARD_BUSINESS_SOFTWARE:
      case VIDEO_SURVEILLANCE:
      case BADGE_ACCESS_CONTROL:
      case BREATHALYSER:
        return FALSE;
      default:
        return UNKNOWN;
    }
  }

  /** Biometric recognition technology. */
  public static final Fact<ProcessingOperation> BIOMETRIC_TECHNOLOGY = fact(
      "technology.biometric",
      "a biometric device is used (facial or other biometric recognition)",
      op -> op.technologies().anyMatch(t -> t == StandardTechnology.FACIAL_RECOGNITION || t == StandardTechnology.BIOMETRIC_RECOGNITION));

  /** Algorithmic video analysis. */
  public static final Fact<ProcessingOperation> VIDEO_ANALYSIS = fact(
      "technology.algorithmic-video-analysis",
      "images are analysed by algorithms",
      op -> op.technologies().contains(StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS));

  /** A publicly accessible area. */
  public static final Fact<ProcessingOperation> PUBLIC_AREA = fact(
      "place.publicly-accessible",
      "data is collected in a publicly accessible area",
      op -> op.places().contains(StandardPlace.PUBLICLY_ACCESSIBLE_AREA));

  /** Runs permanently. */
  public static final Fact<ProcessingOperation> PERMANENT = fact(
      "scale.permanent",
      "the processing runs permanently, without a planned end",
      op -> op.scale().permanence().isPresent() ? Truth.of(op.scale().permanence().get() == Scale.Permanence.PERMANENT) : UNKNOWN);

  /** Covers at least a whole city. */
  public static final Fact<ProcessingOperation> CITY_WIDE = fact(
      "scale.city-wide-or-wider",
      "the processing covers at least a whole city",
      op -> op.scale().geographicExtent().isPresent()
          ? Truth.of(op.scale().geographicExtent().get().compareTo(Scale.GeographicExtent.CITY) >= 0)
          : UNKNOWN);

  // ---- controller and purpose --------------------------------------------------------------------

  /** The controller is of this kind. */
  public static Fact<ProcessingOperation> controller(ControllerKind kind) {
    return fact("controller." + slug(kind.id()), "the controller is " + kind.label(),
        op -> op.controller().kind().isPresent() ? Truth.of(op.controller().kind().get().equals(kind)) : UNKNOWN);
  }

  /** The controller is a legal person (not a natural person). */
  public static final Fact<ProcessingOperation> LEGAL_PERSON = fact(
      "controller.legal-person", "the controller is a legal person (public or private)", op -> naturalPerson(op).not());

  /** The controller employs fewer than 250 people. */
  public static final Fact<ProcessingOperation> FEWER_THAN_250_STAFF = fact(
      "controller.fewer-than-250-staff",
      "the controller employs fewer than 250 people",
      op -> op.controller().staff().isPresent() ? Truth.of(op.controller().staff().getAsInt() < 250) : UNKNOWN);

  /** One of the purposes is this one. */
  public static Fact<ProcessingOperation> purpose(Purpose purpose) {
    return fact("purpose." + slug(purpose.id()), "a purpose is " + purpose.label(),
        op -> op.purposes().contains(purpose));
  }

  /** Every purpose is among these ("uniquement", "aux seules fins"). */
  public static Fact<ProcessingOperation> onlyPurposes(String id, String description, Set<Purpose> allowed) {
    return fact("purposes.only-" + id, "the only purposes are " + description, op -> op.purposes().allMatch(allowed::contains));
  }

  /** The processing is carried out under this legal framework. */
  public static Fact<ProcessingOperation> framework(LegalFramework framework) {
    return fact("framework." + slug(framework.id()), "the processing is carried out under " + framework.label(),
        op -> op.legalFrameworks().contains(framework));
  }

  private static Truth naturalPerson(ProcessingOperation op) {
    return op.controller().kind().isPresent() ? op.controller().kind().get().naturalPerson() : UNKNOWN;
  }

  static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
