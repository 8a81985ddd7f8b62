package org.dpia.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.CustomLegalFramework;
import org.dpia.core.model.CustomPurpose;
import org.dpia.core.model.CustomTechnology;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.FrenchControllerKind;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Written and read back, a description is equal to itself, in JSON and in YAML: unknown stays
 * unknown, none stays none, "at least these" and "none of these" survive, and terms of one's own
 * keep their declared properties. (The whole gallery is read back the same way in dpia-examples.)
 */
@DisplayName("Descriptions written and read back are equal")
class RoundTripTest {

  static ProcessingOperation.Builder lille() {
    return ProcessingOperation.builder()
        .name("BriefCam video analytics — Lille municipal police")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)));
  }

  static final CustomTechnology GAIT = CustomTechnology.builder()
      .id("GAIT_ANALYSIS").text(Text.of("gait analysis cameras", "caméras d'analyse de la démarche"))
      .observesPeople(Truth.TRUE).identifiesBiometrically(Truth.TRUE).locatesPeople(Truth.UNKNOWN).innovative(Truth.FALSE)
      .build();

  static Stream<Arguments> descriptions() {
    ProcessingOperation minimal = ProcessingOperation.builder().name("x").controller(Controller.builder().name("y").build()).build();
    ProcessingOperation everything = lille()
        .description("a longer description: with a colon, \"quotes\" and # a hash")
        .controller(Controller.builder().name("true").kind(FrenchControllerKind.NOTARY).staff(12).build())
        .addJointControllers(Controller.of("null", StandardControllerKind.COMPANY))
        .purposes(FactSet.atLeast(FrenchPurpose.COMMUNE_ELECTORAL_ROLL,
            CustomPurpose.of("TELEWORK_TRACKING", Text.of("telework tracking", "suivi du télétravail"), PurposeFamily.EMPLOYEE_MONITORING),
            CustomPurpose.ofUnknownFamily("SOMETHING", Text.of("something"))).without(StandardPurpose.MARKETING))
        .dataCategories(FactSet.<DataCategory>noneOf(DataCategory.HEALTH, DataCategory.BIOMETRIC))
        .dataSubjects(FactSet.none())
        .technologies(FactSet.atLeast(GAIT, StandardTechnology.DRONES))
        .places(FactSet.atLeast(StandardPlace.ONLINE))
        .legalFrameworks(FactSet.of(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT,
            CustomLegalFramework.builder().id("DECREE_2021_123").text(Text.of("Decree 2021-123"))
                .validity(DateRange.from(LocalDate.of(2021, 3, 1))).generalImpactAssessment(Truth.UNKNOWN).build()))
        .scale(Scale.builder().dataSubjects(123_456_789_012L).shareOfPopulation(0.125).volume(Scale.Volume.EXTENSIVE).build())
        .period(ProcessingPeriod.since(LocalDate.of(2020, 2, 29)))
        .personalData(true).profiling(false).continuous(Truth.UNKNOWN).legalBasisAssessed(false).priorFormality(true)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true).assertCriterion(RiskCriterion.EVALUATION_OR_SCORING, false)
        .addDpias(DpiaRecord.builder().title("AIPD 2021").completedIn(Year.of(2021)).addVersions("CCTV")
            .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION).addTechnologies(GAIT)
            .addDataCategories(DataCategory.IMAGES).contains(DpiaElement.DESCRIPTION).lacks(DpiaElement.MEASURES)
            .dpoAdvice(DpoAdvice.SOUGHT).residualRisk(ResidualRisk.HIGH).authorityConsulted(false)
            .reviewDueOn(LocalDate.of(2024, 1, 1)).addReviewedOn(LocalDate.of(2023, 5, 2), LocalDate.of(2022, 5, 2)).build())
        .addDpias(DpiaRecord.builder().title("AIPD 2022").completedIn(YearMonth.of(2022, 6)).build())
        .build();
    Map<String, Truth> answers = new LinkedHashMap<>();
    answers.put("large-scale", Truth.TRUE);
    answers.put("household", Truth.FALSE);
    answers.put("innovative", Truth.UNKNOWN);
    ProcessingOperation cctv = lille().name("CCTV").technologies(StandardTechnology.VIDEO_SURVEILLANCE).build();
    ProcessingHistory history = ProcessingHistory.builder().name("Lille video protection")
        .addVersions(Version.of("CCTV", LocalDate.of(2015, 1, 1), cctv))
        .addVersions(Version.builder().label("CCTV + BriefCam").from(LocalDate.of(2022, 11, 1)).facts(lille().build()).altersRisk(Truth.TRUE).build())
        .end(LocalDate.of(2025, 6, 30))
        .addDpias(DpiaRecord.builder().title("AIPD").completedOn(LocalDate.of(2021, 12, 3)).build())
        .build();
    return Stream.of(
        Arguments.of("the least a description says (every fact unknown)", Description.of(minimal)),
        Arguments.of("the Lille case", Description.of(lille().build())),
        Arguments.of("every property, custom terms, partial sets", Description.of(everything)),
        Arguments.of("an operation with answers", Description.of(lille().build(), answers)),
        Arguments.of("a history", Description.of(history)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("descriptions")
  void readsBackEqualFromYamlAndJson(String name, Description description) {
    for (Format format : Format.values()) {
      String text = Descriptions.builtIn().write(description, format);
      Result<Description> read = Descriptions.builtIn().read(text, format);
      assertThat(read.problems()).as("%s in %s:%n%s", name, format, text).isEmpty();
      assertThat(read.orElseThrow()).as("%s in %s:%n%s", name, format, text).isEqualTo(description);
      assertThat(Descriptions.builtIn().write(read.orElseThrow(), format)).isEqualTo(text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("descriptions")
  void hasOneCanonicalForm(String name, Description description) {
    String canonical = Descriptions.builtIn().canonical(description);
    assertThat(Descriptions.builtIn().read(canonical, Format.JSON).orElseThrow()).isEqualTo(description);
    assertThat(canonical).doesNotContain("\n");
  }

  @org.junit.jupiter.api.Test
  @DisplayName("unknown, none, an empty list and none-of are four different things, and read back as such")
  void unknownNoneAndEmptyAreDistinct() {
    Map<String, FactSet<DataCategory>> expected = Map.of(
        "unknown", FactSet.unknown(),
        "none", FactSet.none(),
        "[]", FactSet.none(),
        "{noneOf: [HEALTH]}", FactSet.noneOf(DataCategory.HEALTH),
        "{atLeast: [IMAGES]}", FactSet.atLeast(DataCategory.IMAGES),
        "[IMAGES]", FactSet.of(DataCategory.IMAGES));
    expected.forEach((yaml, set) -> {
      ProcessingOperation op = Descriptions.builtIn()
          .readOperation("name: x\ncontroller: {name: y}\ndataCategories: " + yaml + "\n", Format.YAML).orElseThrow();
      assertThat(op.dataCategories()).as(yaml).isEqualTo(set);
    });
    ProcessingOperation absent = Descriptions.builtIn().readOperation("name: x\ncontroller: {name: y}\n", Format.YAML).orElseThrow();
    assertThat(absent.dataCategories().isUnknown()).isTrue();
    assertThat(List.of(FactSet.unknown(), FactSet.none(), FactSet.noneOf(DataCategory.HEALTH))).doesNotHaveDuplicates();
  }
}
