package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.Rulebook;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The gallery as a whole: every case can be called by a unique id, and between them the cases
 * decide on every item of the CNIL's two lists (délibérations n° 2018-327 and n° 2019-118).
 */
@DisplayName("The gallery of cases")
class GalleryTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Set<String> decisiveGroundIds() {
    Set<String> ids = new TreeSet<>();
    for (Case c : Gallery.all()) {
      Decision d = FRANCE.decide(c.operation(), c.date());
      d.decisiveGrounds().stream().map(Ground::ruleId).forEach(ids::add);
    }
    return ids;
  }

  @Test
  @DisplayName("every case has a unique kebab-case id, a title and a source, and the Lille cases come first")
  void idsAreUnique() {
    List<String> ids = Gallery.all().stream().map(Case::id).collect(Collectors.toList());

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case");
    assertThat(ids).startsWith("lille-briefcam", "lille-history");
    assertThat(Gallery.all()).allSatisfy(c -> {
      assertThat(c.title()).as(c.id()).isNotBlank().doesNotContain("\n");
      assertThat(c.source()).as(c.id()).isNotBlank();
      assertThat(Gallery.find(c.id())).contains(c);
    });
  }

  @Test
  @DisplayName("the gallery decides a case on each of the 14 items of the CNIL mandatory list (délibération n° 2018-327)")
  void coversEveryMandatoryItem() {
    List<String> items = IntStream.rangeClosed(1, 14).mapToObj(n -> "fr.cnil.2018-327.item-" + n).collect(Collectors.toList());

    assertThat(decisiveGroundIds()).containsAll(items);
  }

  @Test
  @DisplayName("the gallery decides a case on each of the 12 items of the CNIL exempt list (délibération n° 2019-118)")
  void coversEveryExemptItem() {
    List<String> items = IntStream.rangeClosed(1, 12).mapToObj(n -> "fr.cnil.2019-118.item-" + n).collect(Collectors.toList());

    assertThat(decisiveGroundIds()).containsAll(items);
  }
}
