package org.dpia.benchmarks;

import java.util.List;

import java.util.ArrayList;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One decision on a gallery case, as users pay for it: the outcome alone ({@code decide}: the
 * outcome and the ids of the deciding rules, the explanation left unbuilt); the outcome with the
 * whole explanation read (regimes, grounds, criteria findings, presumptions, advice, conflicts,
 * trace); and the hand-coded floor ({@link HandCodedFrance}: the outcome alone, plain if/else).
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

  /** The outcome and the ids of the deciding rules: {@code decide}, nothing of the explanation read. */
  @Benchmark
  public Decision outcome() {
    return france.decide(operation, date);
  }

  /** {@code decide}, then every part of the explanation read, as a report reads them. */
  @Benchmark
  public void outcomeAndExplanationRead(Blackhole bh) {
    Fixtures.readExplanation(france.decide(operation, date), bh);
  }

  /** The floor: the same outcome and deciding rules' ids, hand-coded, no explanation. */
  @Benchmark
  public List<String> floor() {
    List<String> decisive = new ArrayList<>(4);
    decisive.add(HandCodedFrance.decide(operation, date, decisive).name());
    return decisive;
  }
}
