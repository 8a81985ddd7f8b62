package org.dpia.rules.fr.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.properties.OperationsWithUnknowns.FRANCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dpia.core.decision.Decision;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * A decision is a value: the same operation on the same date gives an equal decision, whether it
 * is decided again, from an equal copy, or by many threads at once with the shared rulebook
 * ({@link FrenchRulebook#create()} is documented as immutable and thread-safe).
 */
class ConcurrentDecisionPropertiesTest {

  record Case(ProcessingOperation operation, LocalDate date) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(OperationsWithUnknowns.operations(), OperationsWithUnknowns.decisionDates()).as(Case::new);
  }

  @Property(tries = 100)
  @Label("the same operation on the same date, decided again or from an equal copy, gives an equal decision")
  void deciding_again_gives_an_equal_decision(@ForAll("cases") Case c) {
    Decision first = FRANCE.decide(c.operation(), c.date());
    Decision again = FRANCE.decide(c.operation(), c.date());
    Decision fromCopy = FRANCE.decide(OperationsWithUnknowns.copyOf(c.operation()), c.date());
    Decision fromNewInstance = new FrenchRulebook().decide(c.operation(), c.date());
    assertThat(again).as("decided again: %s on %s", c.operation(), c.date()).isEqualTo(first);
    assertThat(fromCopy).as("decided from a copy: %s on %s", c.operation(), c.date()).isEqualTo(first);
    assertThat(fromNewInstance).as("decided by another instance: %s on %s", c.operation(), c.date()).isEqualTo(first);
    assertThat(again.hashCode()).isEqualTo(first.hashCode());
  }

  private static final int THREADS = 8;
  private static final int DECISIONS = 2000;

  @Property(tries = 2)
  @Label("8 threads making 2000 decisions at once with the shared rulebook get the decisions of a single thread")
  void concurrent_decisions_equal_sequential_ones(@ForAll @Size(30) List<@From("cases") Case> cases) throws Exception {
    List<Decision> expected = new ArrayList<>();
    for (Case c : cases) {
      expected.add(FRANCE.decide(c.operation(), c.date()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Decision>> futures = new ArrayList<>();
      for (int i = 0; i < DECISIONS; i++) {
        Case c = cases.get(i % cases.size());
        futures.add(pool.submit(() -> {
          start.await();
          return FrenchRulebook.create().decide(c.operation(), c.date());
        }));
      }
      start.countDown();
      for (int i = 0; i < DECISIONS; i++) {
        Case c = cases.get(i % cases.size());
        assertThat(futures.get(i).get(60, TimeUnit.SECONDS))
            .as("decision %d, of %s on %s, made concurrently", i, c.operation(), c.date())
            .isEqualTo(expected.get(i % cases.size()));
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
