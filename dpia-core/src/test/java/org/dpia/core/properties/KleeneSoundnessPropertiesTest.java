package org.dpia.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;

/**
 * The ground of every sound decision: Kleene's operators and the questions a {@link FactSet}
 * answers give a known result only if every way of filling in the unknowns gives that result.
 */
class KleeneSoundnessPropertiesTest {

  /** The values an unknown may take: itself if known, else yes and no. */
  private static List<Truth> completions(Truth t) {
    return t.isKnown() ? List.of(t) : List.of(Truth.TRUE, Truth.FALSE);
  }

  @Property(tries = 50)
  @Label("a known and, or, not holds for every filling-in of the unknowns, and an unknown one can go both ways")
  void kleene_operators_are_sound_and_exact(@ForAll Truth a, @ForAll Truth b) {
    Set<Truth> and = new LinkedHashSet<>();
    Set<Truth> or = new LinkedHashSet<>();
    Set<Truth> not = new LinkedHashSet<>();
    for (Truth x : completions(a)) {
      not.add(x.not());
      for (Truth y : completions(b)) {
        and.add(x.and(y));
        or.add(x.or(y));
      }
    }
    assertThat(and).as("%s and %s, filled in", a, b).isEqualTo(expected(a.and(b)));
    assertThat(or).as("%s or %s, filled in", a, b).isEqualTo(expected(a.or(b)));
    assertThat(not).as("not %s, filled in", a).isEqualTo(expected(a.not()));
  }

  /** A known truth is the only value of its fillings-in; an unknown one has both. */
  private static Set<Truth> expected(Truth t) {
    return t.isKnown() ? Set.of(t) : Set.of(Truth.TRUE, Truth.FALSE);
  }

  @Provide
  Arbitrary<FactSet<DataCategory>> factSets() {
    Arbitrary<Set<DataCategory>> items = Arbitraries.subsetOf(DataCategory.values()).ofMaxSize(4);
    return Arbitraries.oneOf(
        Arbitraries.just(FactSet.<DataCategory>unknown()),
        Arbitraries.just(FactSet.<DataCategory>none()),
        items.map(FactSet::exactly),
        items.map(FactSet::atLeast));
  }

  @Provide
  Arbitrary<Set<DataCategory>> more() {
    return Arbitraries.subsetOf(DataCategory.values());
  }

  @Provide
  Arbitrary<Predicate<DataCategory>> questions() {
    return Arbitraries.of(
        named("special category", DataCategory::isSpecialCategory),
        named("criminal offence data", DataCategory::isCriminalOffenceData),
        named("sensitive or highly personal", DataCategory::isSensitiveOrHighlyPersonal),
        named("is health", c -> c == DataCategory.HEALTH),
        named("ordinary", c -> c.kind() == DataCategory.Kind.ORDINARY));
  }

  private static Predicate<DataCategory> named(String name, Predicate<DataCategory> p) {
    return new Predicate<>() {
      @Override
      public boolean test(DataCategory c) {
        return p.test(c);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @Property(tries = 300)
  @Label("a fact set's known answer holds for every completion of the set")
  void fact_set_answers_hold_for_every_completion(
      @ForAll("factSets") FactSet<DataCategory> set,
      @ForAll("more") Set<DataCategory> more,
      @ForAll("questions") Predicate<DataCategory> question) {
    Set<DataCategory> items = new LinkedHashSet<>(set.known());
    if (!set.isComplete()) {
      items.addAll(more);
    }
    FactSet<DataCategory> completed = FactSet.exactly(items);
    assertThat(completed.isComplete()).isTrue();
    assertIsCompletion(set.anyMatch(question), completed.anyMatch(question), "any " + question, set, completed);
    assertIsCompletion(set.allMatch(question), completed.allMatch(question), "all " + question, set, completed);
    assertIsCompletion(set.anyTruth(c -> Truth.of(question.test(c))), completed.anyTruth(c -> Truth.of(question.test(c))),
        "any truth " + question, set, completed);
    for (DataCategory c : DataCategory.values()) {
      assertIsCompletion(set.contains(c), completed.contains(c), "contains " + c, set, completed);
    }
  }

  private static void assertIsCompletion(Truth partial, Truth complete, String what, FactSet<?> set, FactSet<?> completed) {
    assertThat(complete).as("%s of %s completed as %s", what, set, completed).isNotEqualTo(Truth.UNKNOWN);
    if (partial.isKnown()) {
      assertThat(complete).as("%s of %s completed as %s", what, set, completed).isEqualTo(partial);
    }
  }
}
