package org.dpia.rules.fr.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.properties.OperationsWithUnknowns.FRANCE;

import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.rules.fr.gdpr.Gdpr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;

/**
 * More risk never means less duty: adding a sensitive data category, a vulnerable category of
 * people, a large scale or an innovative technology never turns a required DPIA into one not
 * required. The converse is allowed: the CNIL exempt list's carve-outs (sensitive data,
 * biometrics, profiling) take a processing out of an exempt item, so an exempt NOT_REQUIRED may
 * become REQUIRED or undetermined.
 */
class RiskMonotonicityPropertiesTest {

  /** One more risk fact. */
  record RiskFact(String label, UnaryOperator<ProcessingOperation> add) {
    @Override
    public String toString() {
      return label;
    }
  }

  static RiskFact data(DataCategory c) {
    // a category the description excludes cannot be added: the operation stays as it is
    return new RiskFact("+data " + c, op -> op.dataCategories().excluded().contains(c) ? op : ProcessingOperation.builder().from(op)
        .dataCategories(op.dataCategories().plus(c)).build());
  }

  static RiskFact subjects(DataSubjectCategory c) {
    return new RiskFact("+subjects " + c, op -> op.dataSubjects().excluded().contains(c) ? op : ProcessingOperation.builder().from(op)
        .dataSubjects(op.dataSubjects().plus(c)).build());
  }

  static RiskFact technology(Technology t) {
    return new RiskFact("+technology " + t, op -> op.technologies().excluded().contains(t) ? op : ProcessingOperation.builder().from(op)
        .technologies(op.technologies().plus(t)).build());
  }

  static RiskFact largeScale() {
    return new RiskFact("+large scale asserted", op -> ProcessingOperation.builder().from(op)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true).build());
  }

  @Provide
  Arbitrary<RiskFact> riskFacts() {
    List<RiskFact> all = new ArrayList<>();
    for (DataCategory c : DataCategory.values()) {
      if (c.isSensitiveOrHighlyPersonal()) {
        all.add(data(c));
      }
    }
    for (DataSubjectCategory c : DataSubjectCategory.values()) {
      if (c.isVulnerable()) {
        all.add(subjects(c));
      }
    }
    all.add(technology(StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS));
    all.add(technology(StandardTechnology.FACIAL_RECOGNITION));
    all.add(largeScale());
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<ProcessingOperation> gdprOperations() {
    return OperationsWithUnknowns.gdprOperations();
  }

  @Provide
  Arbitrary<ProcessingOperation> operations() {
    return OperationsWithUnknowns.operations();
  }

  @Provide
  Arbitrary<LocalDate> datesUnderGdpr() {
    return OperationsWithUnknowns.datesUnderGdpr();
  }

  @Provide
  Arbitrary<ProcessingOperation> exemptCandidates() {
    return OperationsWithUnknowns.exemptCandidates();
  }

  @Provide
  Arbitrary<LocalDate> datesUnderExemptList() {
    return OperationsWithUnknowns.dates(ExemptList.PUBLISHED, LocalDate.of(2026, 12, 31)).withoutEdgeCases();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return OperationsWithUnknowns.decisionDates();
  }

  @Property(tries = 200)
  @Label("under the GDPR, adding risk facts never turns REQUIRED into NOT_REQUIRED")
  void adding_risk_under_the_gdpr_never_removes_the_duty(
      @ForAll("gdprOperations") ProcessingOperation op,
      @ForAll("datesUnderGdpr") LocalDate date,
      @ForAll @Size(min = 1, max = 3) List<@From("riskFacts") RiskFact> risks) {
    Decision base = FRANCE.decide(op, date);
    assertThat(base.regimes()).as("regimes of %s", op).containsEntry(Gdpr.REGIME, Truth.TRUE);
    assertNoDutyLost(op, date, risks);
  }

  @Property(tries = 150)
  @Label("for processing the CNIL exempt list covers, adding risk facts never turns REQUIRED into NOT_REQUIRED")
  void adding_risk_to_exempt_processing_never_removes_the_duty(
      @ForAll("exemptCandidates") ProcessingOperation op,
      @ForAll("datesUnderExemptList") LocalDate date,
      @ForAll @Size(min = 1, max = 3) List<@From("riskFacts") RiskFact> risks) {
    // NOT_REQUIRED -> REQUIRED is expected here: a carve-out takes the processing out of its item
    assertNoDutyLost(op, date, risks);
  }

  @Property(tries = 150)
  @Label("in any regime, adding risk facts never turns REQUIRED into NOT_REQUIRED")
  void adding_risk_in_any_regime_never_removes_the_duty(
      @ForAll("operations") ProcessingOperation op,
      @ForAll("dates") LocalDate date,
      @ForAll @Size(min = 1, max = 3) List<@From("riskFacts") RiskFact> risks) {
    // a data category contradicts "no personal data": that is not more risk, it is another description
    Assume.that(op.personalData() != Truth.FALSE);
    assertNoDutyLost(op, date, risks);
  }

  private static void assertNoDutyLost(ProcessingOperation op, LocalDate date, List<RiskFact> risks) {
    ProcessingOperation current = op;
    Outcome before = FRANCE.decide(current, date).outcome();
    Statistics.label("before").collect(before);
    List<RiskFact> added = new ArrayList<>();
    for (RiskFact risk : risks) {
      ProcessingOperation riskier = risk.add().apply(current);
      added.add(risk);
      Outcome after = FRANCE.decide(riskier, date).outcome();
      if (before == Outcome.REQUIRED) {
        assertThat(after)
            .as("%s on %s was REQUIRED; after adding %s it is %s", op, date, added, after)
            .isNotEqualTo(Outcome.NOT_REQUIRED);
      }
      Statistics.label("transition").collect(before + " -> " + after);
      current = riskier;
      before = after;
    }
  }
}
