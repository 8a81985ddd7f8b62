package org.dpia.benchmarks;

import java.util.IdentityHashMap;
import java.util.Map;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.logic.Trace;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * Diagnosis: what one explained decision builds, per gallery case — the trace nodes by kind (in
 * the decision's trace, the criteria findings and the grounds, each distinct node once), grounds,
 * criteria, advice. Run: {@code java -cp dpia-benchmarks/target/benchmarks.jar org.dpia.benchmarks.Anatomy}.
 */
public final class Anatomy {
  private Anatomy() {}

  public static void main(String[] args) {
    FrenchRulebook france = FrenchRulebook.create();
    for (Case c : Gallery.all()) {
      Decision d = france.decide(c.operation(), c.date());
      Map<Trace, Boolean> distinct = new IdentityHashMap<>();
      d.trace().nodes().forEach(t -> distinct.put(t, true));
      for (CriterionFinding f : d.criteria()) {
        f.trace().nodes().forEach(t -> distinct.put(t, true));
      }
      for (Ground g : d.grounds()) {
        g.trace().nodes().forEach(t -> distinct.put(t, true));
      }
      Map<Trace.Kind, Integer> byKind = new java.util.EnumMap<>(Trace.Kind.class);
      distinct.keySet().forEach(t -> byKind.merge(t.kind(), 1, Integer::sum));
      System.out.printf("%s on %s: %s; decision trace %d nodes, %d distinct trace nodes in all %s; %d grounds, %d criteria, %d advice, %d missing facts%n",
          c.id(), c.date(), d.outcome(), d.trace().nodes().size(), distinct.size(), byKind, d.grounds().size(),
          d.criteria().size(), d.advice().size(), d.missingFacts().size());
    }
  }
}
