package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  static final Rulebook FRANCE = FrenchRulebook.create();
  static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String input, String... args) {
    return Questionnaire.run(args, new BufferedReader(new StringReader(input)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  static ProcessingOperation nothingKnown() {
    return ProcessingOperation.builder().name("nothing known").controller(Controller.builder().name("someone").build()).build();
  }

  @Test
  @DisplayName("a scripted session reaches NOT REQUIRED: profiling of loyalty-card holders, fewer than 50,000 people, not large scale, no outside data")
  void reachesNotRequired() {
    assertThat(run("n\nn\nn\n", "--from", "undetermined-loyalty-programme-profiling", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("The answer is settled.").contains("Outcome: DPIA NOT REQUIRED").contains("Question 3")
        .doesNotContain("Question 4");
  }

  @Test
  @DisplayName("answering 'no personal data' settles it at once: outside the scope of the GDPR")
  void noPersonalDataSettlesAtOnce() {
    assertThat(run("n\n", "--date", "2024-06-01")).isZero();
    assertThat(out()).containsOnlyOnce("Question ").contains("Outcome: DPIA NOT REQUIRED").contains("No personal data is processed");
  }

  @Test
  @DisplayName("starting from the Lille case without its innovative technology, one answer settles REQUIRED")
  void reachesRequiredFromAPartialDescription() {
    assertThat(run("", "--from", "lille-briefcam", "--date", "2023-06-01")).isZero();
    assertThat(out()).doesNotContain("Question 1").contains("Outcome: DPIA REQUIRED");
  }

  @Test
  @DisplayName("a question comes with its help text and legal references: large scale, in WP248's words")
  void questionWithHelp() {
    assertThat(run("y\n", "--from", "undetermined-loyalty-programme-profiling", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Question 1: Is it so that the data of at least 50,000 people is processed?")
        .contains("the highest threshold a supervisory authority has published").contains("Reference: WP248 rev.01, criterion 5; GDPR, recital 91")
        .contains("(if yes: DPIA REQUIRED").contains("Outcome: DPIA REQUIRED").doesNotContain("Question 2");
  }

  @Test
  @DisplayName("don't know is a real answer: the session moves on and can end undetermined, saying what remains decisive")
  void dontKnowEndsUndetermined() {
    String allDontKnow = "?\n".repeat(200);
    assertThat(run(allDontKnow, "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Question 2").contains("it stays undetermined").contains("UNDETERMINED");
  }

  @Test
  @DisplayName("a bad answer is explained and the question asked again")
  void badAnswerIsAskedAgain() {
    assertThat(run("maybe\nn\n", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Please answer yes, no, or ? if you don't know.").containsOnlyOnce("Question 1").contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("the end of input ends the session cleanly with the current state")
  void endOfInput() {
    assertThat(run("y\n", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("End of input").contains("UNDETERMINED").contains("Answers given");
  }

  @Test
  @DisplayName("in French, the questions and the report are in French")
  void french() {
    assertThat(run("non\n", "--date", "2024-06-01", "--lang", "fr")).isZero();
    assertThat(out()).contains("Question 1 :").contains("AIPD NON OBLIGATOIRE").contains("[oui / non / ? = je ne sais pas]");
  }

  @Test
  @DisplayName("bad arguments are refused with the usage and status 2")
  void badArguments() {
    assertThat(run("", "--date", "yesterday")).isEqualTo(2);
    assertThat(run("", "--from", "nowhere")).isEqualTo(2);
    assertThat(run("", "--lang", "de")).isEqualTo(2);
    assertThat(run("", "--what")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date takes a date").contains("no case named 'nowhere'")
        .contains("--lang takes en or fr").contains("unknown argument --what").contains(Questionnaire.USAGE);
  }

  /**
   * Plays the questionnaire's policy through the library API (always the first question, answers
   * alternating yes and no) and checks at every step that the question asked could change the
   * outcome: its answer alone changes it (checked by deciding both answers), or its witness — answers
   * for other facts — is a filling-in under which its answer changes it (checked by deciding both).
   */
  @Test
  @DisplayName("no question asked is irrelevant: at each step its answer can change the outcome")
  void noIrrelevantQuestion() {
    ProcessingOperation op = nothingKnown();
    Map<String, Truth> answers = new HashMap<>();
    Decision d = FRANCE.decide(op, DATE, answers);
    int steps = 0;
    boolean yes = true;
    while (d.outcome() == Outcome.UNDETERMINED && steps < 40) {
      List<Question> questions = FRANCE.questions(d, Locale.ENGLISH);
      assertThat(questions).isNotEmpty();
      for (Question q : questions) {
        assertThat(q.text()).isNotBlank();
        assertThat(couldChange(op, answers, q.missingFact())).as("question %s at step %d", q.factId(), steps).isTrue();
      }
      answers.put(questions.get(0).factId(), Truth.of(yes));
      yes = !yes;
      d = FRANCE.decide(op, DATE, answers);
      steps++;
    }
    assertThat(steps).as("a few answers, each of which could change the outcome").isGreaterThan(1);
    assertThat(d.outcome()).isNotEqualTo(Outcome.UNDETERMINED);
  }

  private static boolean couldChange(ProcessingOperation op, Map<String, Truth> answers, MissingFact m) {
    Map<String, Truth> base = new HashMap<>(answers);
    base.putAll(m.witness());
    return outcomeWith(op, base, m.factId(), Truth.TRUE) != outcomeWith(op, base, m.factId(), Truth.FALSE);
  }

  private static Outcome outcomeWith(ProcessingOperation op, Map<String, Truth> base, String fact, Truth value) {
    Map<String, Truth> a = new HashMap<>(base);
    a.put(fact, value);
    return FRANCE.decide(op, DATE, a).outcome();
  }
}
