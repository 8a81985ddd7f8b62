package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Truth: Kleene's strong three-valued logic")
class TruthTest {

  @ParameterizedTest(name = "{0} and {1} is {2}")
  @DisplayName("and is false as soon as one side is false, true only when both are")
  @CsvSource({
    "TRUE,    TRUE,    TRUE",
    "TRUE,    FALSE,   FALSE",
    "TRUE,    UNKNOWN, UNKNOWN",
    "FALSE,   TRUE,    FALSE",
    "FALSE,   FALSE,   FALSE",
    "FALSE,   UNKNOWN, FALSE",
    "UNKNOWN, TRUE,    UNKNOWN",
    "UNKNOWN, FALSE,   FALSE",
    "UNKNOWN, UNKNOWN, UNKNOWN",
  })
  void conjunction(Truth left, Truth right, Truth expected) {
    assertThat(left.and(right)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} or {1} is {2}")
  @DisplayName("or is true as soon as one side is true, false only when both are")
  @CsvSource({
    "TRUE,    TRUE,    TRUE",
    "TRUE,    FALSE,   TRUE",
    "TRUE,    UNKNOWN, TRUE",
    "FALSE,   TRUE,    TRUE",
    "FALSE,   FALSE,   FALSE",
    "FALSE,   UNKNOWN, UNKNOWN",
    "UNKNOWN, TRUE,    TRUE",
    "UNKNOWN, FALSE,   UNKNOWN",
    "UNKNOWN, UNKNOWN, UNKNOWN",
  })
  void disjunction(Truth left, Truth right, Truth expected) {
    assertThat(left.or(right)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "not {0} is {1}")
  @DisplayName("not swaps true and false and keeps unknown")
  @CsvSource({
    "TRUE,    FALSE",
    "FALSE,   TRUE",
    "UNKNOWN, UNKNOWN",
  })
  void negation(Truth truth, Truth expected) {
    assertThat(truth.not()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "not not {0} is {0}")
  @EnumSource(Truth.class)
  @DisplayName("double negation gives back the same truth")
  void doubleNegation(Truth truth) {
    assertThat(truth.not().not()).isEqualTo(truth);
  }

  @Test
  @DisplayName("a known boolean becomes TRUE or FALSE, never UNKNOWN")
  void ofBoolean() {
    assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
  }

  @ParameterizedTest(name = "{0}: isTrue={1}, isFalse={2}, isKnown={3}")
  @DisplayName("the predicates tell the three values apart")
  @CsvSource({
    "TRUE,    true,  false, true",
    "FALSE,   false, true,  true",
    "UNKNOWN, false, false, false",
  })
  void predicates(Truth truth, boolean isTrue, boolean isFalse, boolean isKnown) {
    assertThat(truth.isTrue()).isEqualTo(isTrue);
    assertThat(truth.isFalse()).isEqualTo(isFalse);
    assertThat(truth.isKnown()).isEqualTo(isKnown);
  }

  @Test
  @DisplayName("combining with a missing truth is a programming error, refused at once")
  void nullOperandIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> Truth.TRUE.and(null));
    assertThatNullPointerException().isThrownBy(() -> Truth.FALSE.or(null));
  }
}
