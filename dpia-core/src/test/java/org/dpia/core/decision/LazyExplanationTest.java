package org.dpia.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LazyExplanationTest {
  static final ProcessingOperation OP = ProcessingOperation.builder().name("op").controller(Controller.builder().name("c").build()).build();

  static Decision decision(AtomicInteger calls) {
    return Decision.builder()
        .operation(OP)
        .date(LocalDate.of(2024, 1, 1))
        .outcome(Outcome.REQUIRED)
        .decisiveRuleIds(List.of("r"))
        .rulebookId("toy")
        .rulebookVersion("1")
        .explainer(() -> {
          calls.incrementAndGet();
          return Explanation.builder().trace(Trace.constant("because", Truth.TRUE)).build();
        })
        .regimeReader(() -> java.util.Map.of(org.dpia.core.decision.Regime.of("r", "a regime"), Truth.TRUE))
        .build();
  }

  @Test
  @DisplayName("the regimes are read without building the explanation")
  void regimesWithoutTheExplanation() {
    AtomicInteger calls = new AtomicInteger();
    Decision d = decision(calls);

    assertThat(d.regimes()).containsOnlyKeys(org.dpia.core.decision.Regime.of("r", "a regime"));
    assertThat(d.regime()).map(org.dpia.core.decision.Regime::id).contains("r");
    assertThat(calls).hasValue(0);
  }

  @Test
  @DisplayName("the outcome and the deciding rules need no explanation; the explanation is built once, on first access")
  void explanationIsBuiltOnceOnDemand() {
    AtomicInteger calls = new AtomicInteger();
    Decision d = decision(calls);
    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.decisiveRuleIds()).containsExactly("r");
    assertThat(calls).hasValue(0);
    d.grounds();
    d.trace();
    d.criteria();
    assertThat(calls).hasValue(1);
  }

  @Test
  @DisplayName("two decisions on the same inputs are equal whatever their explainers")
  void equalityIgnoresTheExplainer() {
    AtomicInteger calls = new AtomicInteger();
    assertThat(decision(calls)).isEqualTo(decision(new AtomicInteger())).hasSameHashCodeAs(decision(calls));
    assertThat(calls).hasValue(0);
  }
}
