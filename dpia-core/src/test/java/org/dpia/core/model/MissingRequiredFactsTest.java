package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MissingRequiredFactsTest {

  @Test
  @DisplayName("an operation without a name or a controller is refused with the domain exception naming both")
  void missingNameAndControllerAreListed() {
    assertThatThrownBy(() -> ProcessingOperation.builder().build())
        .isInstanceOf(InvalidDescriptionException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("controller");
  }
}
