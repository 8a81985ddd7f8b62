package org.dpia.rules.fr.authorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.LegalCase.given;

import java.time.LocalDate;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.gdpr.Article35;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Drones as an innovative use, from the day of the use the AEPD judged. */
@DisplayName("AEPD E/02666/2020: drones are an innovative use")
class AepdFuenlabrada2021Test {

  /** A company films a motorway from a drone: systematic monitoring of a public area, plus innovation once established. */
  static org.dpia.core.model.ProcessingOperation.Builder trafficDrones() {
    return Fixtures.gdpr().name("traffic filmed by drones").purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IMAGES).dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.DRONES).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .assertCriterion(org.dpia.core.criteria.RiskCriterion.LARGE_SCALE, false);
  }

  @Test
  @DisplayName("from 3 January 2020 drones meet criterion 8, and with the monitoring of a public area two criteria; the day before, it is open")
  void fromTheDayOfTheUseJudged() {
    given("traffic drones on 3 January 2020", trafficDrones()).on(AepdFuenlabrada2021.USE_JUDGED_FROM)
        .requiredOn(Article35.PRESUMPTION).check();
    given("the same on 2 January 2020", trafficDrones()).on(AepdFuenlabrada2021.USE_JUDGED_FROM.minusDays(1))
        .notOn(Article35.PRESUMPTION).hence(Outcome.UNDETERMINED).check();
    assertThat(AepdFuenlabrada2021.DRONES_INNOVATIVE.inForceOn(LocalDate.of(2020, 1, 2))).isFalse();
  }
}
