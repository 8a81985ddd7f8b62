package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpia.rules.fr.gdpr.Gdpr;
import java.util.Optional;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;

/** Assertions shared by the tests of the two CNIL lists: does a decision rest on a list item? */
public final class ListItemGrounds {
  private ListItemGrounds() {}

  /** The item's number, from its rule id ("fr.cnil.2018-327.item-4" → 4); an item cited by its content has none. */
  public static Optional<Integer> number(String ruleId) {
    String last = ruleId.substring(ruleId.lastIndexOf('.') + 1);
    return last.startsWith("item-") ? Optional.of(Integer.parseInt(last.substring("item-".length()))) : Optional.empty();
  }

  public static Optional<Ground> decisiveGround(Decision d, String ruleId) {
    return d.decisiveGrounds().stream().filter(g -> g.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * The decision rests on the item, as a ground of the list's kind that cites the deliberation with
   * the item's number (or, for an item whose number is not confirmed, its content, in substance),
   * and GDPR art. 35 with the paragraph that provides for the list.
   */
  public static void assertOnItem(Decision d, String ruleId, GroundKind kind, LegalSource list, String gdprParagraph) {
    Optional<Ground> ground = decisiveGround(d, ruleId);
    assertThat(ground).as("decisive ground %s in %s%n%s", ruleId, d, d.trace()).isPresent();
    assertThat(ground.get().kind()).isEqualTo(kind);
    assertThat(ground.get().citations())
        .as("citations of %s", ruleId)
        .anySatisfy(c -> {
          assertThat(c.source()).isEqualTo(list);
          number(ruleId).ifPresentOrElse(n -> assertThat(c.item()).contains(Integer.toString(n)), () -> {
            assertThat(c.part()).isPresent();
            assertThat(c.status()).isEqualTo(Verification.SUBSTANCE);
          });
        })
        .anySatisfy(c -> {
          assertThat(c.source()).isEqualTo(Gdpr.SOURCE);
          assertThat(c.article()).contains("35");
          assertThat(c.paragraph()).contains(gdprParagraph);
        });
  }

  public static void assertNotOnItem(Decision d, String ruleId) {
    assertThat(decisiveGround(d, ruleId)).as("decisive ground %s in %s", ruleId, d).isEmpty();
  }
}
