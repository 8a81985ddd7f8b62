package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpia.core.decision.Choice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Interview;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Prompt;
import org.dpia.core.decision.Question;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Gallery;
import org.dpia.examples.rulings.Rulings;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire measured on every case of the gallery and every real ruling: a simulated
 * respondent who knows the case's full description answers every question truthfully — a grouped
 * question from the case's sets and values ("don't know" where the case says nothing), a yes/no
 * question from the fact as the case's description reads — starting from an empty description at
 * the case's date, until the answer is settled or no question is left. It counts the questions,
 * and checks that the answer reached is the direct decision on the case. Before: the terminal
 * questionnaire as it was, one yes/no question per missing fact in the ranked order, measured only
 * with {@code -Ddpia.questionnaire.before=true} (it asks up to 56 questions a case, and takes
 * minutes). The table is printed and written to {@code target/questionnaire-benchmark.md}.
 */
class QuestionnaireBenchmarkTest {
  static final FrenchRulebook FRANCE = FrenchRulebook.create();
  static final Map<String, Fact<ProcessingOperation>> FACTS = new HashMap<>();

  static {
    for (Rule<ProcessingOperation> r : FRANCE.jurisdiction().rules()) {
      r.facts().forEach(f -> FACTS.putIfAbsent(f.id(), f));
    }
  }

  record Subject(String id, ProcessingOperation operation, LocalDate date) {}

  record Result(String id, Outcome direct, int before, Outcome beforeOutcome, int after, Outcome afterOutcome) {}

  static List<Subject> subjects() {
    List<Subject> all = new ArrayList<>();
    Gallery.all().forEach(c -> all.add(new Subject(c.id(), c.operation(), c.date())));
    Rulings.all().forEach(r -> all.add(new Subject(r.id(), r.operation(), r.date())));
    return all;
  }

  static ProcessingOperation empty() {
    return ProcessingOperation.builder().name("described in the questionnaire").controller(Controller.builder().name("the controller").build()).build();
  }

  /** The new questionnaire, answered truthfully: the number of questions and the outcome reached. */
  static Map.Entry<Integer, Outcome> interview(Subject s) {
    Interview i = Interview.start(FRANCE, empty(), s.date());
    int asked = 0;
    for (Optional<Prompt> next = i.next(Locale.ENGLISH); next.isPresent() && asked < 100; next = i.next(Locale.ENGLISH)) {
      asked++;
      if (next.get() instanceof Choice c) {
        i = i.answer(c, c.topic().answerFrom(s.operation(), s.date()));
      } else {
        Question q = (Question) next.get();
        i = i.answer(q, FACTS.get(q.factId()).read(s.operation(), s.date()));
      }
    }
    return Map.entry(asked, i.decision().outcome());
  }

  /** The questionnaire as it was: the first missing fact not answered "don't know", one yes/no question at a time. */
  static Map.Entry<Integer, Outcome> before(Subject s) {
    Map<String, Truth> answers = new HashMap<>();
    Set<String> dontKnow = new HashSet<>();
    Decision d = FRANCE.decide(empty(), s.date(), answers);
    int asked = 0;
    while (d.outcome() == Outcome.UNDETERMINED && asked < 100) {
      Optional<Question> next = FRANCE.questions(d, Locale.ENGLISH).stream().filter(q -> !dontKnow.contains(q.factId())).findFirst();
      if (next.isEmpty()) {
        break;
      }
      asked++;
      Truth t = FACTS.get(next.get().factId()).read(s.operation(), s.date());
      if (t.isKnown()) {
        answers.put(next.get().factId(), t);
        d = FRANCE.decide(empty(), s.date(), answers);
      } else {
        dontKnow.add(next.get().factId());
      }
    }
    return Map.entry(asked, d.outcome());
  }

  static int median(List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2) + 1) / 2;
  }

  /** Whether to measure the questionnaire as it was too, for the README's "before" figures. */
  static final boolean BEFORE = Boolean.getBoolean("dpia.questionnaire.before");

  @Test
  @DisplayName("from an empty description, a truthful respondent reaches the direct decision of every case and ruling: median ≤ 6 questions, none above 15")
  void fewestQuestions() throws IOException {
    List<Result> results = new ArrayList<>();
    for (Subject s : subjects()) {
      Outcome direct = FRANCE.decide(s.operation(), s.date()).outcome();
      Map.Entry<Integer, Outcome> after = interview(s);
      Map.Entry<Integer, Outcome> before = BEFORE ? before(s) : Map.entry(-1, Outcome.UNDETERMINED);
      results.add(new Result(s.id(), direct, before.getKey(), before.getValue(), after.getKey(), after.getValue()));
    }
    List<Integer> after = results.stream().map(Result::after).toList();
    List<Integer> before = results.stream().map(Result::before).toList();
    StringBuilder table = new StringBuilder();
    table.append("| case | direct decision |").append(BEFORE ? " questions before | reached before |" : "")
        .append(" questions | reached |\n|---|---|").append(BEFORE ? "---:|---|" : "").append("---:|---|\n");
    for (Result r : results) {
      table.append("| ").append(r.id()).append(" | ").append(r.direct()).append(" | ");
      if (BEFORE) {
        table.append(r.before()).append(" | ").append(r.beforeOutcome()).append(" | ");
      }
      table.append(r.after()).append(" | ").append(r.afterOutcome()).append(" |\n");
    }
    table.append("\n").append(results.size()).append(" cases and rulings.");
    if (BEFORE) {
      table.append(" Before: median ").append(median(before)).append(", max ").append(before.stream().max(Integer::compare).orElse(0))
          .append(", reached the direct decision in ").append(results.stream().filter(r -> r.beforeOutcome() == r.direct()).count()).append(".");
    }
    table.append(" Now: median ").append(median(after))
        .append(", max ").append(after.stream().max(Integer::compare).orElse(0)).append(", reached the direct decision in ")
        .append(results.stream().filter(r -> r.afterOutcome() == r.direct()).count()).append(".\n");
    System.out.println(table);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("questionnaire-benchmark.md"), table, StandardCharsets.UTF_8);

    assertThat(results).allSatisfy(r -> assertThat(r.afterOutcome()).as("%s: the interview ends on the direct decision", r.id()).isEqualTo(r.direct()));
    assertThat(median(after)).as("median number of questions").isLessThanOrEqualTo(6);
    assertThat(after.stream().max(Integer::compare).orElseThrow()).as("most questions for one case").isLessThanOrEqualTo(15);
  }
}
