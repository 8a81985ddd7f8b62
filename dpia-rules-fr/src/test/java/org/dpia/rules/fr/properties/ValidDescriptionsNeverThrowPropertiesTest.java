package org.dpia.rules.fr.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.properties.OperationsWithUnknowns.FRANCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.report.Report;

/**
 * A valid description is always answered: deciding, asking the questions, rendering the report and
 * auditing never throw; what the facts do not settle comes out undetermined (Rulebook#decide).
 */
class ValidDescriptionsNeverThrowPropertiesTest {

  @Provide
  Arbitrary<ProcessingOperation> operations() {
    return OperationsWithUnknowns.operations();
  }

  /** Days the law is decided on, and now and then the first and last days a date can hold. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, OperationsWithUnknowns.decisionDates()),
        Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))));
  }

  @Property(tries = 200)
  @Label("deciding a valid description, asking its questions and rendering its report never throw")
  void deciding_never_throws(@ForAll("operations") ProcessingOperation op, @ForAll("dates") LocalDate date) {
    Decision d = FRANCE.decide(op, date);
    Statistics.label("outcome").collect(d.outcome());
    assertThat(d.missingFacts().isEmpty()).as("missing facts of %s", d).isEqualTo(d.outcome() != Outcome.UNDETERMINED);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(FRANCE.questions(d, locale)).hasSameSizeAs(d.missingFacts());
      for (Report.Format format : Report.Format.values()) {
        assertThat(Report.of(FRANCE, locale, format).render(d)).isNotBlank();
      }
    }
  }

  /** An operation that started on a known day, DPIAs carried out for it, and a day to audit it up to. */
  record AuditCase(ProcessingOperation operation, LocalDate asOf) {}

  @Provide
  Arbitrary<AuditCase> auditCases() {
    Arbitrary<ProcessingOperation> started = operations().filter(op -> op.period().start().isPresent());
    return started.flatMap(op -> {
      LocalDate start = op.period().start().get();
      return Arbitraries.integers().between(0, 4000).withDistribution(RandomDistribution.uniform()).map(start::plusDays).flatMap(asOf ->
          dpias(op.name(), start, asOf).list().ofMaxSize(2).map(records ->
              new AuditCase(ProcessingOperation.builder().from(op).dpias(records).build(), asOf)));
    });
  }

  /** A DPIA completed on or before the audit day, naming the version or assessing some purposes, technologies, data. */
  private static Arbitrary<DpiaRecord> dpias(String version, LocalDate start, LocalDate asOf) {
    Arbitrary<LocalDate> completed = Arbitraries.longs()
        .between(start.minusDays(400).toEpochDay(), asOf.toEpochDay())
        .withDistribution(RandomDistribution.uniform())
        .map(LocalDate::ofEpochDay);
    return completed.flatMap(on -> Builders.withBuilder(() -> DpiaRecord.builder().title("generated DPIA").completedOn(on))
        .use(Arbitraries.integers().between(0, 1500)).withProbability(0.5).in((b, days) -> b.reviewDueOn(on.plusDays(days)))
        .use(Arbitraries.just(version)).withProbability(0.3).in((b, v) -> b.addVersions(v))
        .use(Arbitraries.subsetOf(OperationsWithUnknowns.PURPOSES).ofMaxSize(2)).in((b, p) -> b.addAllPurposes(p))
        .use(Arbitraries.subsetOf(OperationsWithUnknowns.TECHNOLOGIES).ofMaxSize(2)).in((b, t) -> b.addAllTechnologies(t))
        .use(Arbitraries.subsetOf(OperationsWithUnknowns.DATA).ofMaxSize(2)).in((b, d) -> b.addAllDataCategories(d))
        .build(DpiaRecord.Builder::build));
  }

  @Property(tries = 60)
  @Label("auditing a valid description that started on a known day, up to a later day, never throws")
  void auditing_never_throws(@ForAll("auditCases") AuditCase c) {
    Audit a = FRANCE.audit(c.operation(), c.asOf());
    LocalDate start = c.operation().period().start().get();
    LocalDate end = c.operation().period().end().filter(e -> e.isBefore(c.asOf())).orElse(c.asOf());
    assertThat(a.segments()).as("audit of %s up to %s", c.operation(), c.asOf()).isNotEmpty();
    assertThat(a.segments().get(0).days().from()).isEqualTo(start);
    assertThat(a.segments().get(a.segments().size() - 1).days().to()).isEqualTo(end);
    for (int i = 1; i < a.segments().size(); i++) {
      assertThat(a.segments().get(i).days().from())
          .as("segments of the audit of %s are contiguous: %s", c.operation(), a.segments())
          .isEqualTo(a.segments().get(i - 1).days().to().plusDays(1));
    }
    Statistics.label("segments").collect(Math.min(a.segments().size(), 6));
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(a)).isNotBlank();
    assertThat(Report.of(FRANCE, Locale.FRENCH, Report.Format.MARKDOWN).render(a)).isNotBlank();
  }
}
