package org.dpia.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.Vocabulary;
import org.dpia.core.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Interview: grouped questions, the one that weighs most first, nothing once settled")
class InterviewTest {
  static final Rulebook TOY = ToyRulebook.DEMANDING;
  static final LocalDate DATE = LocalDate.of(2024, 1, 1);

  static final Topic DATA = Topic.<DataCategory>ofSet("data", List.of(DataCategory.values()), Enum::name, DataCategory::text,
      ProcessingOperation::dataCategories, ProcessingOperation::withDataCategories, id -> id.startsWith("data."));
  static final Topic PURPOSES = Topic.<Purpose>ofSet("purposes", List.of(StandardPurpose.values()), Vocabulary::id, Vocabulary::text,
      ProcessingOperation::purposes, ProcessingOperation::withPurposes, id -> id.startsWith("purpose."));
  static final InterviewPlan PLAN = InterviewPlan.builder().topic(PURPOSES).topic(DATA).build();

  static ProcessingOperation nothingKnown() {
    return ProcessingOperation.builder().name("nothing known").controller(Controller.builder().name("someone").build()).build();
  }

  @Test
  @DisplayName("without a plan every question is a yes/no question about one missing fact; answering it can settle the outcome")
  void yesNoWithoutAPlan() {
    Interview i = Interview.start(TOY, InterviewPlan.none(), nothingKnown(), DATE);
    assertThat(i.isSettled()).isFalse();
    Prompt first = i.next(Locale.ENGLISH).orElseThrow();
    assertThat(first).isInstanceOf(Question.class);
    Interview answered = i.answer((Question) first, Truth.TRUE);
    assertThat(answered.answers()).containsEntry(first.id(), Truth.TRUE);
    assertThat(answered.asked()).containsExactly(first.id());
  }

  @Test
  @DisplayName("with a plan, a topic is asked instead of its facts; one answer settles it and nothing more is asked")
  void choiceSettles() {
    Interview i = Interview.start(TOY, PLAN, nothingKnown(), DATE);
    Prompt first = i.next(Locale.FRENCH).orElseThrow();
    assertThat(first).isInstanceOf(Choice.class);
    Choice purposes = (Choice) first;
    assertThat(purposes.id()).isEqualTo("purposes");
    assertThat(purposes.multiple()).isTrue();
    assertThat(purposes.options()).contains("la gestion des ressources humaines");
    Interview police = i.answer(purposes, ChoiceAnswer.exactly(List.of("CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION")));
    assertThat(police.isSettled()).isTrue();
    assertThat(police.decision().outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(police.next(Locale.FRENCH)).isEmpty();
    assertThat(police.operation().purposes()).isEqualTo(FactSet.of(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));
    assertThat(police.back()).contains(i);
    assertThat(i.back()).isEmpty();
  }

  @Test
  @DisplayName("the next question is the one that weighs most: after a purpose outside the police, the data")
  void nextWeighsMost() {
    Interview i = Interview.start(TOY, PLAN, nothingKnown(), DATE);
    Interview hr = i.answer(PURPOSES, ChoiceAnswer.exactly(List.of("HUMAN_RESOURCES_MANAGEMENT")));
    Prompt next = hr.next(Locale.ENGLISH).orElseThrow();
    assertThat(next.id()).isEqualTo("data");
    assertThat(hr.answer(DATA, ChoiceAnswer.exactly(List.of("BIOMETRIC"))).decision().outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(hr.answer(DATA, ChoiceAnswer.exactly(List.of("IDENTIFICATION"))).decision().outcome()).isEqualTo(Outcome.NOT_REQUIRED);
  }

  @Test
  @DisplayName("a topic answered 'don't know' is not asked again fact by fact: the interview ends undetermined")
  void dontKnowEnds() {
    Interview i = Interview.start(TOY, PLAN, nothingKnown(), DATE);
    i = i.answer(PURPOSES, ChoiceAnswer.exactly(List.of("HUMAN_RESOURCES_MANAGEMENT")));
    i = i.answer(DATA, ChoiceAnswer.dontKnow());
    assertThat(i.decision().outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(i.next(Locale.ENGLISH)).isEmpty();
    assertThat(i.asked()).containsExactly("purposes", "data");
  }

  @Test
  @DisplayName("a set topic maps every answer to a fact set: exactly, at least, with something not listed, none")
  void setAnswers() {
    ProcessingOperation op = nothingKnown();
    assertThat(DATA.apply(op, ChoiceAnswer.exactly(List.of("HEALTH"))).dataCategories()).isEqualTo(FactSet.of(DataCategory.HEALTH));
    assertThat(DATA.apply(op, ChoiceAnswer.atLeast(List.of("HEALTH"))).dataCategories()).isEqualTo(FactSet.atLeast(DataCategory.HEALTH));
    assertThat(DATA.apply(op, ChoiceAnswer.exactly(List.of())).dataCategories()).isEqualTo(FactSet.none());
    assertThat(DATA.apply(op, ChoiceAnswer.dontKnow()).dataCategories()).isEqualTo(FactSet.unknown());
    FactSet<DataCategory> other = DATA.apply(op, ChoiceAnswer.withOther(List.of("HEALTH"))).dataCategories();
    assertThat(other.contains(DataCategory.HEALTH)).isEqualTo(Truth.TRUE);
    assertThat(other.contains(DataCategory.GENETIC)).isEqualTo(Truth.FALSE);
    assertThat(other.isComplete()).isFalse();
    assertThatThrownBy(() -> PURPOSES.apply(op, ChoiceAnswer.exactly(List.of()))).isInstanceOf(InvalidDescriptionException.class);
    assertThatThrownBy(() -> DATA.apply(op, ChoiceAnswer.exactly(List.of("NOT_AN_OPTION")))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the answer a full description gives reproduces it: exact sets, partial sets with exclusions, unknown as don't know")
  void answerFromRoundTrips() {
    for (FactSet<DataCategory> set : List.of(FactSet.of(DataCategory.IMAGES, DataCategory.HEALTH), FactSet.atLeast(DataCategory.IMAGES),
        FactSet.<DataCategory>noneOf(DataCategory.HEALTH), FactSet.<DataCategory>none(), FactSet.<DataCategory>unknown())) {
      ProcessingOperation described = nothingKnown().withDataCategories(set);
      ChoiceAnswer a = DATA.answerFrom(described, DATE);
      assertThat(DATA.apply(nothingKnown(), a).dataCategories()).as(set.toString()).isEqualTo(set);
    }
    assertThat(DATA.answerFrom(nothingKnown(), DATE).isDontKnow()).isTrue();
  }

  @Test
  @DisplayName("a topic over yes/no facts: a fact chosen is yes, the others no when nothing else, unknown when the rest is not known")
  void factSetTopic() {
    Fact<ProcessingOperation> a = Fact.of("a", "a", op -> op.profiling());
    Fact<ProcessingOperation> b = Fact.of("b", "b", op -> op.systematicMonitoring());
    Map<Option, Fact<ProcessingOperation>> options = new LinkedHashMap<>();
    options.put(new Option("a", Text.of("a")), a);
    options.put(new Option("b", Text.of("b")), b);
    Topic done = Topic.ofFactSet("done", options);
    assertThat(done.factAnswers(ChoiceAnswer.exactly(List.of("a")))).containsExactly(Map.entry("a", Truth.TRUE), Map.entry("b", Truth.FALSE));
    assertThat(done.factAnswers(ChoiceAnswer.atLeast(List.of("a")))).containsExactly(Map.entry("a", Truth.TRUE));
    assertThat(done.factAnswers(ChoiceAnswer.dontKnow())).isEmpty();
    assertThat(done.feeds("a")).isTrue();
    assertThat(done.isOpen(nothingKnown(), DATE)).isTrue();
    ProcessingOperation described = ProcessingOperation.builder().from(nothingKnown()).profiling(true).systematicMonitoring(false).build();
    assertThat(done.answerFrom(described, DATE)).isEqualTo(ChoiceAnswer.exactly(List.of("a")));
    assertThat(done.isOpen(described, DATE)).isFalse();
  }

  @Test
  @DisplayName("a single choice tells what each option leads to; a multiple choice does not")
  void outcomesByOption() {
    Topic police = Topic.<StandardPurpose>ofOne("purpose", List.of(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT,
            StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION), Enum::name, StandardPurpose::text,
        op -> op.purposes().known().stream().map(p -> (StandardPurpose) p).findFirst(),
        (op, p) -> op.withPurposes(FactSet.of(p)), id -> id.startsWith("purpose."));
    Interview i = Interview.start(TOY, InterviewPlan.builder().topic(police).topic(DATA).build(), nothingKnown(), DATE);
    Choice one = (Choice) i.next(Locale.ENGLISH).orElseThrow();
    assertThat(one.multiple()).isFalse();
    assertThat(i.outcomesByOption(one)).containsExactly(Outcome.UNDETERMINED, Outcome.REQUIRED);
    Interview hr = i.answer(one, ChoiceAnswer.exactly(List.of("HUMAN_RESOURCES_MANAGEMENT")));
    Choice data = (Choice) hr.next(Locale.ENGLISH).orElseThrow();
    assertThat(hr.outcomesByOption(data)).isEmpty();
  }
}
