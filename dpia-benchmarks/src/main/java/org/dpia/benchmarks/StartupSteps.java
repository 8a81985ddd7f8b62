package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.LilleBriefCam;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * Diagnosis of {@link FirstDecision}: the cold cost of each step of a first decision, in a fresh
 * JVM, in order — the JDK's lambda and string-concatenation bootstraps, building the Lille operation, creating the rulebook, the first
 * and the second decision. Each step is timed from the end of the previous one, so a step's figure
 * excludes what earlier steps already loaded. Run:
 * {@code java -cp dpia-benchmarks/target/benchmarks.jar org.dpia.benchmarks.StartupSteps}.
 */
public final class StartupSteps {
  private StartupSteps() {}

  private static long last = System.nanoTime();

  private static void step(String what) {
    long now = System.nanoTime();
    System.out.printf("%-50s %6.1f ms%n", what, (now - last) / 1e6);
    last = System.nanoTime();
  }

  public static void main(String[] args) {
    last = System.nanoTime();
    Supplier<String> lambda = () -> "x";
    lambda.get();
    step("first lambda (LambdaMetafactory)");
    String concat = "a" + args.length + lambda.get();
    if (concat.isEmpty()) {
      throw new AssertionError();
    }
    step("first string concatenation (StringConcatFactory)");
    LocalDate date = LocalDate.of(2023, 6, 1);
    step("java.time");
    ProcessingOperation lille = LilleBriefCam.briefcam();
    step("the Lille operation built");
    FrenchRulebook france = FrenchRulebook.create();
    step("FrenchRulebook.create()");
    france.decide(lille, date);
    step("first decide");
    france.decide(lille, date);
    step("second decide");
  }
}
