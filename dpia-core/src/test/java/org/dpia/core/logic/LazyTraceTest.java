package org.dpia.core.logic;

import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trace built on demand is the trace built whole: on 300 random conditions and contexts (fixed
 * seeds, so that the build and mutation testing run the same cases), it equals the reference
 * evaluator's, and the facts it reports without building its nodes are those found by walking them.
 */
@DisplayName("Trace built on demand: equal to the trace built whole")
class LazyTraceTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equals_the_trace_built_whole(long seed) {
    LazyTraceChecks.check(seed);
  }
}
