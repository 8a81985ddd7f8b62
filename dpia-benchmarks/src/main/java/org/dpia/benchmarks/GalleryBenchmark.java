package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpia.core.decision.Outcome;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.core.model.ProcessingOperation;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every gallery case in one operation: {@code outcomeAll} decides each case's operation on its
 * date with {@code FrenchRulebook.decide} (the outcome and deciding rules, the explanation left
 * unbuilt), {@code outcomeAndExplanationReadAll} also reads every part of each explanation, and
 * {@code floorAll} uses the hand-coded floor. {@code subset=settled} takes the cases whose decision is REQUIRED or
 * NOT_REQUIRED, {@code subset=undetermined} those whose decision is UNDETERMINED (reading their
 * explanation ranks the missing facts). The time and allocation per decision are the score divided by the number of
 * cases, which {@code @Setup} prints ("# gallery settled: N cases").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GalleryBenchmark {

  @Param({"settled", "undetermined"})
  public String subset;

  private FrenchRulebook france;
  private ProcessingOperation[] operations;
  private LocalDate[] dates;

  @Setup(Level.Trial)
  public void setUp() {
    Fixtures.checkFloorAgreesWithRulebook();
    france = FrenchRulebook.create();
    List<Case> chosen = new ArrayList<>();
    for (Case c : Gallery.all()) {
      boolean undetermined = france.decide(c.operation(), c.date()).outcome() == Outcome.UNDETERMINED;
      if (undetermined == subset.equals("undetermined")) {
        chosen.add(c);
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalStateException("no gallery case is " + subset);
    }
    operations = chosen.stream().map(Case::operation).toArray(ProcessingOperation[]::new);
    dates = chosen.stream().map(Case::date).toArray(LocalDate[]::new);
    System.out.println();
    System.out.println("# gallery " + subset + ": " + chosen.size() + " cases (of " + Gallery.all().size()
        + "); divide the score and gc.alloc.rate.norm by " + chosen.size() + " for one decision");
  }

  /** Every case's outcome and deciding rules. */
  @Benchmark
  public void outcomeAll(Blackhole bh) {
    for (int i = 0; i < operations.length; i++) {
      bh.consume(france.decide(operations[i], dates[i]));
    }
  }

  /** Every case's outcome, then every part of its explanation read. */
  @Benchmark
  public void outcomeAndExplanationReadAll(Blackhole bh) {
    for (int i = 0; i < operations.length; i++) {
      Fixtures.readExplanation(france.decide(operations[i], dates[i]), bh);
    }
  }

  /** Every case's outcome and deciding rules' ids, hand-coded. */
  @Benchmark
  public void floorAll(Blackhole bh) {
    for (int i = 0; i < operations.length; i++) {
      List<String> decisive = new ArrayList<>(4);
      bh.consume(HandCodedFrance.decide(operations[i], dates[i], decisive));
      bh.consume(decisive);
    }
  }
}
