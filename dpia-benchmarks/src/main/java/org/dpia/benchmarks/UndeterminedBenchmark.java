package org.dpia.benchmarks;

import java.util.ArrayList;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Locale;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.rules.fr.FrenchRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An undetermined decision (an operation with few facts, or with none): its outcome alone; its
 * missing facts, found exactly and ranked, as {@code missingFacts()} gives them; the questions a
 * questionnaire asks for it, in French; and the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UndeterminedBenchmark {

  /** {@code few-facts}: a company's employee monitoring tool, little else known; {@code all-unknown}: nothing known. */
  @Param({"few-facts", "all-unknown"})
  public String operationId;

  private FrenchRulebook france;
  private ProcessingOperation operation;
  private final LocalDate date = LocalDate.of(2024, 6, 1);

  @Setup(Level.Trial)
  public void setUp() {
    Fixtures.checkFloorAgreesWithRulebook();
    france = FrenchRulebook.create();
    operation = "all-unknown".equals(operationId) ? Fixtures.allUnknown() : Fixtures.undetermined();
    Decision d = france.decide(operation, date);
    if (d.outcome() != Outcome.UNDETERMINED) {
      throw new IllegalStateException("expected an undetermined decision, got " + d);
    }
    System.out.println();
    System.out.println("# undetermined: " + d.unknownFacts().size() + " unknown facts, " + d.missingFacts().size() + " missing facts ranked");
  }

  /** The outcome (UNDETERMINED) and nothing else. */
  @Benchmark
  public Decision outcome() {
    return france.decide(operation, date);
  }

  /** {@code decide}, then its missing facts ranked, most decisive first. */
  @Benchmark
  public List<MissingFact> missingFactsRanked() {
    return france.decide(operation, date).missingFacts();
  }

  /** {@code decide}, then the questions for it, with their texts and help in French. */
  @Benchmark
  public List<Question> questions() {
    return france.questions(france.decide(operation, date), Locale.FRENCH);
  }

  /** The floor: the same outcome and deciding rules' ids, hand-coded. */
  @Benchmark
  public List<String> floor() {
    List<String> decisive = new ArrayList<>(4);
    decisive.add(HandCodedFrance.decide(operation, date, decisive).name());
    return decisive;
  }
}
