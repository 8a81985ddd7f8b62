package org.dpia.rules.fr;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.ProcessingOperation;
import java.util.Optional;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.Technology;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.text.Text;

/**
 * The facts the French rules read that are plain readings of the description, with no legal
 * judgement in them: "health data is processed", "a purpose is patient care", "the controller
 * employs fewer than 250 people". Facts that carry a judgement of the law (who is a competent
 * authority, what is innovative, what is sensitive) live in the file of the source that makes it.
 */
public final class Facts {
  private Facts() {}

  private static Fact<ProcessingOperation> fact(String id, String english, String french,
      Function<ProcessingOperation, Truth> reader) {
    return Fact.of(id, Text.of(english, french), reader);
  }

  // ---- data ----------------------------------------------------------------------------------------

  /**
   * Personal data is processed (GDPR art. 4(1)): as stated, or true as soon as a data category is
   * listed. Naming the people concerned or a camera does not settle it: a description may say that
   * only anonymous data is kept, and that statement is not second-guessed.
   */
  public static final Fact<ProcessingOperation> PERSONAL_DATA = fact("personal-data",
      "personal data is processed",
      "des données à caractère personnel sont traitées",
      ProcessingOperation::involvesPersonalData);

  /** Special categories of data (GDPR art. 9(1); LIL art. 6 I). */
  public static final Fact<ProcessingOperation> SPECIAL_DATA = fact("data.special-categories",
      "special categories of data are processed (racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic, biometric, health, sex life or sexual orientation)",
      "des catégories particulières de données sont traitées (origine raciale ou ethnique, opinions politiques, convictions religieuses ou philosophiques, appartenance syndicale, données génétiques, biométriques, de santé, concernant la vie sexuelle ou l'orientation sexuelle)",
      op -> op.dataCategories().anyMatch(DataCategory::isSpecialCategory).or(biometricByTechnology(op)));

  /** Data relating to criminal convictions and offences (GDPR art. 10). */
  public static final Fact<ProcessingOperation> CRIMINAL_DATA = fact("data.criminal-offences",
      "data relating to criminal convictions and offences is processed",
      "des données relatives aux condamnations pénales et aux infractions sont traitées",
      op -> op.dataCategories().anyMatch(DataCategory::isCriminalOffenceData));

  /**
   * One data category is processed: as listed; biometric data also when a technology identifies
   * people biometrically (GDPR art. 4(14)), location data when a technology locates people.
   */
  public static Fact<ProcessingOperation> data(DataCategory category) {
    Text text = category.text();
    return fact("data." + slug(category.name()),
        text.english() + " is processed",
        text.in(Locale.FRENCH) + " : sont traitées",
        op -> op.dataCategories().contains(category).or(switch (category) {
          case BIOMETRIC -> biometricByTechnology(op);
          case LOCATION -> locationByTechnology(op);
          default -> Truth.FALSE;
        }));
  }

  /**
   * A technology identifies people biometrically: true if one is known to, false if the technologies
   * are all stated and none does, unknown otherwise (technologies not stated may include one, even
   * when the data categories are stated: the technology implies the data).
   */
  public static Truth biometricByTechnology(ProcessingOperation op) {
    return op.technologies().anyTruth(Technology::identifiesBiometrically);
  }

  /** A technology locates people: true if one is known to, false if all are stated and none does, unknown otherwise. */
  public static Truth locationByTechnology(ProcessingOperation op) {
    return op.technologies().anyTruth(Technology::locatesPeople);
  }

  /** A technology that observes, monitors or records people (cameras, microphones, trackers, activity monitoring). */
  public static final Fact<ProcessingOperation> RECORDS_PEOPLE = fact("technology.records-people",
      "a technology observes, monitors or records people (cameras, microphones, trackers, activity monitoring)",
      "une technologie observe, surveille ou enregistre les personnes (caméras, microphones, traceurs, surveillance d'activité)",
      op -> op.technologies().anyTruth(Technology::observesPeople));

  // ---- what is done --------------------------------------------------------------------------------

  /** Evaluation or scoring, including profiling: as stated, or true when an extensive evaluation is stated. */
  public static final Fact<ProcessingOperation> PROFILING = fact("profiling",
      "people are evaluated or scored, including profiling and predicting",
      "des personnes sont évaluées ou notées, y compris par profilage et prédiction",
      op -> op.extensiveEvaluation() == Truth.TRUE ? Truth.TRUE : op.profiling());

  /** Automated decisions with legal or similarly significant effect. */
  public static final Fact<ProcessingOperation> AUTOMATED_DECISIONS = fact("automated-decisions",
      "decisions producing legal or similarly significant effects on people are based on automated processing",
      "des décisions produisant des effets juridiques ou affectant les personnes de manière significative de façon similaire sont fondées sur un traitement automatisé",
      ProcessingOperation::automatedDecisions);

  /** Systematic monitoring, as the caller states it. */
  public static final Fact<ProcessingOperation> SYSTEMATIC_MONITORING = fact("systematic-monitoring",
      "people are observed, monitored or controlled systematically",
      "des personnes sont observées, surveillées ou contrôlées de manière systématique",
      ProcessingOperation::systematicMonitoring);

  /** Matching or combining datasets. */
  public static final Fact<ProcessingOperation> COMBINES_DATASETS = fact("combines-datasets",
      "datasets from different purposes or controllers are matched or combined beyond what people would reasonably expect",
      "des ensembles de données issus de finalités ou de responsables de traitement différents sont croisés ou combinés au-delà de ce à quoi les personnes peuvent raisonnablement s'attendre",
      ProcessingOperation::combinesDatasets);

  /** Data from external sources. */
  public static final Fact<ProcessingOperation> EXTERNAL_SOURCES = fact("external-sources",
      "data obtained from sources outside the controller is used",
      "des données obtenues auprès de sources extérieures au responsable de traitement sont utilisées",
      ProcessingOperation::externalSources);

  /** May exclude people from a right, a service or a contract. */
  public static final Fact<ProcessingOperation> MAY_EXCLUDE = fact("may-exclude",
      "the processing may lead to people being refused, suspended or excluded from a right, a service or a contract",
      "le traitement peut conduire à refuser, suspendre ou exclure des personnes du bénéfice d'un droit, d'un service ou d'un contrat",
      ProcessingOperation::mayExcludeFromRightServiceOrContract);

  // ---- technology, place, scale --------------------------------------------------------------------

  /** Biometric recognition technology. */
  public static final Fact<ProcessingOperation> BIOMETRIC_TECHNOLOGY = fact("technology.biometric",
      "a biometric device is used (facial or other biometric recognition)",
      "un dispositif biométrique est utilisé (reconnaissance faciale ou autre reconnaissance biométrique)",
      op -> op.technologies().anyTruth(Technology::identifiesBiometrically));

  /** Algorithmic video analysis. */
  public static final Fact<ProcessingOperation> VIDEO_ANALYSIS = fact("technology.algorithmic-video-analysis",
      "images are analysed by algorithms",
      "des images sont analysées par des algorithmes",
      op -> op.technologies().contains(StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS));

  /** A publicly accessible area. */
  public static final Fact<ProcessingOperation> PUBLIC_AREA = fact("place.publicly-accessible",
      "data is collected in a publicly accessible area",
      "les données sont collectées dans une zone accessible au public",
      op -> op.places().contains(StandardPlace.PUBLICLY_ACCESSIBLE_AREA));

  /** Runs permanently. */
  public static final Fact<ProcessingOperation> PERMANENT = fact("scale.permanent",
      "the processing runs permanently, without a planned end",
      "le traitement est mis en œuvre de façon permanente, sans fin prévue",
      op -> op.scale().permanence().map(p -> Truth.of(p == Scale.Permanence.PERMANENT)).orElse(Truth.UNKNOWN));

  /**
   * The processing runs continuously, not in occasional checks: as stated, else true when it is
   * permanent (continuously, without a planned end), false when one-off or periodic, unknown when
   * it runs for a limited time and is not said to be continuous.
   */
  public static final Fact<ProcessingOperation> CONTINUOUS = fact("continuous",
      "the processing runs continuously, not in occasional checks",
      "le traitement est mis en œuvre de manière continue, et non par des contrôles ponctuels",
      op -> op.continuous().isKnown() ? op.continuous() : op.scale().permanence().map(p -> switch (p) {
        case PERMANENT -> Truth.TRUE;
        case ONE_OFF, PERIODIC -> Truth.FALSE;
        case TEMPORARY -> Truth.UNKNOWN;
      }).orElse(Truth.UNKNOWN));

  /** Covers at least a whole country. */
  public static final Fact<ProcessingOperation> NATIONWIDE = fact("scale.nationwide-or-wider",
      "the processing covers at least a whole country",
      "le traitement couvre au moins un pays entier",
      op -> op.scale().geographicExtent()
          .map(e -> Truth.of(e.compareTo(Scale.GeographicExtent.NATIONAL) >= 0)).orElse(Truth.UNKNOWN));

  /** The number of people whose data is processed is at least this number, as stated in the scale. */
  public static Fact<ProcessingOperation> dataSubjectsAtLeast(long number) {
    return fact("scale.data-subjects-at-least-" + number,
        "the data of at least " + grouped(number, ",") + " people is processed",
        "les données d'au moins " + grouped(number, " ") + " personnes sont traitées",
        op -> op.scale().dataSubjects().isPresent() ? Truth.of(op.scale().dataSubjects().getAsLong() >= number) : Truth.UNKNOWN);
  }

  /**
   * A whole number with its digits grouped by three, as English ({@code ","}) and French (a plain
   * space) write them: what {@code String.format("%,d")} gives, without loading the locales' number
   * formats when the rulebook is built.
   */
  public static String grouped(long number, String separator) {
    String digits = Long.toString(Math.abs(number));
    StringBuilder s = new StringBuilder(number < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        s.append(separator);
      }
      s.append(digits.charAt(i));
    }
    return s.toString();
  }

  /** Covers at least a whole city. */
  public static final Fact<ProcessingOperation> CITY_WIDE = fact("scale.city-wide-or-wider",
      "the processing covers at least a whole city",
      "le traitement couvre au moins une ville entière",
      op -> op.scale().geographicExtent()
          .map(e -> Truth.of(e.compareTo(Scale.GeographicExtent.CITY) >= 0)).orElse(Truth.UNKNOWN));

  // ---- controller, purposes, framework -------------------------------------------------------------

  /** Whether some controller (the controller or a joint controller, art. 26) has the property. */
  public static Truth anyController(ProcessingOperation op, Function<Controller, Truth> property) {
    Truth result = Truth.FALSE;
    for (Controller c : op.controllers()) {
      result = result.or(property.apply(c));
    }
    return result;
  }

  /** Whether every controller (the controller and the joint controllers, art. 26) has the property. */
  public static Truth allControllers(ProcessingOperation op, Function<Controller, Truth> property) {
    Truth result = Truth.TRUE;
    for (Controller c : op.controllers()) {
      result = result.and(property.apply(c));
    }
    return result;
  }

  /** Every controller is of this kind (with joint controllers, each of them). */
  public static Fact<ProcessingOperation> controller(ControllerKind kind) {
    return fact("controller." + slug(kind.id()),
        "the controller is " + kind.label(),
        "le responsable de traitement est " + kind.text().in(Locale.FRENCH),
        op -> allControllers(op, c -> c.kind().map(k -> Truth.of(k.equals(kind))).orElse(Truth.UNKNOWN)));
  }

  /** The controller is a legal person (not a natural person). */
  public static final Fact<ProcessingOperation> LEGAL_PERSON = fact("controller.legal-person",
      "the controller is a legal person (public or private)",
      "le responsable de traitement est une personne morale (de droit public ou privé)",
      op -> naturalPerson(op).not());

  /** The controller employs fewer than 250 people. */
  public static final Fact<ProcessingOperation> FEWER_THAN_250_STAFF = fact("controller.fewer-than-250-staff",
      "the controller employs fewer than 250 people",
      "le responsable de traitement emploie moins de 250 personnes",
      op -> allControllers(op, c -> c.staff().isPresent() ? Truth.of(c.staff().getAsInt() < 250) : Truth.UNKNOWN));

  /**
   * One of the purposes is this one. A purpose the rulebook does not know counts by its family: one
   * of an unknown family may be this one; one of this purpose's family is it when no other known
   * purpose shares the family (an employee-monitoring purpose is the monitoring of employees'
   * activity), and may be it otherwise; one of the "other" family is, by its declaration, none of
   * the purposes the law names; one of another family is not.
   */
  public static Fact<ProcessingOperation> purpose(Purpose purpose) {
    return fact("purpose." + slug(purpose.id()),
        "a purpose is " + purpose.label(),
        "une finalité est " + purpose.text().in(Locale.FRENCH),
        reading(purpose));
  }

  /** The reader of {@link #purpose(Purpose)}, made once per fact rather than at each reading. */
  private static Function<ProcessingOperation, Truth> reading(Purpose purpose) {
    Function<Purpose, Truth> isIt = p -> is(p, purpose);
    return op -> op.purposes().anyTruth(isIt);
  }

  /** Whether a stated purpose is the given one, a purpose the rulebook does not know counting by its family. */
  public static Truth is(Purpose stated, Purpose named) {
    if (stated.equals(named)) {
      return Truth.TRUE;
    }
    if (stated instanceof StandardPurpose || stated instanceof FrenchPurpose) {
      return Truth.FALSE;
    }
    if (stated.family().isEmpty() || named.family().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PurposeFamily family = stated.family().get();
    if (family != named.family().get()) {
      return Truth.FALSE;
    }
    long sharing = java.util.stream.Stream.concat(java.util.Arrays.stream(StandardPurpose.values()), java.util.Arrays.stream(FrenchPurpose.values()))
        .filter(p -> p.family().equals(Optional.of(family))).count();
    if (family == PurposeFamily.OTHER) {
      // a purpose of the other family is, by its declaration, none of the purposes the law names
      return Truth.FALSE;
    }
    return sharing == 1 ? Truth.TRUE : Truth.UNKNOWN;
  }

  /** Every purpose is among these ("uniquement", "aux seules fins"). */
  public static Fact<ProcessingOperation> onlyPurposes(String id, Text description, Set<Purpose> allowed) {
    return fact("purposes.only-" + id,
        "the only purposes are " + description.english(),
        "les seules finalités sont " + description.in(Locale.FRENCH),
        onlyReading(List.copyOf(allowed)));
  }

  /** The reader of {@link #onlyPurposes}: every stated purpose is one of those allowed. */
  private static Function<ProcessingOperation, Truth> onlyReading(List<Purpose> allowed) {
    Function<Purpose, Truth> isAllowed = p -> {
      Truth any = Truth.FALSE;
      for (Purpose a : allowed) {
        any = any.or(is(p, a));
      }
      return any;
    };
    return op -> op.purposes().allTruth(isAllowed);
  }

  /** The processing is carried out under this legal framework. */
  public static Fact<ProcessingOperation> framework(LegalFramework framework) {
    return fact("framework." + slug(framework.id()),
        "the processing is carried out under " + framework.label(),
        "le traitement est mis en œuvre dans le cadre de " + framework.text().in(Locale.FRENCH),
        op -> op.legalFrameworks().contains(framework));
  }

  /** Whether the controller is a natural person, as its kind says. */
  public static Truth naturalPerson(ProcessingOperation op) {
    return allControllers(op, c -> c.kind().map(ControllerKind::naturalPerson).orElse(Truth.UNKNOWN));
  }

  /** An id in lower case with dashes, as fact ids are written: {@code PATIENT_CARE} gives {@code patient-care}. */
  public static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
