package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dpia.core.text.Text;

/** The comparison of a trace built on demand with the trace built whole, for one random seed. */
public final class LazyTraceChecks {
  private LazyTraceChecks() {}

  /** Compares, for the condition and context drawn from the seed, the trace on demand with the reference. */
  public static void check(long seed) {
    Random random = new Random(seed);
    Condition<Map<String, Truth>> condition = RandomConditions.condition(random, 4);
    Context<Map<String, Truth>> context = RandomConditions.context(random);
    Trace whole = RandomConditions.reference(condition, context);
    String what = "seed " + seed + ": " + whole;

    Trace fresh = condition.evaluate(context);
    assertThat(fresh.truth()).as(what).isEqualTo(whole.truth()).isEqualTo(condition.truth(context));
    // read before any node below is built
    assertThat(new ArrayList<>(condition.evaluate(context).facts().entrySet()))
        .as(what).isEqualTo(new ArrayList<>(RandomConditions.factsByWalking(whole).entrySet()));
    assertThat(new ArrayList<>(condition.evaluate(context).unknownFactTexts().entrySet())).as(what)
        .isEqualTo(new ArrayList<>(RandomConditions.factsByWalking(whole, Trace.Kind.FACT, true).entrySet()));
    assertThat(new ArrayList<>(condition.evaluate(context).presumedFacts().entrySet())).as(what)
        .isEqualTo(new ArrayList<>(RandomConditions.factsByWalking(whole, Trace.Kind.PRESUMED, false).entrySet()));
    // the engine's walk over several conditions at once: the facts of their traces one after the other
    Map<String, Truth> walked = new java.util.LinkedHashMap<>();
    Conditions.visitFacts(List.of(condition, condition), context, false, (kind, id, text, truth) -> walked.putIfAbsent(id, truth));
    assertThat(walked).as(what).containsExactlyEntriesOf(RandomConditions.factsByWalking(whole));
    Map<String, Text> presumed = new java.util.LinkedHashMap<>();
    Conditions.visitFacts(List.of(condition), context, true, (kind, id, text, truth) -> {
      if (kind == Trace.Kind.PRESUMED) {
        presumed.putIfAbsent(id, text);
      }
    });
    assertThat(presumed).as(what).containsExactlyEntriesOf(RandomConditions.factsByWalking(whole, Trace.Kind.PRESUMED, false));

    // with one level built, the rest read from the conditions
    Trace partly = condition.evaluate(context);
    List<Trace> children = partly.children();
    assertThat(children).as(what).hasSameSizeAs(whole.children());
    assertThat(partly.facts()).as(what).containsExactlyEntriesOf(RandomConditions.factsByWalking(whole));

    // built whole on reading
    assertThat(fresh).as(what).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(fresh.toString()).isEqualTo(whole.toString());
    assertThat(fresh.nodes()).as(what).hasSameSizeAs(whole.nodes());
    assertThat(fresh.rules()).as(what).isEqualTo(whole.rules());
    for (Trace rule : whole.rules()) {
      assertThat(fresh.find(rule.id())).as(what).isPresent();
    }
    for (String id : RandomConditions.factsByWalking(whole).keySet()) {
      assertThat(condition.evaluate(context).reads(id)).as(what).isTrue();
    }
  }
}
