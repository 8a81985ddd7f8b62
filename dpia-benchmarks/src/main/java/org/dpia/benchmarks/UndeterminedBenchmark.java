package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.rules.fr.FrenchRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not a gallery case and not a target: an operation with few facts, whose decision is
 * undetermined, so the rulebook also ranks the missing facts (two decisions per unknown fact, and
 * a witness search). It shows the cost of that path beside the settled ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UndeterminedBenchmark {

  private FrenchRulebook france;
  private ProcessingOperation operation;
  private final LocalDate date = LocalDate.of(2024, 6, 1);

  @Setup(Level.Trial)
  public void setUp() {
    Fixtures.checkFloorAgreesWithRulebook();
    france = FrenchRulebook.create();
    operation = Fixtures.undetermined();
    Decision d = france.decide(operation, date);
    if (d.outcome() != Outcome.UNDETERMINED) {
      throw new IllegalStateException("expected an undetermined decision, got " + d);
    }
    System.out.println();
    System.out.println("# undetermined: " + d.unknownFacts().size() + " unknown facts, " + d.missingFacts().size() + " missing facts ranked");
  }

  @Benchmark
  public Decision explained() {
    return france.decide(operation, date);
  }

  @Benchmark
  public Outcome floor() {
    return HandCodedFrance.outcome(operation, date);
  }
}
