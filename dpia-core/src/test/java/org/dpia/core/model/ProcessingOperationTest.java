package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ProcessingOperation: a processing described by its facts")
class ProcessingOperationTest {

  static final Controller TOWN = Controller.of("Ville de Lille", StandardControllerKind.LOCAL_AUTHORITY);

  /** A consistent description with only a name and a controller: every other fact unknown. */
  static ProcessingOperation.Builder townHallCctv() {
    return ProcessingOperation.builder().name("CCTV of the town hall").controller(TOWN);
  }

  static ProcessingOperation briefcam() {
    return ProcessingOperation.builder()
        .name("BriefCam video analytics")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder().dataSubjects(230_000).geographicExtent(Scale.GeographicExtent.CITY).build())
        .systematicMonitoring(true)
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
        .addDpias(DpiaRecord.builder().title("AIPD vidéoprotection").completedOn(LocalDate.of(2021, 6, 1)).build())
        .build();
  }

  @Nested
  @DisplayName("refused descriptions")
  class Validation {

    static Stream<Arguments> singleProblems() {
      return Stream.of(
          Arguments.of("a blank name",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.name("   "),
              "the operation's name is blank"),
          Arguments.of("no personal data, yet data categories",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.personalData(false).dataCategories(DataCategory.IMAGES),
              "it is said to process no personal data, yet data categories are listed: [IMAGES]"),
          Arguments.of("no personal data, yet some data categories known",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.personalData(false).dataCategories(FactSet.atLeast(DataCategory.HEALTH)),
              "it is said to process no personal data, yet data categories are listed: [HEALTH, …]"),
          Arguments.of("no purpose at all",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.purposes(FactSet.none()),
              "a processing always has a purpose: name at least one, or leave the purposes unknown"),
          Arguments.of("a household activity of a company",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.householdActivity(true)
                  .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY)),
              "only a natural person can act in a purely personal or household activity, but the controller is a company"),
          Arguments.of("modified since a prior formality it never had, nor a dispensation",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.substantiallyModified(true).priorFormality(false).dispensedFromFormality(false),
              "it is said to be modified since its prior formality, but to have had neither a prior formality nor a dispensation"),
          Arguments.of("both a prior formality and a dispensation from any formality",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.priorFormality(true).dispensedFromFormality(true),
              "it is said both to have gone through a prior formality and to have been dispensed from any formality"),
          Arguments.of("an extensive evaluation of people without any evaluation",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.extensiveEvaluation(true).profiling(false),
              "it is said to evaluate people systematically and extensively, but not to evaluate or score anyone"),
          Arguments.of("decisions on an automated evaluation, but no decision based on automated processing",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.decisionsOnEvaluation(true).automatedDecisions(false),
              "decisions are said to rest on an automated evaluation while no decision is said to rest on automated processing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblems")
    @DisplayName("each inconsistency alone is refused with exactly that one problem")
    void singleProblem(String what, UnaryOperator<ProcessingOperation.Builder> change, String problem) {
      assertThatThrownBy(() -> change.apply(townHallCctv()).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> {
            assertThat(e.problems()).containsExactly(problem);
            assertThat(e.getMessage()).startsWith("Invalid processing operation '").endsWith(": " + problem);
          });
    }

    @Test
    @DisplayName("several inconsistencies are refused together, every problem listed")
    void everyProblem() {
      ProcessingOperation.Builder all = ProcessingOperation.builder()
          .name("")
          .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))
          .personalData(false)
          .dataCategories(DataCategory.IMAGES)
          .purposes(FactSet.none())
          .householdActivity(true)
          .substantiallyModified(true)
          .priorFormality(false)
          .dispensedFromFormality(false);

      assertThatThrownBy(all::build).isInstanceOfSatisfying(InvalidDescriptionException.class, e -> {
        assertThat(e.problems()).hasSize(5);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("name is blank"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("no personal data"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("always has a purpose"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("household"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("prior formality"));
        assertThat(e.getMessage()).startsWith("Invalid processing operation '': 5 problems\n - ");
        assertThat(e.getMessage().lines().filter(l -> l.startsWith(" - "))).hasSize(5);
      });
    }

    @Test
    @DisplayName("two inconsistencies give two problems")
    void twoProblems() {
      assertThatThrownBy(() -> townHallCctv().name(" ").purposes(FactSet.none()).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    static Stream<Arguments> consistentNeighbours() {
      return Stream.of(
          Arguments.of("no personal data and no data category",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.personalData(false).dataCategories(FactSet.none())),
          Arguments.of("no personal data, categories unknown",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.personalData(false)),
          Arguments.of("purposes unknown",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.purposes(FactSet.unknown())),
          Arguments.of("a household activity of a private individual",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.householdActivity(true)
                  .controller(Controller.of("Jean Dupont", StandardControllerKind.PRIVATE_INDIVIDUAL))),
          Arguments.of("a household activity of a controller of unknown kind",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.householdActivity(true)
                  .controller(Controller.builder().name("someone").build())),
          Arguments.of("a household activity of a lawyer, who may be a natural person",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.householdActivity(true)
                  .controller(Controller.of("Me Martin", StandardControllerKind.INDIVIDUAL_LAWYER))),
          Arguments.of("not a household activity of a company",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.householdActivity(false)
                  .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))),
          Arguments.of("modified since a prior formality of unknown existence",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.substantiallyModified(true)),
          Arguments.of("not modified, no prior formality",
              (UnaryOperator<ProcessingOperation.Builder>) b -> b.substantiallyModified(false).priorFormality(false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistentNeighbours")
    @DisplayName("the consistent case next to each refused one is accepted")
    void accepted(String what, UnaryOperator<ProcessingOperation.Builder> change) {
      assertThat(change.apply(townHallCctv()).build().name()).isEqualTo("CCTV of the town hall");
    }

    @Test
    @DisplayName("a description without a controller is refused, naming what is missing")
    void controllerMissing() {
      assertThatThrownBy(() -> ProcessingOperation.builder().name("CCTV").build())
          .isInstanceOf(RuntimeException.class)
          .hasMessageContaining("controller");
    }
  }

  @Nested
  @DisplayName("defaults")
  class Defaults {

    @Test
    @DisplayName("every fact not given is unknown, not no")
    void unknownByDefault() {
      ProcessingOperation op = townHallCctv().build();

      assertThat(List.of(op.personalData(), op.householdActivity(), op.profiling(), op.automatedDecisions(),
              op.systematicMonitoring(), op.combinesDatasets(), op.externalSources(),
              op.mayExcludeFromRightServiceOrContract(), op.legalBasisAssessed(), op.priorFormality(),
              op.substantiallyModified()))
          .containsOnly(Truth.UNKNOWN);
      assertThat(List.of(op.purposes(), op.dataCategories(), op.dataSubjects(), op.technologies(), op.places(),
              op.legalFrameworks()))
          .allSatisfy(set -> assertThat(set.isUnknown()).isTrue());
      assertThat(op.scale()).isEqualTo(Scale.unknown());
      assertThat(op.period()).isEqualTo(ProcessingPeriod.unknown());
      assertThat(op.description()).isEmpty();
      assertThat(op.assertedCriteria()).isEmpty();
      assertThat(op.dpias()).isEmpty();
    }

    @Test
    @DisplayName("varargs mean exactly these, booleans mean known yes or no")
    void builderShorthands() {
      ProcessingOperation op = townHallCctv()
          .purposes(StandardPurpose.PROPERTY_PROTECTION)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
          .places()
          .legalFrameworks()
          .profiling(false)
          .systematicMonitoring(true)
          .assertCriterion(RiskCriterion.LARGE_SCALE, true)
          .assertCriterion(RiskCriterion.VULNERABLE_DATA_SUBJECTS, false)
          .build();

      assertThat(op.purposes()).isEqualTo(FactSet.of(StandardPurpose.PROPERTY_PROTECTION));
      assertThat(op.technologies().contains(StandardTechnology.DRONES)).isEqualTo(Truth.FALSE);
      assertThat(op.places().isNone()).isTrue();
      assertThat(op.legalFrameworks().isNone()).isTrue();
      assertThat(op.profiling()).isEqualTo(Truth.FALSE);
      assertThat(op.systematicMonitoring()).isEqualTo(Truth.TRUE);
      assertThat(op.assertedCriteria())
          .containsOnly(
              Map.entry(RiskCriterion.LARGE_SCALE, true),
              Map.entry(RiskCriterion.VULNERABLE_DATA_SUBJECTS, false));
    }
  }

  @Nested
  @DisplayName("personal data")
  class PersonalData {

    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of(Truth.UNKNOWN, FactSet.unknown(), Truth.UNKNOWN),
          Arguments.of(Truth.TRUE, FactSet.unknown(), Truth.TRUE),
          Arguments.of(Truth.FALSE, FactSet.unknown(), Truth.FALSE),
          Arguments.of(Truth.FALSE, FactSet.none(), Truth.FALSE),
          Arguments.of(Truth.UNKNOWN, FactSet.none(), Truth.UNKNOWN),
          Arguments.of(Truth.UNKNOWN, FactSet.of(DataCategory.IMAGES), Truth.TRUE),
          Arguments.of(Truth.UNKNOWN, FactSet.atLeast(DataCategory.IMAGES), Truth.TRUE),
          Arguments.of(Truth.TRUE, FactSet.of(DataCategory.IMAGES), Truth.TRUE));
    }

    @ParameterizedTest(name = "said {0}, categories {1}: {2}")
    @MethodSource("cases")
    @DisplayName("personal data is involved as stated, or as soon as a data category is listed")
    void involvesPersonalData(Truth stated, FactSet<DataCategory> categories, Truth expected) {
      ProcessingOperation op = townHallCctv().personalData(stated).dataCategories(categories).build();
      assertThat(op.involvesPersonalData()).isEqualTo(expected);
    }
  }

  @Nested
  @DisplayName("value semantics")
  class Values {

    @Test
    @DisplayName("two operations described with equal facts are equal and hash alike")
    void equality() {
      assertThat(briefcam()).isNotSameAs(briefcam()).isEqualTo(briefcam()).hasSameHashCodeAs(briefcam());
      assertThat(briefcam()).isNotEqualTo(ProcessingOperation.builder().from(briefcam()).profiling(false).build());
      assertThat(briefcam()).isNotEqualTo(ProcessingOperation.builder().from(briefcam())
          .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)).build());
    }

    @Test
    @DisplayName("a copy with one fact changed leaves the original unchanged")
    void withCopies() {
      ProcessingOperation original = briefcam();
      ImmutableProcessingOperation immutable = (ImmutableProcessingOperation) original;

      ProcessingOperation renamed = immutable.withName("BriefCam, second version");
      ProcessingOperation profiled = immutable.withProfiling(Truth.TRUE);

      assertThat(renamed.name()).isEqualTo("BriefCam, second version");
      assertThat(profiled.profiling()).isEqualTo(Truth.TRUE);
      assertThat(original.name()).isEqualTo("BriefCam video analytics");
      assertThat(original.profiling()).isEqualTo(Truth.UNKNOWN);
      assertThat(original).isEqualTo(briefcam());
      assertThat(renamed).isEqualTo(ProcessingOperation.builder().from(original).name("BriefCam, second version").build());
    }

    @Test
    @DisplayName("a copy is checked like a new description")
    void copiesAreChecked() {
      ImmutableProcessingOperation immutable = (ImmutableProcessingOperation) briefcam();

      assertThatThrownBy(() -> immutable.withPersonalData(Truth.FALSE))
          .isInstanceOf(InvalidDescriptionException.class)
          .hasMessageContaining("no personal data");
      assertThatThrownBy(() -> ProcessingOperation.builder().from(briefcam()).purposes(FactSet.none()).build())
          .isInstanceOf(InvalidDescriptionException.class);
    }

    @Test
    @DisplayName("the lists an operation returns cannot be changed")
    void unmodifiable() {
      ProcessingOperation op = briefcam();
      DpiaRecord another = DpiaRecord.builder().title("another").completedOn(LocalDate.of(2023, 1, 1)).build();

      assertThatThrownBy(() -> op.dpias().add(another)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> op.dpias().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> op.assertedCriteria().put(RiskCriterion.LARGE_SCALE, true))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> op.dataCategories().known().add(DataCategory.HEALTH))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(op.dpias()).hasSize(1);
    }
  }
}
