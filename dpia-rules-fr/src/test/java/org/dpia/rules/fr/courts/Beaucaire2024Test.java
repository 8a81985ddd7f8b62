package org.dpia.rules.fr.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.LegalCase.given;

import org.dpia.core.decision.Outcome;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.lil.TitleIII;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A commune's video protection for crime prevention: a competent authority, a processing on a large scale. */
@DisplayName("Conseil d'État, Commune de Beaucaire, 2024")
class Beaucaire2024Test {

  static org.dpia.core.model.ProcessingOperation.Builder communeCctv() {
    return Fixtures.gdpr().name("video protection of public roads")
        .controller(Controller.of("Commune de Beaucaire", StandardControllerKind.LOCAL_AUTHORITY))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES).dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA);
  }

  @Test
  @DisplayName("a commune filming public roads to prevent crime is a competent authority: LIL art. 90 requires a DPIA on two criteria")
  void communeVideoProtection() {
    given("a commune's video protection of public roads", communeCctv()).under(TitleIII.REGIME).requiredOn(TitleIII.TWO_CRITERIA).check();
  }

  @Test
  @DisplayName("the same cameras for traffic management only: the GDPR governs, and art. 35(3)(c) requires a DPIA")
  void trafficOnly() {
    given("a commune's traffic cameras", communeCctv().purposes(StandardPurpose.TRAFFIC_MANAGEMENT))
        .under(Gdpr.REGIME).requiredOn(org.dpia.rules.fr.gdpr.Article35.ART_35_3_C).check();
  }

  @Test
  @DisplayName("a company's cameras on the street are not the commune's: neither a competent authority nor large scale by this reading")
  void companyIsNot() {
    given("a shop's camera on the pavement", communeCctv().controller(Controller.of("Boutique", StandardControllerKind.COMPANY)))
        .under(Gdpr.REGIME).notOn(TitleIII.TWO_CRITERIA).hence(Outcome.UNDETERMINED).check();
    assertThat(TitleIII.APPLIES.citations()).contains(Beaucaire2024.COMMUNE_IS_COMPETENT_AUTHORITY);
  }
}
