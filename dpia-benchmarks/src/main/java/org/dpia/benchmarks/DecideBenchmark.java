package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
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
 * One decision on a gallery case: the rulebook's full explained decision ({@code decide}, with
 * regimes, grounds, criteria findings, advice and trace) against the hand-coded floor
 * ({@link HandCodedFrance}: the outcome alone, plain if/else).
 *
 * <p>By default the two Lille cases; any gallery case with {@code -p caseId=<id>} (every case at
 * once: {@link GalleryBenchmark}). {@code @Setup} refuses to run if the floor and the rulebook
 * disagree on any gallery case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecideBenchmark {

  @Param({"lille-briefcam", "lille-history"})
  public String caseId;

  private FrenchRulebook france;
  private ProcessingOperation operation;
  private LocalDate date;

  @Setup(Level.Trial)
  public void setUp() {
    Fixtures.checkFloorAgreesWithRulebook();
    Case c = Fixtures.galleryCase(caseId);
    france = FrenchRulebook.create();
    operation = c.operation();
    date = c.date();
  }

  /**
   * A decision as users call it: the outcome and the ids of the deciding rules; the explanation is
   * built only when asked for.
   */
  @Benchmark
  public Decision explained() {
    return france.decide(operation, date);
  }

  /** A decision with its full explanation built: grounds, criteria, advice and trace. */
  @Benchmark
  public Object explainedFully() {
    return france.decide(operation, date).explanation();
  }

  /** The floor: the same outcome, hand-coded, no explanation. */
  @Benchmark
  public Outcome floor() {
    return HandCodedFrance.outcome(operation, date);
  }
}
