package org.dpia.rules.fr.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CJEU C-212/13 Ryneš: a home camera that also films a public space is not a purely personal activity. */
@DisplayName("CJEU C-212/13 Ryneš")
class RynesTest {

  static ProcessingOperation.Builder homeCamera() {
    return Fixtures.gdpr().controller(Controller.of("M. Ryneš", StandardControllerKind.PRIVATE_INDIVIDUAL))
        .purposes(StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY).dataCategories(DataCategory.IMAGES).dataSubjects(FactSet.unknown())
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.HOME).householdActivity(true);
  }

  static Truth notPurelyPersonal(ProcessingOperation op) {
    return Gdpr.NOT_PURELY_PERSONAL.truth(Context.of(op, LocalDate.of(2024, 6, 1)));
  }

  @Test
  @DisplayName("a camera on the family home filming only the home: the household activity stands")
  void homeOnly() {
    assertThat(notPurelyPersonal(homeCamera().build())).isEqualTo(Truth.FALSE);
    assertThat(Gdpr.HOUSEHOLD.truth(Context.of(homeCamera().build(), LocalDate.of(2024, 6, 1)))).isEqualTo(Truth.TRUE);
  }

  @Test
  @DisplayName("the same camera also filming the street: not purely personal, whatever is said, and the judgment is cited")
  void alsoThePublicSpace() {
    ProcessingOperation street = homeCamera().places(StandardPlace.HOME, StandardPlace.PUBLICLY_ACCESSIBLE_AREA).build();

    assertThat(notPurelyPersonal(street)).isEqualTo(Truth.TRUE);
    assertThat(Gdpr.HOUSEHOLD.truth(Context.of(street, LocalDate.of(2024, 6, 1)))).isEqualTo(Truth.FALSE);
    assertThat(Gdpr.NOT_PURELY_PERSONAL.citations()).contains(Rynes.CAMERA_ON_PUBLIC_SPACE);
  }

  @Test
  @DisplayName("a professional, a professional purpose or a framework set by law is never a purely personal activity (recital 18)")
  void professional() {
    assertThat(notPurelyPersonal(homeCamera().controller(Controller.of("Dr X", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL)).build()))
        .isEqualTo(Truth.TRUE);
    assertThat(notPurelyPersonal(homeCamera().purposes(StandardPurpose.PROPERTY_PROTECTION).build())).isEqualTo(Truth.TRUE);
    assertThat(notPurelyPersonal(homeCamera().legalFrameworks(org.dpia.rules.fr.FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT).build()))
        .isEqualTo(Truth.TRUE);
  }
}
