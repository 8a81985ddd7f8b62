package org.dpia.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.dpia.core.Fixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rulebook: the seam where a jurisdiction plugs in")
class RulebookTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static ProcessingOperation.Builder accessControl() {
    return ProcessingOperation.builder()
        .name("Fingerprint access control")
        .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL);
  }

  @Test
  @DisplayName("a rulebook registered with the service loader is available and found by its id")
  void serviceLoader() {
    assertThat(Rulebook.available()).extracting(Rulebook::id).containsExactly("xx");
    assertThat(Rulebook.find("xx")).hasValueSatisfying(r -> {
      assertThat(r).isInstanceOf(ToyRulebook.class);
      assertThat(r.name()).isEqualTo("Toy rulebook");
      assertThat(r.sources()).extracting(s -> s.shortTitle()).containsExactly("TDPA");
    });
  }

  @Test
  @DisplayName("no rulebook is found for a jurisdiction that is not on the class path")
  void notFound() {
    assertThat(Rulebook.find("fr")).isEmpty();
    assertThat(Rulebook.find("XX")).as("ids are compared exactly").isEmpty();
  }

  @Test
  @DisplayName("processing biometric data requires a DPIA from the day the rule is in force, on its ground")
  void requiredDecision() {
    Rulebook toy = new ToyRulebook();
    ProcessingOperation fingerprints = accessControl().dataCategories(DataCategory.BIOMETRIC).build();

    Decision d = toy.decide(fingerprints, DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.isRequired()).isTrue();
    assertThat(d.regime()).contains(ToyRulebook.TOY_GDPR);
    assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).containsExactly("xx.biometric");
    assertThat(d.decisiveGrounds().get(0).citations()).containsExactly(article("9"));
    assertThat(d.missingFacts()).isEmpty();
    assertThat(d.answers()).isEmpty();
    assertThat(d.rulebookId()).isEqualTo("xx");
    assertThat(d).hasToString("Fingerprint access control on 2024-06-01: REQUIRED [Biometric data [TDPA art. 9]]");
    assertThat(toy.decide(fingerprints, DAY)).as("the same input gives an equal decision").isEqualTo(d);
  }

  @Test
  @DisplayName("the day before the rule is in force no DPIA is required, and the trace says the rule was not in force")
  void beforeInForce() {
    Decision d = new ToyRulebook().decide(
        accessControl().dataCategories(DataCategory.BIOMETRIC).build(), ToyRulebook.IN_FORCE.minusDays(1));

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.decisiveGrounds()).extracting(Ground::kind).containsExactly(GroundKind.NO_DUTY);
    assertThat(d.trace().find("xx.biometric")).hasValueSatisfying(
        t -> assertThat(t.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE));
  }

  @Test
  @DisplayName("with the data categories unknown the decision is undetermined and names the missing fact")
  void undetermined() {
    Rulebook toy = new ToyRulebook();

    Decision d = toy.decide(accessControl().build(), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.unknownFacts()).containsOnlyKeys("data.biometric");
    assertThat(d.missingFacts()).singleElement().satisfies(m -> {
      assertThat(m.factId()).isEqualTo("data.biometric");
      assertThat(m.ifTrue()).isEqualTo(Outcome.REQUIRED);
      assertThat(m.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(m.settlesAlone()).isTrue();
    });
    assertThat(toy.decide(accessControl().dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION)).build(), DAY)
        .outcome()).as("other categories known, biometric still possible").isEqualTo(Outcome.UNDETERMINED);
  }

  @Test
  @DisplayName("an answer settles the missing fact without rebuilding the operation, and the decision records it")
  void answers() {
    Decision d = new ToyRulebook().decide(accessControl().build(), DAY, Map.of("data.biometric", Truth.FALSE));

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.answers()).containsExactly(Map.entry("data.biometric", Truth.FALSE));
    assertThat(d.trace().facts()).containsEntry("data.biometric", Truth.FALSE);
    assertThat(d.trace().nodes()).anySatisfy(t -> {
      assertThat(t.id()).isEqualTo("data.biometric");
      assertThat(t.kind()).isEqualTo(Trace.Kind.ASSERTED);
    });
  }

  @Test
  @DisplayName("the question for a missing fact is made from its description, with the provision that makes it matter")
  void questions() {
    Rulebook toy = new ToyRulebook();
    Decision d = toy.decide(accessControl().build(), DAY);

    List<Question> questions = toy.questions(d, Locale.ENGLISH);

    assertThat(questions).singleElement().satisfies(q -> {
      assertThat(q.factId()).isEqualTo("data.biometric");
      assertThat(q.text()).isEqualTo("Is it so that the processing concerns biometric data?");
      assertThat(q.help()).isEmpty();
      assertThat(q.references()).containsExactly(article("9"));
      assertThat(q.ifYes()).isEqualTo(Outcome.REQUIRED);
      assertThat(q.ifNo()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(q.answerType()).isEqualTo(Question.AnswerType.YES_NO);
    });
    assertThat(toy.questions(toy.decide(accessControl().dataCategories(DataCategory.BIOMETRIC).build(), DAY), Locale.ENGLISH))
        .as("a settled decision asks nothing").isEmpty();
  }

  @Test
  @DisplayName("an operation still running cannot be audited over its whole life")
  void auditWithoutEnd() {
    ProcessingOperation running = accessControl().period(ProcessingPeriod.since(DAY)).build();

    org.assertj.core.api.Assertions.assertThatExceptionOfType(org.dpia.core.model.InvalidDescriptionException.class)
        .isThrownBy(() -> new ToyRulebook().audit(running))
        .withMessageContaining("still running");
  }

  @Test
  @DisplayName("a decision on a day the processing did not run says so, in the decision and in its report, in both languages")
  void outsideThePeriod() {
    Rulebook toy = new ToyRulebook();
    ProcessingOperation ran2020 = accessControl().dataCategories(DataCategory.BIOMETRIC)
        .period(ProcessingPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).build();

    Decision after = toy.decide(ran2020, DAY);
    Decision during = toy.decide(ran2020, LocalDate.of(2020, 6, 1));

    assertThat(after.runsOnDate()).isEqualTo(Truth.FALSE);
    assertThat(during.runsOnDate()).isEqualTo(Truth.TRUE);
    assertThat(toy.decide(accessControl().build(), DAY).runsOnDate()).as("no first day given").isEqualTo(Truth.UNKNOWN);
    assertThat(toy.decide(accessControl().period(ProcessingPeriod.since(LocalDate.of(2025, 1, 1))).build(), DAY).runsOnDate())
        .isEqualTo(Truth.FALSE);

    assertThat(org.dpia.core.report.Report.of(Locale.ENGLISH, org.dpia.core.report.Report.Format.TEXT).render(after))
        .contains("The processing did not run on 2024-06-01 (its period: from 2020-01-01 to 2020-12-31): "
            + "this is what the law in force that day required of it as described, had it run then.");
    assertThat(org.dpia.core.report.Report.of(Locale.FRENCH, org.dpia.core.report.Report.Format.MARKDOWN).render(after))
        .contains("Le traitement n'était pas mis en œuvre le 2024-06-01 (sa période : du 2020-01-01 au 2020-12-31)");
    assertThat(org.dpia.core.report.Report.of(Locale.ENGLISH, org.dpia.core.report.Report.Format.TEXT).render(during))
        .doesNotContain("did not run");
  }
}
