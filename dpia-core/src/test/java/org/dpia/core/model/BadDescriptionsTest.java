package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad descriptions, however they are bad, are refused with one exception type,
 * {@link InvalidDescriptionException}, listing every problem in words a caller can act on.
 */
@DisplayName("Bad descriptions: one exception type, every problem listed")
class BadDescriptionsTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static ProcessingOperation.Builder operation() {
    return ProcessingOperation.builder().name("CCTV").controller(Controller.of("ACME SA", StandardControllerKind.COMPANY));
  }

  static Stream<Arguments> unfinishedBuilders() {
    return Stream.of(
        Arguments.of("a processing operation without name or controller", (Supplier<Object>) () -> ProcessingOperation.builder().build(),
            new String[] {"name(…) is required and was not given", "controller(…) is required and was not given"}),
        Arguments.of("a controller without a name", (Supplier<Object>) () -> Controller.builder().build(),
            new String[] {"name(…) is required and was not given"}),
        Arguments.of("a DPIA record without a completion date", (Supplier<Object>) () -> DpiaRecord.builder().title("DPIA 2021").build(),
            new String[] {"completedOn(…) is required and was not given"}),
        Arguments.of("a version without label, first day or facts", (Supplier<Object>) () -> Version.builder().build(),
            new String[] {"label(…) is required and was not given", "from(…) is required and was not given", "facts(…) is required and was not given"}),
        Arguments.of("a history without a name", (Supplier<Object>) () -> ProcessingHistory.builder().build(),
            new String[] {"name(…) is required and was not given"}),
        Arguments.of("a technology without its properties", (Supplier<Object>) () -> CustomTechnology.builder().id("x").text(Text.of("x")).build(),
            new String[] {"innovative(…) is required and was not given"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unfinishedBuilders")
  @DisplayName("a builder left unfinished throws InvalidDescriptionException naming each part to give, never IllegalStateException")
  void unfinishedBuilder(String what, Supplier<Object> build, String[] problems) {
    assertThatThrownBy(build::get)
        .isExactlyInstanceOf(InvalidDescriptionException.class)
        .satisfies(e -> assertThat(((InvalidDescriptionException) e).problems()).contains(problems));
  }

  @Nested
  @DisplayName("names that show nothing")
  class Blank {

    @ParameterizedTest(name = "name \"{0}\"")
    @ValueSource(strings = {"", " ", "\u00a0", "\u202f\u2007", "\u200b", "\ufeff", "\t\n", "\u0007"})
    @DisplayName("a name made only of spaces, no-break spaces, invisible or control characters is blank")
    void blankNames(String name) {
      assertThatThrownBy(() -> operation().name(name).build()).isInstanceOfSatisfying(InvalidDescriptionException.class,
          e -> assertThat(e.problems()).containsExactly("the operation's name is blank"));
      assertThatThrownBy(() -> Controller.of(name, StandardControllerKind.COMPANY)).isInstanceOf(InvalidDescriptionException.class);
      assertThatThrownBy(() -> DpiaRecord.builder().title(name).completedOn(DAY).build()).isInstanceOf(InvalidDescriptionException.class);
      assertThatThrownBy(() -> CustomPurpose.of(name, Text.of("x"), PurposeFamily.OTHER)).isInstanceOf(InvalidDescriptionException.class);
    }

    @Test
    @DisplayName("a name with a visible character among no-break spaces is kept as given")
    void visible() {
      assertThat(operation().name("\u00a0CCTV\u00a0").build().name()).isEqualTo("\u00a0CCTV\u00a0");
      assertThat(Text.showsNothing("\u00a0x")).isFalse();
    }
  }

  @Nested
  @DisplayName("contradictions")
  class Contradictions {

    @Test
    @DisplayName("no personal data, yet profiling of the general public, and health data listed: both contradictions are listed")
    void noPersonalDataYetProfilingOfThePublic() {
      assertThatThrownBy(() -> operation().personalData(false).profiling(true).dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .dataCategories(DataCategory.HEALTH).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
              "it is said to process no personal data, yet data categories are listed: [HEALTH]",
              "it is said to process no personal data, yet to evaluate or score people"));
    }

    @Test
    @DisplayName("no personal data, yet automated decisions, systematic monitoring and the data of 12 people")
    void noPersonalDataYetPeople() {
      assertThatThrownBy(() -> operation().personalData(false).automatedDecisions(true).systematicMonitoring(true)
          .scale(Scale.builder().dataSubjects(12).build()).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
              "it is said to process no personal data, yet to take automated decisions about people and monitor people systematically",
              "it is said to process no personal data, yet the data of 12 people"));
    }

    @Test
    @DisplayName("the data of 0 people at national scale, or from half the population, or with identification data")
    void zeroPeople() {
      assertThatThrownBy(() -> Scale.builder().dataSubjects(0).geographicExtent(Scale.GeographicExtent.NATIONAL).shareOfPopulation(0.5).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
              "the data of 0 people is said to be processed, yet a share of 0.5 of the population",
              "the data of 0 people is said to be processed, yet over a national extent"));
      assertThatThrownBy(() -> operation().dataSubjects(DataSubjectCategory.CUSTOMERS).dataCategories(DataCategory.IDENTIFICATION)
          .scale(Scale.builder().dataSubjects(0).build()).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).containsExactly(
              "it is said to process personal data, yet the data of 0 people"));
    }

    @Test
    @DisplayName("what is not contradictory is accepted: aggregate statistics on customers with no personal data; 0 people and no personal data")
    void consistent() {
      assertThatCode(() -> operation().personalData(false).dataSubjects(DataSubjectCategory.CUSTOMERS).combinesDatasets(true).build())
          .as("the people the statistics are about, none of them identifiable").doesNotThrowAnyException();
      assertThatCode(() -> operation().personalData(false).profiling(false).dataSubjects(FactSet.none()).build()).doesNotThrowAnyException();
      assertThatCode(() -> operation().personalData(false).scale(Scale.builder().dataSubjects(0).build()).build()).doesNotThrowAnyException();
      assertThatCode(() -> operation().profiling(Truth.UNKNOWN).personalData(Truth.FALSE).build()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an item both in a fact set and excluded from it is the same exception")
    void factSet() {
      assertThatThrownBy(() -> FactSet.atLeast(DataCategory.HEALTH).without(DataCategory.HEALTH))
          .isExactlyInstanceOf(InvalidDescriptionException.class);
    }
  }
}
