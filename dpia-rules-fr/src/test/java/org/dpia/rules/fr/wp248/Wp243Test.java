package org.dpia.rules.fr.wp248;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import java.util.List;
import java.util.Locale;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Question;
import org.dpia.core.model.Scale;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WP243's scale factors, as the rulebook shows a description's own numbers beside the question on scale. */
@DisplayName("WP243: the scale a description states, shown beside the question")
class Wp243Test {

  @Test
  @DisplayName("the number of people, the share, the extent, the permanence and the volume, in English and French")
  void scaleInWords() {
    Scale scale = Scale.builder().dataSubjects(18_684).shareOfPopulation(0.125).geographicExtent(Scale.GeographicExtent.CITY)
        .permanence(Scale.Permanence.PERMANENT).volume(Scale.Volume.MODERATE).build();

    Text text = Wp243.scaleAsStated(Fixtures.gdpr().scale(scale).build()).orElseThrow();

    assertThat(text.english())
        .isEqualTo("The description says: 18,684 people; 12.5 % of the population; city extent; permanent; moderate volume of data.");
    assertThat(text.in("fr")).hasValue(
        "La description indique : 18 684 personnes ; 12,5 % de la population ; étendue : une ville ; permanent ; volume de données modéré.");
  }

  @Test
  @DisplayName("a description that says nothing of its scale gets nothing beside the question")
  void nothingStated() {
    assertThat(Wp243.scaleAsStated(Fixtures.gdpr().build())).isEmpty();
  }

  @Test
  @DisplayName("the question on large scale carries the user's own number; questions on other facts do not")
  void questionCarriesTheNumber() {
    Decision d = FRANCE.decide(Fixtures.gdpr().profiling(true).scale(Scale.builder().dataSubjects(18_684).build()).build(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);

    List<Question> questions = FRANCE.questions(d, Locale.ENGLISH);

    String largeScale = Wp248.conclusion(RiskCriterion.LARGE_SCALE).id();
    assertThat(questions).filteredOn(q -> q.factId().equals(largeScale)).singleElement()
        .satisfies(q -> assertThat(q.stated()).hasValue("The description says: 18,684 people."));
    assertThat(questions).filteredOn(q -> !q.factId().startsWith("criterion.large-scale") && !q.factId().startsWith("scale."))
        .allSatisfy(q -> assertThat(q.stated()).isEmpty());
    assertThat(FRANCE.questions(d, Locale.FRENCH)).filteredOn(q -> q.factId().equals(largeScale)).singleElement()
        .satisfies(q -> assertThat(q.stated()).hasValue("La description indique : 18 684 personnes."));
  }
}
