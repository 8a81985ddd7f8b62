package org.dpia.core;

import java.util.HashMap;
import java.util.Map;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;

/**
 * A toy jurisdiction for core's tests: one statute, and facts read from a plain map of answers so
 * that the engine can be tested without any real rulebook. A fact missing from the map is unknown.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A statute with an address, as every rule needs one. */
  public static final LegalSource TOY_ACT = LegalSource.builder()
      .id("xx.toy-act")
      .title("Toy Data Protection Act")
      .shortTitle("TDPA")
      .url("https://example.org/tdpa")
      .verification(Verification.CHECKED)
      .build();

  /** A citation of an article of the toy act. */
  public static Citation article(String article) {
    return Citation.of(TOY_ACT, article);
  }

  /** A yes/no fact read from the map of answers by its id; unknown when the map does not say. */
  public static Fact<Map<String, Truth>> fact(String id) {
    return Fact.of(id, "the answer to " + id, answers -> answers.getOrDefault(id, Truth.UNKNOWN));
  }

  /** The condition that the fact holds. */
  public static Condition<Map<String, Truth>> holds(String id) {
    return fact(id).holds();
  }

  /** Answers given as id, truth, id, truth… */
  public static Map<String, Truth> answers(Object... idsAndTruths) {
    Map<String, Truth> answers = new HashMap<>();
    for (int i = 0; i < idsAndTruths.length; i += 2) {
      answers.put((String) idsAndTruths[i], (Truth) idsAndTruths[i + 1]);
    }
    return Map.copyOf(answers);
  }
}
