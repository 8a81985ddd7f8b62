package org.dpia.benchmarks;

import java.lang.management.ManagementFactory;
import org.dpia.core.decision.Decision;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.LilleBriefCam;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * The first decision in a fresh JVM: prints the milliseconds from the JVM's start to the end of
 * the first {@code FrenchRulebook.create().decide(...)} on the Lille case, class loading and the
 * rulebook's construction included. Not a JMH benchmark: run it in several fresh JVMs
 * ({@code first-decision.sh}).
 *
 * <p>The JVM's start time is read after the decision, so that loading the management classes is
 * not counted.
 */
public final class FirstDecision {
  private FirstDecision() {}

  public static void main(String[] args) {
    long main = System.currentTimeMillis();
    Case lille = LilleBriefCam.briefcamCase();
    long built = System.currentTimeMillis();
    FrenchRulebook france = FrenchRulebook.create();
    long created = System.currentTimeMillis();
    Decision d = france.decide(lille.operation(), lille.date());
    long decided = System.currentTimeMillis();

    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf("first decision: %d ms from JVM start (JVM start to main %d ms, case built %d ms, rulebook created %d ms,"
            + " decide %d ms) -> %s%n",
        decided - start, main - start, built - main, created - built, decided - created, d.outcome());
  }
}
