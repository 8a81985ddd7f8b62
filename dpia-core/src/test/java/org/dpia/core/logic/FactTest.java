package org.dpia.core.logic;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Fact: a named yes/no question about the input")
class FactTest {

  @Test
  @DisplayName("two facts with the same id are the same fact, whatever they read")
  void identityIsTheId() {
    Fact<Map<String, Truth>> one = Fact.of("data.biometric", "biometric data", m -> Truth.TRUE);
    Fact<Map<String, Truth>> same = Fact.of("data.biometric", "other words", m -> Truth.FALSE);
    Fact<Map<String, Truth>> other = Fact.of("data.health", "biometric data", m -> Truth.TRUE);

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one).hasToString("data.biometric");
    assertThat(one.description()).isEqualTo("biometric data");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " "})
  @DisplayName("a fact needs an id and a description")
  void blank(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Fact.of(blank, "d", m -> Truth.TRUE)).withMessageContaining("id");
    assertThatIllegalArgumentException().isThrownBy(() -> Fact.of("id", blank, m -> Truth.TRUE)).withMessageContaining("description");
  }

  @Test
  @DisplayName("a reader that answers null is a programming error, named after the fact")
  void nullAnswer() {
    Fact<String> broken = Fact.of("data.broken", "broken", s -> null);
    assertThatNullPointerException().isThrownBy(() -> broken.read("input", LocalDate.of(2024, 1, 1))).withMessageContaining("data.broken");
    assertThatNullPointerException().isThrownBy(() -> Fact.of("id", "d", null));
  }
}
