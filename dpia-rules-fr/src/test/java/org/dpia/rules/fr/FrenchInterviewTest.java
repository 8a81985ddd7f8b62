package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dpia.core.decision.Choice;
import org.dpia.core.decision.ChoiceAnswer;
import org.dpia.core.decision.Interview;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Prompt;
import org.dpia.core.decision.Topic;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The French questionnaire's plan: topics mapped to the facts the French rules read")
class FrenchInterviewTest {
  static final FrenchRulebook FRANCE = FrenchRulebook.create();

  @Test
  @DisplayName("every topic settles some fact the rules read, and the criteria and the exceptions are topics of their own")
  void topicsFeedFactsTheRulesRead() {
    Set<String> facts = FRANCE.jurisdiction().factIds();
    Set<String> fedByNone = new TreeSet<>(facts);
    for (Topic t : FrenchInterview.PLAN.topics()) {
      assertThat(facts.stream().filter(t::feeds)).as(t.id()).isNotEmpty();
      fedByNone.removeIf(t::feeds);
    }
    // asked alone, as yes/no questions: plain facts no vocabulary settles
    assertThat(fedByNone).contains("personal-data", "controller.fewer-than-250-staff", "substantially-modified")
        .doesNotContain("criterion.large-scale", "legal-basis-assessed", "data.health", "purpose.patient-care");
    assertThat(FrenchInterview.PLAN.askedAfter(FrenchInterview.CRITERIA)).contains(FrenchInterview.ACTIVITIES, FrenchInterview.DATA);
    assertThat(FrenchInterview.PLAN.askedAfter("personal-data")).containsExactly(FrenchInterview.DATA);
  }

  @Test
  @DisplayName("from nothing the first question is the purposes, on which most missing facts hang; 'don't know' throughout ends undetermined within a dozen French questions")
  void dontKnowThroughout() {
    ProcessingOperation nothing = ProcessingOperation.builder().name("x").controller(Controller.builder().name("c").build()).build();
    Interview i = Interview.start(FRANCE, nothing, LocalDate.of(2024, 6, 1));
    Prompt first = i.next(Locale.FRENCH).orElseThrow();
    assertThat(first.id()).isEqualTo(FrenchInterview.PURPOSES);
    assertThat(first.text()).isEqualTo("À quoi sert le traitement ?");
    int asked = 0;
    for (Optional<Prompt> p = i.next(Locale.FRENCH); p.isPresent(); p = i.next(Locale.FRENCH)) {
      asked++;
      assertThat(p.get().text()).endsWith(" ?");
      assertThat(p.get().references()).hasSizeLessThanOrEqualTo(3);
      i = p.get() instanceof Choice c ? i.answer(c, ChoiceAnswer.dontKnow()) : i.answer(p.get().id(), Truth.UNKNOWN);
    }
    assertThat(asked).isBetween(5, 15);
    assertThat(i.decision().outcome()).isEqualTo(Outcome.UNDETERMINED);
  }
}
