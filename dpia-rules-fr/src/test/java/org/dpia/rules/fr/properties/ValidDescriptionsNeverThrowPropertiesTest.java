package org.dpia.rules.fr.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.properties.OperationsWithUnknowns.FRANCE;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Segment;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DatePrecision;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ResidualRisk;
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
    assertThat(d.regimes()).as("the regimes read without the explanation are the explanation's").isEqualTo(d.explanation().regimes());
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
          dpias(op.name(), start, asOf, 0.3).list().ofMaxSize(2).map(records ->
              new AuditCase(ProcessingOperation.builder().from(op).dpias(records).build(), asOf)));
    });
  }

  /** A DPIA completed on or before the audit day, naming the version or assessing some purposes, technologies, data. */
  private static Arbitrary<DpiaRecord> dpias(String version, LocalDate start, LocalDate asOf, double naming) {
    Arbitrary<LocalDate> completed = Arbitraries.longs()
        .between(start.minusDays(400).toEpochDay(), asOf.toEpochDay())
        .withDistribution(RandomDistribution.uniform())
        .map(LocalDate::ofEpochDay);
    return completed.flatMap(on -> Builders.withBuilder(() -> DpiaRecord.builder().title("generated DPIA").completedOn(on))
        .use(Arbitraries.of(DatePrecision.values())).in((b, p) -> p == DatePrecision.MONTH ? b.completedIn(YearMonth.from(on))
            : p == DatePrecision.YEAR ? b.completedIn(Year.from(on)) : b)
        .use(Arbitraries.integers().between(0, 1500)).withProbability(0.5).in((b, days) -> b.reviewDueOn(on.plusDays(days)))
        .use(Arbitraries.integers().between(0, 1500)).withProbability(0.3).in((b, days) -> b.addReviewedOn(on.plusDays(days)))
        .use(Arbitraries.of(Truth.class).list().ofSize(DpiaElement.values().length)).in((b, stated) -> {
          // each part stated present, stated absent, or not stated
          for (DpiaElement e : DpiaElement.values()) {
            switch (stated.get(e.ordinal())) {
              case TRUE -> b.contains(e);
              case FALSE -> b.lacks(e);
              case UNKNOWN -> { }
            }
          }
          return b;
        })
        .use(Arbitraries.frequency(Tuple.of(3, DpoAdvice.SOUGHT), Tuple.of(1, DpoAdvice.NOT_SOUGHT), Tuple.of(1, DpoAdvice.NO_DPO_DESIGNATED),
            Tuple.of(2, DpoAdvice.UNKNOWN))).in((b, a) -> b.dpoAdvice(a))
        .use(Arbitraries.frequency(Tuple.of(3, ResidualRisk.NOT_HIGH), Tuple.of(1, ResidualRisk.HIGH), Tuple.of(2, ResidualRisk.UNKNOWN)))
            .in((b, r) -> b.residualRisk(r))
        .use(Arbitraries.of(Truth.class)).in((b, t) -> b.authorityConsulted(t))
        .use(Arbitraries.just(version)).withProbability(naming).in((b, v) -> b.addVersions(v))
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

  /** The DPIA with every point it leaves unknown settled by the choices, one per point, the same for every DPIA. */
  static DpiaRecord completed(DpiaRecord d, List<Boolean> choices) {
    DpiaRecord.Builder b = DpiaRecord.builder().from(d);
    for (DpiaElement e : DpiaElement.values()) {
      if (d.contains(e) == Truth.UNKNOWN) {
        if (choices.get(e.ordinal())) {
          b.contains(e);
        } else {
          b.lacks(e);
        }
      }
    }
    if (d.dpoAdvice() == DpoAdvice.UNKNOWN) {
      b.dpoAdvice(choices.get(4) ? DpoAdvice.SOUGHT : DpoAdvice.NOT_SOUGHT);
    }
    if (d.residualRisk() == ResidualRisk.UNKNOWN) {
      b.residualRisk(choices.get(5) ? ResidualRisk.HIGH : ResidualRisk.NOT_HIGH);
    }
    if (d.authorityConsulted() == Truth.UNKNOWN) {
      b.authorityConsulted(choices.get(6));
    }
    return b.build();
  }

  /** Operations a DPIA is required for from their start, each with a DPIA that names it, done before or after the start. */
  @Provide
  Arbitrary<AuditCase> requiredWithNamedDpias() {
    Arbitrary<ProcessingOperation> required = operations()
        .filter(op -> op.period().start().isPresent() && FRANCE.decide(op, op.period().start().get()).outcome() == Outcome.REQUIRED);
    return required.flatMap(op -> {
      LocalDate start = op.period().start().get();
      LocalDate asOf = start.plusDays(400);
      return dpias(op.name(), start, asOf, 1.0).list().ofMinSize(1).ofMaxSize(2).map(records ->
          new AuditCase(ProcessingOperation.builder().from(op).dpias(records).build(), asOf));
    });
  }

  @Property(tries = 100)
  @Label("an audit's definite compliance holds for every way of settling what its DPIAs leave unknown")
  void auditing_is_sound_on_unknown_dpia_points(@ForAll("requiredWithNamedDpias") AuditCase c,
      @ForAll @net.jqwik.api.constraints.Size(7) List<Boolean> choices) {
    Audit a = FRANCE.audit(c.operation(), c.asOf());
    ProcessingOperation settled = ProcessingOperation.builder().from(c.operation())
        .dpias(c.operation().dpias().stream().map(d -> completed(d, choices)).toList()).build();
    Audit b = FRANCE.audit(settled, c.asOf());

    for (Segment s : a.segments()) {
      if (s.compliance() == Compliance.MET || s.compliance() == Compliance.BREACHED) {
        Segment t = b.on(s.days().from()).orElseThrow();
        assertThat(t.compliance()).as("%s on %s, settled as %s: %s", s, s.days().from(), choices, b.segments()).isEqualTo(s.compliance());
        assertThat(t.breachReasons()).containsAll(s.breachReasons());
      }
    }
    Statistics.label("compliance").collect(a.segments().get(a.segments().size() - 1).compliance());
  }
}
