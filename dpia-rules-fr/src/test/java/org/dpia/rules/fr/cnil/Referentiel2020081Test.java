package org.dpia.rules.fr.cnil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CNIL's 10,000 patients a year, read as a large-scale threshold for sensitive data. */
@DisplayName("CNIL référentiel cabinets médicaux (2020): more than 10,000 people's sensitive data is large scale")
class Referentiel2020081Test {

  static Truth rule(ProcessingOperation op, LocalDate date) {
    return Referentiel2020081.SENSITIVE_DATA_OF_MORE_THAN_10000.truth(Context.of(op, date));
  }

  @ParameterizedTest(name = "{0}, {1} people: {2}")
  @CsvSource({"HEALTH, 10000, FALSE", "HEALTH, 10001, TRUE", "CRIMINAL_OFFENCES, 10001, TRUE", "CONTACT_DETAILS, 10001, FALSE"})
  @DisplayName("sensitive or criminal-offence data of more than 10,000 people; not 10,000, not ordinary data")
  void threshold(DataCategory data, long people, Truth expected) {
    ProcessingOperation op = Fixtures.gdpr().dataCategories(DataCategory.IDENTIFICATION, data)
        .scale(Scale.builder().dataSubjects(people).build()).build();

    assertThat(rule(op, LocalDate.of(2024, 6, 1))).isEqualTo(expected);
  }

  @Test
  @DisplayName("it applies from the day after the référentiel's publication, 29 July 2020")
  void fromPublication() {
    ProcessingOperation op = Fixtures.gdpr().dataCategories(DataCategory.HEALTH).scale(Scale.builder().dataSubjects(20_000).build()).build();

    assertThat(rule(op, Referentiel2020081.IN_FORCE_FROM)).isEqualTo(Truth.TRUE);
    assertThat(rule(op, Referentiel2020081.IN_FORCE_FROM.minusDays(1))).isEqualTo(Truth.FALSE);
  }
}
