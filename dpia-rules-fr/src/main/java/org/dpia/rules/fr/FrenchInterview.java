package org.dpia.rules.fr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.InterviewPlan;
import org.dpia.core.decision.Option;
import org.dpia.core.decision.Topic;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;
import org.dpia.core.model.Vocabulary;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.cnil.Guidelines2018326;
import org.dpia.rules.fr.cnil.Transition2018;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * How the French rulebook's questionnaire groups its questions: one multiple-choice question per
 * part of the description — the kind of controller, the purposes, the categories of data, the
 * people concerned, the technologies, the places, how many people, how far and how long — each
 * naming the facts of French law it settles; and the risk criteria of WP248 asked as conclusions
 * only once the plain facts they are derived from were asked and left them open. There is no law
 * here, only the mapping of fact ids to the parts of the description that decide them; the words
 * are in {@code texts.properties} and {@code texts_fr.properties}.
 */
public final class FrenchInterview {
  private FrenchInterview() {}

  /** The id of the topic "who is the controller". */
  public static final String CONTROLLER = "controller";
  /** The id of the topic "which purposes". */
  public static final String PURPOSES = "purposes";
  /** The id of the topic "which categories of data". */
  public static final String DATA = "data";
  /** The id of the topic "whose data". */
  public static final String SUBJECTS = "subjects";
  /** The id of the topic "which technologies". */
  public static final String TECHNOLOGIES = "technologies";
  /** The id of the topic "where". */
  public static final String PLACES = "places";
  /** The id of the topic "how many people". */
  public static final String PEOPLE = "people";
  /** The id of the topic "how far". */
  public static final String EXTENT = "extent";
  /** The id of the topic "how long". */
  public static final String DURATION = "duration";
  /** The id of the topic "what is done to people" (evaluation, automated decisions, monitoring…). */
  public static final String ACTIVITIES = "activities";
  /** The id of the topic "which risk criteria of WP248 are met", asked when the facts left them open. */
  public static final String CRITERIA = "criteria";
  /** The id of the topic "which exceptions does the controller invoke" (GDPR art. 35(10), the 2018 tolerance…). */
  public static final String EXCEPTIONS = "exceptions";
  /** The id of the topic "under which legal framework". */
  public static final String FRAMEWORKS = "frameworks";

  private static Predicate<String> prefixes(String... prefixes) {
    return id -> Arrays.stream(prefixes).anyMatch(id::startsWith);
  }

  private static Predicate<String> ids(String... ids) {
    return id -> Arrays.asList(ids).contains(id);
  }

  private static <T> List<T> concat(T[] a, T[] b) {
    List<T> all = new ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all;
  }

  /** The plan, built once. */
  public static final InterviewPlan PLAN = plan();

  private static InterviewPlan plan() {
    List<ControllerKind> kinds = concat(StandardControllerKind.values(), FrenchControllerKind.values());
    Topic controller = Topic.ofOne(CONTROLLER, kinds, Vocabulary::id, Vocabulary::text,
        // with joint controllers, every kind matters: the question is then asked fact by fact
        op -> op.jointControllers().isEmpty() ? op.controller().kind() : Optional.empty(),
        (op, kind) -> op.withController(op.controller().withKind(kind)),
        prefixes("controller.").and(ids("controller.fewer-than-250-staff", "controller.on-behalf-of-the-state").negate())
        );
    List<Purpose> purposes = concat(StandardPurpose.values(), FrenchPurpose.values());
    Topic purposesTopic = Topic.<Purpose>ofSet(PURPOSES, purposes, Vocabulary::id, Vocabulary::text,
        ProcessingOperation::purposes, (op, set) -> op.withPurposes(set),
        prefixes("purpose.", "purposes.").or(ids("controller.on-behalf-of-the-state")));
    Topic data = Topic.<DataCategory>ofSet(DATA, List.of(DataCategory.values()), Enum::name, DataCategory::text,
        ProcessingOperation::dataCategories, (op, set) -> op.withDataCategories(set),
        prefixes("data."));
    Topic subjects = Topic.<DataSubjectCategory>ofSet(SUBJECTS, List.of(DataSubjectCategory.values()), Enum::name,
        DataSubjectCategory::text, ProcessingOperation::dataSubjects, (op, set) -> op.withDataSubjects(set),
        prefixes("subjects."));
    List<Technology> technologies = concat(StandardTechnology.values(), FrenchTechnology.values());
    Topic technologiesTopic = Topic.<Technology>ofSet(TECHNOLOGIES, technologies, Vocabulary::id, Vocabulary::text,
        ProcessingOperation::technologies, (op, set) -> op.withTechnologies(set),
        prefixes("technology.").or(ids("data.biometric", "data.location", "data.special-categories",
            "data.sensitive-or-highly-personal")));
    Topic places = Topic.<Place>ofSet(PLACES, List.of(StandardPlace.values()), Vocabulary::id, Vocabulary::text,
        ProcessingOperation::places, (op, set) -> op.withPlaces(set), prefixes("place."));
    Map<Option, Map<Fact<ProcessingOperation>, Truth>> ranges = new LinkedHashMap<>();
    Fact<ProcessingOperation> over10000 = Facts.dataSubjectsAtLeast(10_001);
    Fact<ProcessingOperation> over50000 = Facts.dataSubjectsAtLeast(50_000);
    ranges.put(new Option("UP_TO_10000", Text.of("up to 10,000 people", "jusqu'à 10 000 personnes")),
        Map.of(over10000, Truth.FALSE, over50000, Truth.FALSE));
    ranges.put(new Option("10001_TO_49999", Text.of("from 10,001 to 49,999 people", "de 10 001 à 49 999 personnes")),
        Map.of(over10000, Truth.TRUE, over50000, Truth.FALSE));
    ranges.put(new Option("50000_OR_MORE", Text.of("50,000 people or more", "50 000 personnes ou plus")),
        Map.of(over10000, Truth.TRUE, over50000, Truth.TRUE));
    Topic people = Topic.ofFacts(PEOPLE, ranges, prefixes("scale.data-subjects-at-least-"));
    Topic extent = Topic.<Scale.GeographicExtent>ofOne(EXTENT, List.of(Scale.GeographicExtent.values()), Enum::name,
        FrenchInterview::extent, op -> op.scale().geographicExtent(), (op, e) -> op.withScale(op.scale().withGeographicExtent(e)),
        ids("scale.city-wide-or-wider", "scale.nationwide-or-wider"));
    Topic duration = Topic.<Scale.Permanence>ofOne(DURATION, List.of(Scale.Permanence.values()), Enum::name,
        FrenchInterview::permanence, op -> op.scale().permanence(), (op, p) -> op.withScale(op.scale().withPermanence(p)),
        ids("scale.permanent", "continuous"));
    Topic frameworks = Topic.<LegalFramework>ofSet(FRAMEWORKS, List.of(FrenchLegalFramework.values()), Vocabulary::id,
        Vocabulary::text, ProcessingOperation::legalFrameworks, (op, set) -> op.withLegalFrameworks(set), prefixes("framework."));
    Map<Option, Fact<ProcessingOperation>> done = new LinkedHashMap<>();
    for (Fact<ProcessingOperation> f : List.of(Facts.PROFILING, Article35.EXTENSIVE_EVALUATION, Facts.AUTOMATED_DECISIONS,
        Article35.DECISIONS_ON_EVALUATION, Facts.SYSTEMATIC_MONITORING, Facts.COMBINES_DATASETS, Facts.EXTERNAL_SOURCES,
        Facts.MAY_EXCLUDE)) {
      done.put(new Option(f.id(), f.text()), f);
    }
    Topic activities = Topic.ofFactSet(ACTIVITIES, done);
    Map<Option, Fact<ProcessingOperation>> met = new LinkedHashMap<>();
    for (RiskCriterion c : RiskCriterion.values()) {
      Fact<ProcessingOperation> f = Wp248.conclusion(c);
      met.put(new Option(f.id(), c.text()), f);
    }
    Topic criteria = Topic.ofFactSet(CRITERIA, met);
    Map<Option, Fact<ProcessingOperation>> invoked = new LinkedHashMap<>();
    for (Fact<ProcessingOperation> f : List.of(Article35.LEGAL_BASIS_ASSESSED, Gdpr.HOUSEHOLD_ACTIVITY, Transition2018.STARTED_BEFORE_GDPR,
        Transition2018.PRIOR_FORMALITY, Guidelines2018326.DISPENSED_FROM_FORMALITY)) {
      invoked.put(new Option(f.id(), f.text()), f);
    }
    Topic exceptions = Topic.ofFactSet(EXCEPTIONS, invoked);
    return InterviewPlan.builder()
        .topic(controller).topic(purposesTopic).topic(data).topic(subjects).topic(technologiesTopic).topic(places)
        .topic(people).topic(extent).topic(duration).topic(activities).topic(frameworks).topic(criteria)
        .topic(exceptions)
        // the criteria are asked as conclusions only when the facts they are derived from left them open
        .askAfter(CRITERIA, ACTIVITIES, DATA, SUBJECTS, TECHNOLOGIES, PLACES, PEOPLE, EXTENT, DURATION)
        // personal data is processed as soon as a category of data is: asked alone only when that left it open
        .askAfter("personal-data", DATA)
        .askAfter("substantially-modified", "prior-formality", "dispensed-from-formality")
        .askAfter("dispensed-from-formality", "prior-formality")
        .askAfter("controller.fewer-than-250-staff", CONTROLLER)
        .askAfter("controller.on-behalf-of-the-state", CONTROLLER)
        .build();
  }

  private static Text extent(Scale.GeographicExtent e) {
    return switch (e) {
      case SINGLE_SITE -> Text.of("one site or building", "un seul site ou bâtiment");
      case LOCAL -> Text.of("a neighbourhood or a few sites", "un quartier ou quelques sites");
      case CITY -> Text.of("a whole city", "une ville entière");
      case REGIONAL -> Text.of("a region or several cities", "une région ou plusieurs villes");
      case NATIONAL -> Text.of("a whole country", "un pays entier");
      case INTERNATIONAL -> Text.of("several countries", "plusieurs pays");
    };
  }

  private static Text permanence(Scale.Permanence p) {
    return switch (p) {
      case ONE_OFF -> Text.of("once", "une seule fois");
      case TEMPORARY -> Text.of("for a limited time", "pour une durée limitée");
      case PERIODIC -> Text.of("at intervals", "à intervalles réguliers");
      case PERMANENT -> Text.of("permanently, without a planned end", "en permanence, sans fin prévue");
    };
  }
}
