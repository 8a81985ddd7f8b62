package org.dpia.core.properties;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.dpia.core.logic.LazyTraceChecks;

/** A trace built on demand equals the trace built whole, on many more random conditions than the build's fixed seeds. */
class LazyTracePropertiesTest {

  @Property(tries = 1000)
  @Label("a trace built on demand equals the reference trace built whole, and reports the same facts unbuilt")
  void a_trace_on_demand_equals_the_trace_built_whole(@ForAll long seed) {
    LazyTraceChecks.check(seed);
  }
}
