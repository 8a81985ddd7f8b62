package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The parts of a description refuse what cannot be")
class PartsValidationTest {

  @Nested
  @DisplayName("Controller")
  class Controllers {

    @Test
    @DisplayName("a controller needs a name")
    void blankName() {
      assertThatThrownBy(() -> Controller.of(" ", StandardControllerKind.COMPANY))
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).containsExactly("the controller's name is blank"));
    }

    @Test
    @DisplayName("a controller cannot employ a negative number of people")
    void negativeStaff() {
      assertThatThrownBy(() -> Controller.builder().name("ACME SA").staff(-1).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).containsExactly("the controller's staff is negative (-1)"));
    }

    @Test
    @DisplayName("a nameless controller with negative staff gets both problems")
    void both() {
      assertThatThrownBy(() -> Controller.builder().name("").staff(-5).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    @DisplayName("a controller with no staff, or whose staff and kind are not known, is accepted")
    void accepted() {
      assertThat(Controller.builder().name("Jean Dupont").staff(0).build().staff()).hasValue(0);
      Controller unknown = Controller.builder().name("someone").build();
      assertThat(unknown.kind()).isEmpty();
      assertThat(unknown.staff()).isEmpty();
      assertThat(Controller.of("ACME SA", StandardControllerKind.COMPANY))
          .isEqualTo(Controller.of("ACME SA", StandardControllerKind.COMPANY));
    }
  }

  @Nested
  @DisplayName("Scale")
  class Scales {

    @Test
    @DisplayName("the number of data subjects cannot be negative")
    void negativeDataSubjects() {
      assertThatThrownBy(() -> Scale.builder().dataSubjects(-1).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).containsExactly("the number of data subjects is negative (-1)"));
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {-0.01, 1.01, 2, Double.NaN, Double.POSITIVE_INFINITY})
    @DisplayName("a share of the population outside 0 to 1 is refused")
    void shareOutOfRange(double share) {
      assertThatThrownBy(() -> Scale.builder().shareOfPopulation(share).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).singleElement().asString()
                  .startsWith("the share of the population must be between 0 and 1, was "));
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0, 0.5, 1})
    @DisplayName("a share from 0 to 1, both included, is accepted")
    void shareInRange(double share) {
      assertThat(Scale.builder().shareOfPopulation(share).build().shareOfPopulation()).hasValue(share);
    }

    @Test
    @DisplayName("negative data subjects and an impossible share give both problems")
    void both() {
      assertThatThrownBy(() -> Scale.builder().dataSubjects(-3).shareOfPopulation(1.5).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    @DisplayName("nothing known about the scale is a valid scale")
    void unknown() {
      Scale unknown = Scale.unknown();
      assertThat(unknown.dataSubjects()).isEmpty();
      assertThat(unknown.shareOfPopulation()).isEmpty();
      assertThat(unknown.volume()).isEmpty();
      assertThat(unknown.permanence()).isEmpty();
      assertThat(unknown.geographicExtent()).isEmpty();
      assertThat(Scale.builder().dataSubjects(0).build().dataSubjects()).hasValue(0);
    }
  }

  @Nested
  @DisplayName("ProcessingPeriod")
  class Periods {

    static final LocalDate START = LocalDate.of(2022, 11, 1);
    static final LocalDate END = LocalDate.of(2025, 1, 31);

    @Test
    @DisplayName("a period cannot end before it starts")
    void endBeforeStart() {
      assertThatThrownBy(() -> ProcessingPeriod.of(END, START))
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems())
              .containsExactly("the period ends (2022-11-01) before it starts (2025-01-31)"));
    }

    @Test
    @DisplayName("a period of one day is accepted")
    void oneDay() {
      assertThat(ProcessingPeriod.of(START, START).includes(START)).isEqualTo(Truth.TRUE);
    }

    @Test
    @DisplayName("a processing runs from its first to its last day, both included")
    void includes() {
      ProcessingPeriod period = ProcessingPeriod.of(START, END);
      assertThat(period.includes(START.minusDays(1))).isEqualTo(Truth.FALSE);
      assertThat(period.includes(START)).isEqualTo(Truth.TRUE);
      assertThat(period.includes(END)).isEqualTo(Truth.TRUE);
      assertThat(period.includes(END.plusDays(1))).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("a processing still running runs on every day from its start; an unknown period may run on any day")
    void openEnds() {
      assertThat(ProcessingPeriod.since(START).includes(START.minusDays(1))).isEqualTo(Truth.FALSE);
      assertThat(ProcessingPeriod.since(START).includes(LocalDate.of(2100, 1, 1))).isEqualTo(Truth.TRUE);
      assertThat(ProcessingPeriod.unknown().includes(START)).isEqualTo(Truth.UNKNOWN);
      assertThat(ProcessingPeriod.since(START).end()).isEmpty();
      assertThat(ProcessingPeriod.unknown().start()).isEmpty();
    }

    @Test
    @DisplayName("periods are values and print their two ends")
    void values() {
      assertThat(ProcessingPeriod.of(START, END)).isEqualTo(ProcessingPeriod.of(START, END))
          .hasSameHashCodeAs(ProcessingPeriod.of(START, END))
          .isNotEqualTo(ProcessingPeriod.since(START))
          .hasToString("2022-11-01 to 2025-01-31");
      assertThat(ProcessingPeriod.since(START)).hasToString("2022-11-01 to …");
      assertThat(ProcessingPeriod.unknown()).hasToString("? to …");
    }
  }

  @Nested
  @DisplayName("DpiaRecord")
  class DpiaRecords {

    static final LocalDate COMPLETED = LocalDate.of(2021, 6, 1);

    @Test
    @DisplayName("a DPIA cannot be due for review before it was completed")
    void reviewBeforeCompletion() {
      assertThatThrownBy(() -> DpiaRecord.builder().title("AIPD").completedOn(COMPLETED)
              .reviewDueOn(COMPLETED.minusDays(1)).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems())
              .containsExactly("the DPIA's review date (2021-05-31) is before its completion (2021-06-01)"));
    }

    @Test
    @DisplayName("a DPIA may be due for review on the day it was completed")
    void reviewSameDay() {
      assertThat(DpiaRecord.builder().title("AIPD").completedOn(COMPLETED).reviewDueOn(COMPLETED).build()
          .reviewDueOn()).contains(COMPLETED);
    }

    @Test
    @DisplayName("an untitled DPIA reviewed before completion gets both problems")
    void both() {
      assertThatThrownBy(() -> DpiaRecord.builder().title(" ").completedOn(COMPLETED)
              .reviewDueOn(COMPLETED.minusYears(1)).build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).hasSize(2));
    }
  }
}
