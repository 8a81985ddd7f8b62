package org.dpia.rules.fr.authorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Estonian inspectorate's highest large-scale threshold, on each side of it. */
@DisplayName("Estonian inspectorate: 50,000 people or more is large scale")
class EstonianLargeScaleTest {

  @ParameterizedTest(name = "{0} people: {1}")
  @CsvSource({"49999, FALSE", "50000, TRUE", "2800000, TRUE"})
  @DisplayName("personal data of 50,000 people or more is large scale, whatever the data; below, the rule does not hold")
  void threshold(long people, Truth expected) {
    ProcessingOperation op = Fixtures.gdpr().scale(Scale.builder().dataSubjects(people).build()).build();

    assertThat(EstonianLargeScale.FIFTY_THOUSAND_PEOPLE.truth(Context.of(op, LocalDate.of(2024, 6, 1)))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("with no number stated the rule says nothing, and it cites the guidance's tier")
  void noNumber() {
    assertThat(EstonianLargeScale.FIFTY_THOUSAND_PEOPLE.truth(Context.of(Fixtures.gdpr().build(), LocalDate.of(2024, 6, 1))))
        .isEqualTo(Truth.UNKNOWN);
    assertThat(EstonianLargeScale.FIFTY_THOUSAND_PEOPLE.citations()).containsExactly(EstonianLargeScale.FIFTY_THOUSAND);
    assertThat(EstonianLargeScale.SOURCE.binding()).isFalse();
  }
}
