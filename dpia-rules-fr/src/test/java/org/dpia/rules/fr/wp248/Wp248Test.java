package org.dpia.rules.fr.wp248;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.core.criteria.RiskCriterion.AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT;
import static org.dpia.core.criteria.RiskCriterion.EVALUATION_OR_SCORING;
import static org.dpia.core.criteria.RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY;
import static org.dpia.core.criteria.RiskCriterion.LARGE_SCALE;
import static org.dpia.core.criteria.RiskCriterion.MATCHING_OR_COMBINING_DATASETS;
import static org.dpia.core.criteria.RiskCriterion.PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE;
import static org.dpia.core.criteria.RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA;
import static org.dpia.core.criteria.RiskCriterion.SYSTEMATIC_MONITORING;
import static org.dpia.core.criteria.RiskCriterion.VULNERABLE_DATA_SUBJECTS;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.dpia.rules.fr.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nine criteria of WP248 rev.01 as {@link Criteria} derives them from the facts, as a caller
 * may assert them, and the two-criteria presumption they feed (GDPR art. 35(1) as WP248 reads it).
 * Each case changes the risk-free GDPR baseline ({@link Fixtures#gdpr()}) in one respect.
 */
@DisplayName("WP248 criteria")
class Wp248Test {

  /** A change to the baseline, named for the case it makes. */
  record Change(String name, UnaryOperator<ProcessingOperation.Builder> change) {
    ProcessingOperation apply() {
      return change.apply(Fixtures.gdpr()).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Change change(String name, UnaryOperator<ProcessingOperation.Builder> change) {
    return new Change(name, change);
  }

  static Scale scale(Scale.GeographicExtent extent, Scale.Permanence permanence) {
    return Scale.builder().geographicExtent(extent).permanence(permanence).build();
  }

  static Decision decide(ProcessingOperation operation) {
    return FRANCE.decide(operation, TODAY);
  }

  static CriterionFinding finding(Decision decision, RiskCriterion criterion) {
    return decision.criterion(criterion).orElseThrow(() -> new AssertionError("no finding for " + criterion + " in " + decision));
  }

  static List<GroundKind> decisiveKinds(Decision decision) {
    return decision.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> adviceIds(Decision decision) {
    return decision.advice().stream().map(Advice::id).toList();
  }

  /** For each criterion, a baseline change that meets it by derivation from the facts. */
  static final Map<RiskCriterion, Change> MEETS = new EnumMap<>(Map.of(
      EVALUATION_OR_SCORING, change("customers are profiled", b -> b.profiling(true)),
      AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, change("decisions with legal effect are automated", b -> b.automatedDecisions(true)),
      SYSTEMATIC_MONITORING, change("people are monitored systematically", b -> b.systematicMonitoring(true)),
      SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("health data is processed", b -> b.dataCategories(DataCategory.HEALTH)),
      LARGE_SCALE, change("the general public of a whole city, permanently", b -> b
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .scale(scale(Scale.GeographicExtent.CITY, Scale.Permanence.PERMANENT))),
      MATCHING_OR_COMBINING_DATASETS, change("datasets are combined", b -> b.combinesDatasets(true)),
      VULNERABLE_DATA_SUBJECTS, change("the data subjects are employees", b -> b.dataSubjects(DataSubjectCategory.EMPLOYEES)),
      INNOVATIVE_USE_OF_TECHNOLOGY, change("facial recognition is used", b -> b.technologies(StandardTechnology.FACIAL_RECOGNITION)),
      PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, change("people may be refused the service", b -> b.mayExcludeFromRightServiceOrContract(true))));

  @Nested
  @DisplayName("derived from the facts")
  class Derivation {

    static Stream<Arguments> cases() {
      return Stream.of(
          arguments(EVALUATION_OR_SCORING, change("customers are profiled", b -> b.profiling(true)), TRUE),
          arguments(EVALUATION_OR_SCORING, change("nobody is evaluated or scored", b -> b.profiling(false)), FALSE),
          arguments(EVALUATION_OR_SCORING, change("whether anyone is profiled is not known", b -> b.profiling(UNKNOWN)), UNKNOWN),

          arguments(AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, change("decisions with legal effect are automated", b -> b.automatedDecisions(true)), TRUE),
          arguments(AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, change("no decision is automated", b -> b.automatedDecisions(false)), FALSE),
          arguments(AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, change("whether decisions are automated is not known", b -> b.automatedDecisions(UNKNOWN)), UNKNOWN),

          arguments(SYSTEMATIC_MONITORING, change("employees' workstations are monitored systematically", b -> b
              .dataSubjects(DataSubjectCategory.EMPLOYEES).places(StandardPlace.WORKPLACE).systematicMonitoring(true)), TRUE),
          arguments(SYSTEMATIC_MONITORING, change("CCTV films a publicly accessible area", b -> b
              .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), TRUE),
          arguments(SYSTEMATIC_MONITORING, change("licence-plate recognition on public roads", b -> b
              .technologies(StandardTechnology.LICENCE_PLATE_RECOGNITION).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), TRUE),
          arguments(SYSTEMATIC_MONITORING, change("CCTV films a workplace closed to the public", b -> b
              .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.WORKPLACE)), FALSE),
          arguments(SYSTEMATIC_MONITORING, change("ordinary software at a counter open to the public", b -> b
              .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), FALSE),
          arguments(SYSTEMATIC_MONITORING, change("CCTV films premises that may be open to the public", b -> b
              .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(FactSet.atLeast(StandardPlace.WORKPLACE))), UNKNOWN),
          arguments(SYSTEMATIC_MONITORING, change("whether people are monitored is not known", b -> b.systematicMonitoring(UNKNOWN)), UNKNOWN),
          arguments(SYSTEMATIC_MONITORING, change("thermal cameras screen people in a publicly accessible area", b -> b
              .technologies(StandardTechnology.THERMAL_CAMERAS).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), TRUE),
          arguments(SYSTEMATIC_MONITORING, change("badge readers at a publicly accessible door: they do not observe people", b -> b
              .technologies(StandardTechnology.BADGE_ACCESS_CONTROL).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), FALSE),
          arguments(SYSTEMATIC_MONITORING, change("a technology of unknown properties in a publicly accessible area", b -> b
              .technologies(org.dpia.core.model.CustomTechnology.builder().id("X").text(org.dpia.core.text.Text.of("x"))
                  .observesPeople(UNKNOWN).identifiesBiometrically(UNKNOWN).locatesPeople(UNKNOWN).innovative(UNKNOWN).build())
              .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), UNKNOWN),

          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("health data (art. 9)", b -> b.dataCategories(DataCategory.HEALTH)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("criminal-offence data (art. 10)", b -> b.dataCategories(DataCategory.CRIMINAL_OFFENCES)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("financial data (highly personal)", b -> b.dataCategories(DataCategory.FINANCIAL)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("location data (highly personal)", b -> b.dataCategories(DataCategory.LOCATION)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("identity and contact details only", b -> b
              .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)), FALSE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("facial recognition, no data listed: biometric data all the same", b -> b
              .dataCategories(DataCategory.IMAGES).technologies(StandardTechnology.FACIAL_RECOGNITION)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("GPS tracking, no location listed: location data all the same", b -> b
              .dataCategories(DataCategory.IDENTIFICATION).technologies(StandardTechnology.LOCATION_TRACKING)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("recordings of private conversations (highly personal)", b -> b
              .dataCategories(DataCategory.PRIVATE_CONVERSATIONS)), TRUE),
          arguments(SENSITIVE_OR_HIGHLY_PERSONAL_DATA, change("identity, and perhaps other data", b -> b
              .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION))), UNKNOWN),

          arguments(LARGE_SCALE, change("the general public of a whole city, permanently", b -> b
              .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC).scale(scale(Scale.GeographicExtent.CITY, Scale.Permanence.PERMANENT))), TRUE),
          arguments(LARGE_SCALE, change("the general public of a whole country, permanently", b -> b
              .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC).scale(scale(Scale.GeographicExtent.NATIONAL, Scale.Permanence.PERMANENT))), TRUE),
          arguments(LARGE_SCALE, change("an individual physician's patients (recital 91)", b -> b
              .controller(Controller.of("Dr Martin", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
              .purposes(StandardPurpose.PATIENT_CARE).dataSubjects(DataSubjectCategory.PATIENTS).dataCategories(DataCategory.HEALTH)), FALSE),
          arguments(LARGE_SCALE, change("an individual lawyer's clients (recital 91)", b -> b
              .controller(Controller.of("Me Durand", StandardControllerKind.INDIVIDUAL_LAWYER))
              .purposes(StandardPurpose.LEGAL_PRACTICE)), FALSE),
          arguments(LARGE_SCALE, change("the general public of a whole city, for a limited time", b -> b
              .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC).scale(scale(Scale.GeographicExtent.CITY, Scale.Permanence.TEMPORARY))), UNKNOWN),
          arguments(LARGE_SCALE, change("the general public of a neighbourhood, permanently", b -> b
              .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC).scale(scale(Scale.GeographicExtent.LOCAL, Scale.Permanence.PERMANENT))), UNKNOWN),
          arguments(LARGE_SCALE, change("a company's customers, scale not described", b -> b), UNKNOWN),
          arguments(LARGE_SCALE, change("50,000 customers (the highest published threshold)", b -> b
              .scale(Scale.builder().dataSubjects(50_000).build())), TRUE),
          arguments(LARGE_SCALE, change("49,999 customers: below every published threshold for ordinary data, a judgement", b -> b
              .scale(Scale.builder().dataSubjects(49_999).build())), UNKNOWN),
          arguments(LARGE_SCALE, change("health data of 10,001 people (CNIL: 10,000 patients a year)", b -> b
              .dataCategories(DataCategory.HEALTH).scale(Scale.builder().dataSubjects(10_001).build())), TRUE),
          arguments(LARGE_SCALE, change("health data of 10,000 people: a judgement", b -> b
              .dataCategories(DataCategory.HEALTH).scale(Scale.builder().dataSubjects(10_000).build())), UNKNOWN),
          arguments(LARGE_SCALE, change("contact details of 10,001 people: the sensitive-data threshold does not apply", b -> b
              .scale(Scale.builder().dataSubjects(10_001).build())), UNKNOWN),
          arguments(LARGE_SCALE, change("a commune's CCTV of public places (CNIL 2021; CE Beaucaire 2024)", b -> b
              .controller(Controller.of("Commune", StandardControllerKind.LOCAL_AUTHORITY)).technologies(StandardTechnology.VIDEO_SURVEILLANCE)
              .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), TRUE),
          arguments(LARGE_SCALE, change("a company's CCTV of its shop: not the commune's video protection", b -> b
              .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)), UNKNOWN),
          arguments(LARGE_SCALE, change("a commune's CCTV inside its own offices, closed to the public", b -> b
              .controller(Controller.of("Commune", StandardControllerKind.LOCAL_AUTHORITY)).technologies(StandardTechnology.VIDEO_SURVEILLANCE)
              .places(StandardPlace.WORKPLACE)), UNKNOWN),

          arguments(MATCHING_OR_COMBINING_DATASETS, change("datasets are combined", b -> b.combinesDatasets(true)), TRUE),
          arguments(MATCHING_OR_COMBINING_DATASETS, change("no dataset is combined", b -> b.combinesDatasets(false)), FALSE),
          arguments(MATCHING_OR_COMBINING_DATASETS, change("whether datasets are combined is not known", b -> b.combinesDatasets(UNKNOWN)), UNKNOWN),

          arguments(VULNERABLE_DATA_SUBJECTS, change("employees", b -> b.dataSubjects(DataSubjectCategory.EMPLOYEES)), TRUE),
          arguments(VULNERABLE_DATA_SUBJECTS, change("children", b -> b.dataSubjects(DataSubjectCategory.CHILDREN)), TRUE),
          arguments(VULNERABLE_DATA_SUBJECTS, change("customers only", b -> b.dataSubjects(DataSubjectCategory.CUSTOMERS)), FALSE),
          arguments(VULNERABLE_DATA_SUBJECTS, change("customers, and perhaps others", b -> b
              .dataSubjects(FactSet.atLeast(DataSubjectCategory.CUSTOMERS))), UNKNOWN),

          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("algorithmic video analysis", b -> b
              .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)), TRUE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("facial recognition", b -> b.technologies(StandardTechnology.FACIAL_RECOGNITION)), TRUE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("plain CCTV", b -> b.technologies(StandardTechnology.VIDEO_SURVEILLANCE)), FALSE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("ordinary business software", b -> b.technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)), FALSE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("licence-plate recognition (WP248's example)", b -> b
              .technologies(StandardTechnology.LICENCE_PLATE_RECOGNITION)), TRUE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("drones, once an authority found them innovative", b -> b
              .technologies(StandardTechnology.DRONES)), TRUE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("a technology its describer declares innovative", b -> b
              .technologies(org.dpia.core.model.CustomTechnology.builder().id("GAIT").text(org.dpia.core.text.Text.of("gait analysis"))
                  .observesPeople(TRUE).identifiesBiometrically(TRUE).locatesPeople(UNKNOWN).innovative(TRUE).build())), TRUE),
          arguments(INNOVATIVE_USE_OF_TECHNOLOGY, change("artificial intelligence (depends on the state of the art)", b -> b
              .technologies(StandardTechnology.ARTIFICIAL_INTELLIGENCE)), UNKNOWN),

          arguments(PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, change("people may be refused the service", b -> b
              .mayExcludeFromRightServiceOrContract(true)), TRUE),
          arguments(PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, change("nobody can be refused anything", b -> b
              .mayExcludeFromRightServiceOrContract(false)), FALSE),
          arguments(PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE, change("whether people may be refused is not known", b -> b
              .mayExcludeFromRightServiceOrContract(UNKNOWN)), UNKNOWN));
    }

    @ParameterizedTest(name = "criterion {0} — {1}: {2}")
    @MethodSource("cases")
    @DisplayName("each criterion is met, not met or unknown according to the facts")
    void derivedFromFacts(RiskCriterion criterion, Change change, Truth expected) {
      Decision d = decide(change.apply());

      CriterionFinding f = finding(d, criterion);
      assertThat(f.met()).as("%s when %s (trace:%n%s)", criterion, change, f.trace()).isEqualTo(expected);
      assertThat(f.isAsserted()).as("a derived finding is not marked as asserted").isFalse();
    }

    @Test
    @DisplayName("a monitoring technology in a publicly accessible area is systematic monitoring even if the caller said there is none")
    void publicAreaCamerasAreSystematicMonitoring() {
      Decision cameras = decide(Fixtures.gdpr().systematicMonitoring(false)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA).build());
      Decision sameCamerasOffices = decide(Fixtures.gdpr().systematicMonitoring(false)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.WORKPLACE).build());

      assertThat(finding(cameras, SYSTEMATIC_MONITORING).met()).isEqualTo(TRUE);
      assertThat(finding(sameCamerasOffices, SYSTEMATIC_MONITORING).met()).isEqualTo(FALSE);
    }

    @Test
    @DisplayName("an individual physician's file is not large scale even when health data of many patients is processed (recital 91)")
    void individualPhysicianIsNeverLargeScale() {
      Decision physician = decide(Fixtures.gdpr()
          .controller(Controller.of("Dr Martin", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
          .purposes(StandardPurpose.PATIENT_CARE)
          .dataSubjects(DataSubjectCategory.PATIENTS)
          .dataCategories(DataCategory.HEALTH)
          .scale(scale(Scale.GeographicExtent.CITY, Scale.Permanence.PERMANENT))
          .build());
      Decision clinic = decide(Fixtures.gdpr()
          .controller(Controller.of("Clinique du Parc", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
          .purposes(StandardPurpose.PATIENT_CARE)
          .dataSubjects(DataSubjectCategory.PATIENTS)
          .dataCategories(DataCategory.HEALTH)
          .scale(scale(Scale.GeographicExtent.CITY, Scale.Permanence.PERMANENT))
          .build());

      assertThat(finding(physician, LARGE_SCALE).met()).isEqualTo(FALSE);
      assertThat(finding(clinic, LARGE_SCALE).met()).isEqualTo(UNKNOWN);
    }
  }

  @Nested
  @DisplayName("innovation is dated: from the source that says so")
  class InnovationOverTime {

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} on {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "ALGORITHMIC_VIDEO_ANALYSIS, 2017-10-03, UNKNOWN",
        "ALGORITHMIC_VIDEO_ANALYSIS, 2017-10-04, TRUE",
        "FACIAL_RECOGNITION,         2017-10-04, TRUE",
        "LICENCE_PLATE_RECOGNITION,  2017-10-03, UNKNOWN",
        "DRONES,                     2020-01-02, UNKNOWN",
        "DRONES,                     2020-01-03, TRUE",
        "VIDEO_SURVEILLANCE,         2030-01-01, FALSE",
        "BADGE_ACCESS_CONTROL,       2010-01-01, FALSE",
        "ARTIFICIAL_INTELLIGENCE,    2024-06-01, UNKNOWN"})
    @DisplayName("innovative from the day a source says so, with no end; established technologies never")
    void innovativeFromTheSourceDay(StandardTechnology t, java.time.LocalDate date, Truth expected) {
      assertThat(Wp248.innovative(t, date)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a technology the rulebook does not know is read as declared; the breathalyser is not innovative")
    void declaredOrKnown() {
      assertThat(Wp248.innovative(org.dpia.core.model.CustomTechnology.builder().id("X").text(org.dpia.core.text.Text.of("x"))
          .observesPeople(UNKNOWN).identifiesBiometrically(UNKNOWN).locatesPeople(UNKNOWN).innovative(FALSE).build(),
          java.time.LocalDate.of(2024, 1, 1))).isEqualTo(FALSE);
      assertThat(Wp248.innovative(org.dpia.rules.fr.FrenchTechnology.BREATHALYSER, java.time.LocalDate.of(2024, 1, 1))).isEqualTo(FALSE);
    }
  }

  @Nested
  @DisplayName("asserted by the caller")
  class Assertion {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskCriterion.class)
    @DisplayName("a criterion asserted as met is met, and the finding says it was asserted")
    void assertedMetOverridesDerivation(RiskCriterion criterion) {
      Decision derived = decide(Fixtures.gdpr().build());
      Decision asserted = decide(Fixtures.gdpr().assertCriterion(criterion, true).build());

      assertThat(finding(derived, criterion).met()).isNotEqualTo(TRUE);
      assertThat(finding(asserted, criterion).met()).isEqualTo(TRUE);
      assertThat(finding(asserted, criterion).isAsserted()).isTrue();
      assertThat(finding(asserted, criterion).trace().toString()).contains("asserted by the caller");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskCriterion.class)
    @DisplayName("a criterion asserted as not met is not met, though the facts would meet it")
    void assertedNotMetOverridesDerivation(RiskCriterion criterion) {
      Change meets = MEETS.get(criterion);
      Decision derived = decide(meets.apply());
      Decision asserted = decide(meets.change().apply(Fixtures.gdpr()).assertCriterion(criterion, false).build());

      assertThat(finding(derived, criterion).met()).as("derived when %s", meets).isEqualTo(TRUE);
      assertThat(finding(derived, criterion).isAsserted()).isFalse();
      assertThat(finding(asserted, criterion).met()).isEqualTo(FALSE);
      assertThat(finding(asserted, criterion).isAsserted()).isTrue();
    }

    @Test
    @DisplayName("asserting one criterion leaves the others derived")
    void assertionIsPerCriterion() {
      Decision d = decide(Fixtures.gdpr().assertCriterion(LARGE_SCALE, true).build());

      assertThat(d.criteria()).filteredOn(CriterionFinding::isAsserted)
          .extracting(CriterionFinding::criterion).containsExactly(LARGE_SCALE);
    }
  }

  @Nested
  @DisplayName("large scale when it matters")
  class LargeScaleQuestion {

    @Test
    @DisplayName("a company's health data of unknown scale is undetermined, and the question is whether it is large scale")
    void largeScaleIsAskedWhenItDecides() {
      Decision d = decide(Fixtures.gdpr().dataCategories(DataCategory.HEALTH).build());

      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.missingFacts()).extracting(MissingFact::factId).contains(Wp248.conclusion(LARGE_SCALE).id());
      assertThat(Wp248.conclusion(LARGE_SCALE).id()).isEqualTo("criterion.large-scale");
      MissingFact largeScale = d.missingFacts().stream()
          .filter(m -> m.factId().equals("criterion.large-scale")).findFirst().orElseThrow();
      assertThat(largeScale.ifTrue()).isEqualTo(Outcome.REQUIRED);
      assertThat(largeScale.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    @DisplayName("a company's ordinary customer file of unknown scale is decided without asking about scale")
    void largeScaleIsNotAskedWhenItCannotDecide() {
      Decision d = decide(Fixtures.gdpr().build());

      assertThat(finding(d, LARGE_SCALE).met()).isEqualTo(UNKNOWN);
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.missingFacts()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the two-criteria presumption")
  class Presumption {

    static Stream<Arguments> pairs() {
      List<Arguments> pairs = new ArrayList<>();
      RiskCriterion[] all = RiskCriterion.values();
      for (int i = 0; i < all.length; i++) {
        for (int j = i + 1; j < all.length; j++) {
          pairs.add(arguments(all[i], all[j]));
        }
      }
      return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("pairs")
    @DisplayName("any two criteria met make a DPIA required by presumption, with the remark that it can be rebutted")
    void twoCriteriaRequireByPresumption(RiskCriterion first, RiskCriterion second) {
      Decision d = decide(Fixtures.gdpr().assertCriterion(first, true).assertCriterion(second, true).build());

      assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(d.decisiveGrounds().get(0).remark()).hasValueSatisfying(r -> assertThat(r.english()).contains("presumption"));
      assertThat(d.criteriaMet()).containsExactlyInAnyOrder(first, second);
      assertThat(adviceIds(d)).contains("wp248.document-rebuttal").doesNotContain("wp248.one-criterion");
    }

    @Test
    @DisplayName("a company combining its employees' data with other datasets meets two criteria: a DPIA is presumed required")
    void employeesDataCombinedIsPresumedHighRisk() {
      Decision d = decide(Fixtures.gdpr()
          .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
          .dataSubjects(DataSubjectCategory.EMPLOYEES)
          .combinesDatasets(true)
          .controller(Controller.builder().name("ACME SAS").kind(StandardControllerKind.COMPANY).staff(400).build())
          .build());

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.CRITERIA_PRESUMPTION);
        assertThat(g.ruleId()).isEqualTo("gdpr.35-1.two-criteria");
        assertThat(g.remark()).isPresent();
      });
      assertThat(d.criteriaMet()).containsExactly(MATCHING_OR_COMBINING_DATASETS, VULNERABLE_DATA_SUBJECTS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RiskCriterion.class)
    @DisplayName("a single criterion met is below the threshold, with the advice that one criterion may suffice")
    void oneCriterionIsBelowThresholdWithAdvice(RiskCriterion only) {
      ProcessingOperation.Builder b = only == LARGE_SCALE
          ? Fixtures.gdpr().assertCriterion(LARGE_SCALE, true)
          : Fixtures.gdpr().assertCriterion(LARGE_SCALE, false).assertCriterion(only, true);
      Decision d = decide(b.build());

      assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.criteriaMet()).containsExactly(only);
      assertThat(adviceIds(d)).contains("wp248.one-criterion");
    }

    @Test
    @DisplayName("with no criterion met, no DPIA is required and no one-criterion advice is given")
    void noCriterionNoAdvice() {
      Decision d = decide(Fixtures.gdpr().assertCriterion(LARGE_SCALE, false).build());

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.criteriaMet()).isEmpty();
      assertThat(adviceIds(d)).doesNotContain("wp248.one-criterion", "wp248.document-rebuttal");
    }

    @Test
    @DisplayName("one criterion met and one unknown leave the presumption undetermined")
    void oneMetOneUnknownIsUndetermined() {
      Decision d = decide(Fixtures.gdpr().profiling(true).build());

      assertThat(finding(d, LARGE_SCALE).met()).isEqualTo(UNKNOWN);
      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.grounds()).extracting(Ground::kind)
          .contains(GroundKind.CRITERIA_PRESUMPTION, GroundKind.BELOW_THRESHOLD);
    }
  }
}
