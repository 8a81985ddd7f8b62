package org.dpia.benchmarks;

import org.dpia.core.report.Report;
import java.util.Locale;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dpia.core.audit.Audit;
import org.dpia.core.model.ProcessingHistory;
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
 * An audit over years: {@code ten-years} is a town's video protection from 2015 to 2025 with five
 * versions, every law change of the rulebook and two DPIAs ({@link Fixtures#tenYears()});
 * {@code lille-history} is the gallery's Lille history (2015–2025, three versions, one DPIA).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AuditBenchmark {

  @Param({"ten-years", "lille-history"})
  public String history;

  private FrenchRulebook france;
  private ProcessingHistory processing;
  private LocalDate asOf;

  @Setup(Level.Trial)
  public void setUp() {
    Fixtures.checkFloorAgreesWithRulebook();
    france = FrenchRulebook.create();
    if (history.equals("ten-years")) {
      processing = Fixtures.tenYears();
      asOf = Fixtures.TEN_YEARS_AS_OF;
    } else {
      Case c = Fixtures.galleryCase(history);
      processing = c.history().orElseThrow(() -> new IllegalStateException("case " + history + " has no history"));
      asOf = c.auditUntil().orElseThrow();
    }
    Audit a = france.audit(processing, asOf);
    System.out.println();
    System.out.println("# " + history + ": " + processing.versions().size() + " versions, " + processing.dpias().size()
        + " DPIAs, " + Fixtures.pieces(france, processing, asOf) + " decisions per audit, " + a.segments().size()
        + " segments: " + Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(a));
  }

  @Benchmark
  public Audit audit() {
    return france.audit(processing, asOf);
  }
}
