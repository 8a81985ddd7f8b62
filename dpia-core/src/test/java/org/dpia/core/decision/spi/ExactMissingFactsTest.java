package org.dpia.core.decision.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.dpia.core.properties.ExactMissingFactsPropertiesTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact missing facts on fixed laws: the random laws of {@link ExactMissingFactsPropertiesTest}
 * drawn from fixed seeds, each checked against brute force over every world. Being repeatable, it
 * also serves mutation testing, which leaves the property tests out.
 */
@DisplayName("Exact missing facts on fixed small laws, against brute force")
class ExactMissingFactsTest {

  static LongStream seeds() {
    return LongStream.range(0, 120);
  }

  @ParameterizedTest(name = "the law drawn from seed {0}")
  @MethodSource("seeds")
  @DisplayName("the missing facts are exactly those on which the outcome depends")
  void exact(long seed) {
    ExactMissingFactsPropertiesTest.check(seed);
  }

  @Test
  @DisplayName("the fixed seeds include undetermined decisions with facts missing, so the check has something to check")
  void someAreUndetermined() {
    assertThat(seeds().filter(ExactMissingFactsPropertiesTest::check).count()).isGreaterThan(20);
  }
}
