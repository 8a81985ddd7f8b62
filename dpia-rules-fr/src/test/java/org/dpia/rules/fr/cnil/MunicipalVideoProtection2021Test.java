package org.dpia.rules.fr.cnil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A commune's video protection of public places is on a large scale (CNIL 2021; CE Beaucaire 2024). */
@DisplayName("CNIL, a commune's video protection (2021)")
class MunicipalVideoProtection2021Test {

  static Truth rule(ControllerKind kind, StandardPlace place) {
    ProcessingOperation op = Fixtures.gdpr().controller(Controller.of("controller", kind))
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(place).build();
    return MunicipalVideoProtection2021.COMMUNE_VIDEO_PROTECTION.truth(Context.of(op, LocalDate.of(2024, 6, 1)));
  }

  @ParameterizedTest(name = "{0} filming {1}: {2}")
  @CsvSource({
      "LOCAL_AUTHORITY,  PUBLICLY_ACCESSIBLE_AREA, TRUE",
      "MUNICIPAL_POLICE, PUBLICLY_ACCESSIBLE_AREA, TRUE",
      "COMPANY,          PUBLICLY_ACCESSIBLE_AREA, FALSE",
      "LOCAL_AUTHORITY,  WORKPLACE,                FALSE"})
  @DisplayName("a commune or its municipal police filming publicly accessible places; not a company, not its own offices")
  void communeFilmingPublicPlaces(StandardControllerKind kind, StandardPlace place, Truth expected) {
    assertThat(rule(kind, place)).isEqualTo(expected);
  }

  @Test
  @DisplayName("without cameras it does not hold, and a controller of unknown kind leaves it open")
  void needsCamerasAndAKnownCommune() {
    ProcessingOperation noCameras = Fixtures.gdpr().controller(Controller.of("Commune", StandardControllerKind.LOCAL_AUTHORITY))
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA).build();
    ProcessingOperation unknownKind = Fixtures.gdpr().controller(Controller.builder().name("someone").build())
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA).build();

    assertThat(MunicipalVideoProtection2021.COMMUNE_VIDEO_PROTECTION.truth(Context.of(noCameras, LocalDate.of(2024, 6, 1)))).isEqualTo(Truth.FALSE);
    assertThat(MunicipalVideoProtection2021.COMMUNE_VIDEO_PROTECTION.truth(Context.of(unknownKind, LocalDate.of(2024, 6, 1)))).isEqualTo(Truth.UNKNOWN);
  }
}
