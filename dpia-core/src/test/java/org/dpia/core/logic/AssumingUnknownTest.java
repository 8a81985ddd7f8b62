package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssumingUnknownTest {
  static final Fact<String> OPEN = Fact.of("open", "the fact is open", s -> Truth.UNKNOWN);

  @Test
  @DisplayName("assuming 'unknown' is no assumption: the fact stays open and is listed as unknown")
  void assumingUnknownKeepsTheFactOpen() {
    Context<String> c = Context.of("x", LocalDate.of(2024, 1, 1)).assuming("open", Truth.TRUE).assuming("open", Truth.UNKNOWN);
    Trace t = Conditions.fact(OPEN).evaluate(c);
    assertThat(t.kind()).isEqualTo(Trace.Kind.FACT);
    assertThat(t.unknownFacts()).containsExactly("open");
    assertThat(c.assumptions()).isEmpty();
    assertThat(Context.of("x", LocalDate.of(2024, 1, 1)).assumingAll(Map.of("open", Truth.UNKNOWN)).assumptions()).isEmpty();
  }
}
