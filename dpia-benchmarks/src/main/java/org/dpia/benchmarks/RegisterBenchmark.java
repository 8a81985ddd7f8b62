package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.examples.rulings.Ruling;
import org.dpia.examples.rulings.Rulings;
import org.dpia.rules.fr.FrenchRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening a register: every processing of the public galleries (the gallery's cases and the real
 * rulings' processings, {@value #OPERATIONS} in all), decided on one date, as a DPO screens a
 * register of processing activities. The score is per operation ({@link OperationsPerInvocation}):
 * the outcome and deciding rules of each, nothing of the explanation read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RegisterBenchmark {

  /** The number of operations in the register: the gallery's 52 cases and the 44 real rulings. */
  static final int OPERATIONS = 96;

  private final LocalDate date = LocalDate.of(2024, 6, 1);
  private FrenchRulebook france;
  private ProcessingOperation[] register;

  @Setup(Level.Trial)
  public void setUp() {
    france = FrenchRulebook.create();
    List<ProcessingOperation> all = new ArrayList<>();
    Gallery.all().stream().map(Case::operation).forEach(all::add);
    Rulings.all().stream().map(Ruling::operation).forEach(all::add);
    if (all.size() != OPERATIONS) {
      throw new IllegalStateException("the register holds " + all.size() + " operations, not " + OPERATIONS + ": update OPERATIONS");
    }
    register = all.toArray(ProcessingOperation[]::new);
  }

  /** Every operation of the register decided on the date; the score is per operation. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void screenPerOperation(Blackhole bh) {
    for (ProcessingOperation op : register) {
      bh.consume(france.decide(op, date));
    }
  }
}
