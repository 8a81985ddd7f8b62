package org.dpia.benchmarks;

import org.dpia.rules.fr.lil.TitleIV;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.wp248.Wp248;
import org.dpia.rules.fr.gdpr.Gdpr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.spi.Resolution;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Case;
import org.dpia.rules.fr.FrenchRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnosis, not a target: the phases of {@code FrenchRulebook.decide}, rebuilt from the public
 * API, to attribute an explained decision's time and allocation. {@code decide} is, in order:
 * closing the answers under implications; the regime rules, traced; each applicable regime's
 * {@code Precedence.resolve} (traced ranks and grounds); the nine criteria findings, traced; the
 * advice; the {@code Decision} built. {@code engineTruthOnly} is the engine's own untraced path
 * ({@code Rule.truth}, {@code Precedence.outcome}), the one used to rank missing facts: the engine
 * without explanations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PhasesBenchmark {

  @Param({"lille-briefcam", "lille-history"})
  public String caseId;

  private Context<ProcessingOperation> context;
  private List<Rule<ProcessingOperation>> regimeRules;
  private List<Regime> regimes;
  private List<Precedence<ProcessingOperation>> precedences;

  @Setup(Level.Trial)
  public void setUp() {
    Case c = Fixtures.galleryCase(caseId);
    FrenchRulebook france = FrenchRulebook.create();
    context = Context.of(c.operation(), c.date());
    if (TitleIV.APPLIES.truth(context) != Truth.FALSE) {
      throw new IllegalStateException(caseId + ": the State security precedence is not public; this diagnosis cannot rebuild it");
    }
    regimeRules = List.of(TitleIII.APPLIES, Gdpr.APPLIES, TitleIV.APPLIES);
    regimes = List.of(TitleIII.REGIME, Gdpr.REGIME, TitleIV.REGIME);
    precedences = new ArrayList<>();
    precedences.add(france.jurisdiction().precedence(TitleIII.REGIME));
    precedences.add(france.jurisdiction().precedence(Gdpr.REGIME));
    precedences.add(null);
    Outcome full = france.decide(c.operation(), c.date()).outcome();
    if (engineTruthOnly() != full) {
      throw new IllegalStateException(caseId + ": the untraced engine path gives " + engineTruthOnly() + ", decide gives " + full);
    }
  }

  /** The engine without explanations: regime rules' truth and each precedence's outcome. */
  @Benchmark
  public Outcome engineTruthOnly() {
    Truth required = Truth.FALSE;
    for (int i = 0; i < 2; i++) {
      Truth applies = regimeRules.get(i).truth(context);
      if (applies != Truth.FALSE) {
        required = required.or(applies.and(precedences.get(i).outcome(context).asTruth()));
      }
    }
    return Outcome.of(required);
  }

  /** Phase: the three regime rules, traced. */
  @Benchmark
  public Object regimeRulesTraced() {
    Trace[] traces = new Trace[3];
    for (int i = 0; i < 3; i++) {
      traces[i] = regimeRules.get(i).evaluate(context);
    }
    return traces;
  }

  /** Phase: Precedence.resolve of every applicable regime (traced ranks, grounds). */
  @Benchmark
  public Object resolveApplicableRegimes() {
    Resolution[] resolutions = new Resolution[2];
    for (int i = 0; i < 2; i++) {
      if (regimeRules.get(i).truth(context) != Truth.FALSE) {
        resolutions[i] = precedences.get(i).resolve(context, regimes.get(i));
      }
    }
    return resolutions;
  }

  /** Phase: the nine criteria findings, traced (as Wp248.findings). */
  @Benchmark
  public Object criteriaFindings() {
    List<CriterionFinding> findings = new ArrayList<>(9);
    for (RiskCriterion c : RiskCriterion.values()) {
      findings.add(CriterionFinding.derived(c, Wp248.rule(c).evaluate(context)));
    }
    return findings;
  }

  /** One criterion (5, large scale), traced, for scale: the unit the phases above repeat. */
  @Benchmark
  public Trace oneCriterionTraced() {
    return Wp248.LARGE_SCALE.evaluate(context);
  }

  /** The same criterion, untraced. */
  @Benchmark
  public Truth oneCriterionTruth() {
    return Wp248.LARGE_SCALE.truth(context);
  }
}
