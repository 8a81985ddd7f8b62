package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpia.core.decision.Choice;
import org.dpia.core.decision.ChoiceAnswer;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Interview;
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
    return Questionnaire.run(args, new BufferedReader(new StringReader(input)), printing(out), printing(err), true);
  }

  static PrintStream printing(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static ProcessingOperation nothingKnown() {
    return ProcessingOperation.builder().name("nothing known").controller(Controller.builder().name("someone").build()).build();
  }

  /** From nothing: "don't know" to the eight grouped questions asked first, then "no personal data". */
  static final String NO_PERSONAL_DATA = "?\n".repeat(8) + "n\n";

  @Test
  @DisplayName("a scripted session reaches NOT REQUIRED: profiling of loyalty-card holders, up to 10,000 people, no other activity, no criterion asserted")
  void reachesNotRequired() {
    assertThat(run("1\n1\n0\n", "--from", "undetermined-loyalty-programme-profiling", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("The answer is settled.").contains("Outcome: DPIA NOT REQUIRED").contains("Question 3")
        .doesNotContain("Question 4");
  }

  @Test
  @DisplayName("from nothing, 'don't know' to the grouped questions and then 'no personal data' settles it: outside the scope of the GDPR")
  void noPersonalDataSettles() {
    assertThat(run(NO_PERSONAL_DATA, "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Question 9: Is personal data processed?").doesNotContain("Question 10")
        .contains("(if yes: UNDETERMINED: the facts given do not settle it; if no: DPIA NOT REQUIRED)")
        .contains("Outcome: DPIA NOT REQUIRED").contains("No personal data is processed");
  }

  @Test
  @DisplayName("starting from the Lille case, no question is needed: REQUIRED")
  void reachesRequiredFromAPartialDescription() {
    assertThat(run("", "--from", "lille-briefcam", "--date", "2023-06-01")).isZero();
    assertThat(out()).doesNotContain("Question 1").contains("Outcome: DPIA REQUIRED");
  }

  @Test
  @DisplayName("a grouped question comes with its help, at most three references and numbered options: how many people")
  void questionWithHelp() {
    assertThat(run("3\n", "--from", "undetermined-loyalty-programme-profiling", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Question 1: How many people's data does the processing hold?")
        .contains("The law sets no threshold").contains("Reference: WP248 rev.01, criterion 5; GDPR, recital 91; WP243 rev.01")
        .contains("   1. up to 10,000 people (UNDETERMINED: the facts given do not settle it)").contains("   3. 50,000 people or more (DPIA REQUIRED)")
        .contains("Outcome: DPIA REQUIRED").doesNotContain("Question 2");
  }

  @Test
  @DisplayName("don't know to everything: the session runs to its end undetermined after fourteen questions, most of them grouped (42 yes/no questions before), and exits 0")
  void dontKnowEndsUndetermined() {
    String allDontKnow = "?\n".repeat(200);
    assertThat(run(allDontKnow, "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Question 2").contains("it stays undetermined").contains("UNDETERMINED")
        .contains("Question 14").doesNotContain("Question 15").doesNotContain("End of input").doesNotContain("Is it so that")
        .doesNotContain("(if yes: UNDETERMINED: the facts given do not settle it; if no: UNDETERMINED");
  }

  @Test
  @DisplayName("a bad answer is explained and the question asked again")
  void badAnswerIsAskedAgain() {
    assertThat(run("maybe\n" + NO_PERSONAL_DATA, "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("I did not understand \"maybe\". Please answer with the numbers of the options")
        .containsOnlyOnce("Question 1:").contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("the end of input with a question pending says so, prints the decision as it stands and exits 3")
  void endOfInputWithAQuestionPending() {
    assertThat(run("?\n", "--date", "2024-06-01")).isEqualTo(3);
    assertThat(out()).containsOnlyOnce("Question 2")
        .contains("End of input with questions still unanswered: the session stops here, and the report below is the decision as it stands")
        .doesNotContain("The answer is settled.").contains("Outcome: UNDETERMINED").contains("Your answers:");
    assertThat(err()).isEmpty();
  }

  @Test
  @DisplayName("an empty input ends the session before the first answer: status 3, and the report of what the case states")
  void emptyInput() {
    assertThat(run("", "--from", "undetermined-loyalty-programme-profiling", "--date", "2024-06-01")).isEqualTo(3);
    assertThat(out()).containsOnlyOnce("Question 1").contains("End of input with questions still unanswered").contains("Outcome: UNDETERMINED");
  }

  @Test
  @DisplayName("in French, the end of input with a question pending is said in French")
  void endOfInputInFrench() {
    assertThat(run("?\n", "--date", "2024-06-01", "--lang", "fr")).isEqualTo(3);
    assertThat(out()).contains("Fin des réponses alors que des questions restent sans réponse : la session s'arrête ici");
  }

  @Test
  @DisplayName("an empty answer line is asked again, with nothing to quote")
  void emptyAnswerIsAskedAgain() {
    assertThat(run("\n  \n" + NO_PERSONAL_DATA, "--date", "2024-06-01")).isZero();
    assertThat(out()).doesNotContain("I did not understand").containsOnlyOnce("Question 1:")
        .contains("> " + System.lineSeparator() + "Please answer with the numbers of the options");
  }

  @Test
  @DisplayName("answers ending without a final newline, or with CRLF, are read as lines")
  void lineEnds() {
    assertThat(run("maybe\r\n" + "?\r\n".repeat(8) + "n", "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("I did not understand \"maybe\".").containsOnlyOnce("Question 1:").contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("a choice is answered by numbers or by words of its options, and the answers are summed up before the report")
  void numbersOrWords() {
    // the purposes and the controller come first, then the data
    assertThat(run("?\n?\nimages, licence\n" + "?\n".repeat(12), "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("Your answers:")
        .contains("  - Which kinds of data are processed? images of people (photo, video), vehicle licence plates");
  }

  @Test
  @DisplayName("back goes back one question: the question is asked again and its first answer is not kept")
  void back() {
    assertThat(run("?\n?\n4\nback\n?\n" + NO_PERSONAL_DATA.substring(6), "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("> back" + System.lineSeparator() + System.lineSeparator() + "Question 3: Which kinds of data are processed?")
        .contains("  - Which kinds of data are processed? don't know").doesNotContain("images of people (photo, video)" + System.lineSeparator() + "  - ")
        .contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("back at the first question says there is nothing to go back to, in French too")
  void backAtTheStart() {
    assertThat(run("retour\n", "--date", "2024-06-01", "--lang", "fr")).isEqualTo(3);
    assertThat(out()).contains("C'est la première question : il n'y a pas de retour possible.");
  }

  @Test
  @DisplayName("the description as completed is printed after the report, so that it can be kept")
  void completedDescription() {
    assertThat(run("?\n?\n4 6\n" + "?\n".repeat(12), "--date", "2024-06-01")).isZero();
    assertThat(out()).contains("The description as completed (to keep):")
        .contains("  data: images of people (photo, video) ; vehicle licence plates").contains("  purposes: not known");
  }

  @Test
  @DisplayName("a choice answer: numbers, 0 for none, other, ? alone for don't know, with numbers for 'these and perhaps more'")
  void parsesChoices() {
    Interview i = Interview.start(FRANCE, nothingKnown(), DATE);
    Choice data = (Choice) i.next(Locale.ENGLISH).orElseThrow();
    while (!data.id().equals("data")) {
      i = i.answer(data, ChoiceAnswer.dontKnow());
      data = (Choice) i.next(Locale.ENGLISH).orElseThrow();
    }
    assertThat(Questionnaire.parseChoice("4 6", data)).isEqualTo(ChoiceAnswer.exactly(List.of("IMAGES", "LICENCE_PLATES")));
    assertThat(Questionnaire.parseChoice("4,6", data)).isEqualTo(ChoiceAnswer.exactly(List.of("IMAGES", "LICENCE_PLATES")));
    assertThat(Questionnaire.parseChoice("0", data)).isEqualTo(ChoiceAnswer.exactly(List.of()));
    assertThat(Questionnaire.parseChoice("?", data)).isEqualTo(ChoiceAnswer.dontKnow());
    assertThat(Questionnaire.parseChoice("4 ?", data)).isEqualTo(ChoiceAnswer.atLeast(List.of("IMAGES")));
    assertThat(Questionnaire.parseChoice("4 other", data)).isEqualTo(ChoiceAnswer.withOther(List.of("IMAGES")));
    assertThat(Questionnaire.parseChoice("99", data)).isNull();
    assertThat(Questionnaire.parseChoice("0 4", data)).isNull();
    assertThat(Questionnaire.parseChoice("data", data)).as("a word in several options").isNull();
  }

  @Test
  @DisplayName("--help and -h print the usage and each option on standard output and exit 0")
  void help() {
    for (String option : List.of("--help", "-h")) {
      out.reset();
      assertThat(run("", option)).as(option).isZero();
      assertThat(out()).as(option).startsWith(Questionnaire.USAGE).isEqualTo(Questionnaire.HELP)
          .contains("--from CASE").contains("--date YYYY-MM-DD").contains("--lang en|fr").contains("--format text|markdown")
          .contains("-h, --help").contains("exit status").doesNotContain("Question 1");
    }
    assertThat(err()).isEmpty();
  }

  @Test
  @DisplayName("the answers cannot be read (standard input is a directory): one line on standard error, status 1, no stack trace")
  void readError() {
    BufferedReader directory = new BufferedReader(new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("Is a directory");
      }

      @Override
      public void close() {}
    });
    assertThat(Questionnaire.run(new String[] {"--date", "2024-06-01"}, directory, printing(out), printing(err), true)).isEqualTo(1);
    assertThat(err()).isEqualTo("Cannot read the answers: Is a directory" + System.lineSeparator());
    assertThat(out()).contains("Question 1").doesNotContain("Exception").doesNotContain("Outcome");
  }

  @Test
  @DisplayName("an unexpected error is one line on standard error with status 1, never a stack trace")
  void unexpectedError() {
    BufferedReader broken = new BufferedReader(new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        throw new IllegalStateException("broken\nreader");
      }

      @Override
      public void close() {}
    });
    assertThat(Questionnaire.run(new String[] {"--date", "2024-06-01"}, broken, printing(out), printing(err), true)).isEqualTo(1);
    assertThat(err()).isEqualTo("unexpected error: java.lang.IllegalStateException: broken reader" + System.lineSeparator());
  }

  @Test
  @DisplayName("a 1 MB answer line is neither echoed nor quoted in full: cut at 200 characters with an ellipsis")
  void longLineIsCut() {
    String megabyte = "x".repeat(1_000_000);
    assertThat(run(megabyte + "\n" + NO_PERSONAL_DATA, "--date", "2024-06-01")).isZero();
    String cut = "x".repeat(200) + "…";
    assertThat(out()).doesNotContain("x".repeat(201)).contains("> " + cut + System.lineSeparator())
        .contains("I did not understand \"" + cut + "\". Please answer with the numbers of the options")
        .containsOnlyOnce("Question 1:").contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("an over-long line is never taken as an answer, even one that starts with yes")
  void longLineIsNotAnAnswer() {
    assertThat(run("?" + " ".repeat(300) + "\n" + NO_PERSONAL_DATA, "--date", "2024-06-01")).isZero();
    assertThat(out()).containsOnlyOnce("I did not understand").contains("DPIA NOT REQUIRED");
  }

  @Test
  @DisplayName("a line is read keeping at most 201 of its characters, and the next lines are read whole")
  void readingIsBounded() throws IOException {
    BufferedReader in = new BufferedReader(new StringReader("x".repeat(100_000) + "\r\nyes\r\n" + "y".repeat(200) + "\r\nno"));
    assertThat(Questionnaire.readAnswer(in)).hasSize(Questionnaire.MAX_ANSWER_LENGTH + 1);
    assertThat(Questionnaire.readAnswer(in)).isEqualTo("yes");
    assertThat(Questionnaire.readAnswer(in)).as("200 characters and CRLF: whole, not cut").isEqualTo("y".repeat(200));
    assertThat(Questionnaire.readAnswer(in)).isEqualTo("no");
    assertThat(Questionnaire.readAnswer(in)).isNull();
  }

  @Test
  @DisplayName("a French answer not understood is quoted in French")
  void badAnswerInFrench() {
    assertThat(run("peut-être\n" + NO_PERSONAL_DATA.replace("n\n", "non\n"), "--date", "2024-06-01", "--lang", "fr")).isZero();
    assertThat(out()).contains("Je n'ai pas compris « peut-être ». Répondez par les numéros des choix");
  }

  @Test
  @DisplayName("in French, the questions and the report are in French")
  void french() {
    assertThat(run(NO_PERSONAL_DATA.replace("n\n", "non\n"), "--date", "2024-06-01", "--lang", "fr")).isZero();
    assertThat(out()).contains("Question 1 : À quoi sert le traitement ?").contains("Question 3 : Quelles données sont traitées ?")
        .contains("Question 9 : Des données personnelles sont-elles traitées ?")
        .contains("AIPD NON OBLIGATOIRE").contains("[oui / non / ? = je ne sais pas / retour]");
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
