package org.dpia.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Citation and LegalSource: where a rule comes from")
class CitationTest {

  static final LegalSource GDPR = LegalSource.builder()
      .id("eu.gdpr")
      .title("Regulation (EU) 2016/679 (General Data Protection Regulation)")
      .shortTitle("GDPR")
      .reference("OJ L 119, 4.5.2016, p. 1")
      .url("http://data.europa.eu/eli/reg/2016/679/oj")
      .adoptedOn(LocalDate.of(2016, 4, 27))
      .verification(Verification.CHECKED).build();

  static final LegalSource CNIL_MANDATORY_LIST = LegalSource.builder()
      .id("fr.cnil.2018-327")
      .title("Délibération n° 2018-327 du 11 octobre 2018 (liste des traitements soumis à AIPD)")
      .shortTitle("CNIL délib. 2018-327")
      .language("fr")
      .verification(Verification.CHECKED).build();

  static final LegalSource LIL = LegalSource.builder()
      .id("fr.lil")
      .title("Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés")
      .shortTitle("LIL")
      .language("fr")
      .verification(Verification.CHECKED).build();

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(Citation.of(GDPR), "GDPR"),
        Arguments.of(Citation.of(GDPR, "35"), "GDPR art. 35"),
        Arguments.of(Citation.builder().source(GDPR).article("35").paragraph("3").build(), "GDPR art. 35(3)"),
        Arguments.of(
            Citation.builder().source(GDPR).article("35").paragraph("3").point("b").build(), "GDPR art. 35(3)(b)"),
        Arguments.of(Citation.builder().source(LIL).article("70-4").build(), "LIL art. 70-4"),
        Arguments.of(Citation.builder().source(LIL).paragraph("I").build(), "LIL §I"),
        Arguments.of(Citation.builder().source(CNIL_MANDATORY_LIST).item("4").build(), "CNIL délib. 2018-327, item 4"),
        Arguments.of(Citation.builder().source(CNIL_MANDATORY_LIST).item("11").build(), "CNIL délib. 2018-327, item 11"),
        Arguments.of(Citation.builder().source(GDPR).item("recital 91").build(), "GDPR, recital 91"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("forms")
  @DisplayName("a citation prints as lawyers write it")
  void printing(Citation citation, String expected) {
    assertThat(citation).hasToString(expected);
  }

  @Test
  @DisplayName("a citation links to its provision, or else to its source, or nowhere")
  void link() {
    Citation deep = Citation.builder().source(GDPR).article("35").url("https://gdpr.example/art35").build();
    assertThat(deep.link()).contains("https://gdpr.example/art35");
    assertThat(Citation.of(GDPR, "35").link()).contains("http://data.europa.eu/eli/reg/2016/679/oj");
    assertThat(Citation.of(LIL, "90").link()).isEmpty();
  }

  @Test
  @DisplayName("a citation keeps the provision's wording in its own language")
  void wording() {
    Citation item = Citation.builder()
        .source(CNIL_MANDATORY_LIST)
        .item("4")
        .wording("Traitements de données biométriques aux fins de reconnaissance des personnes")
        .build();
    assertThat(item.wording()).contains("Traitements de données biométriques aux fins de reconnaissance des personnes");
    assertThat(item.source().language()).isEqualTo("fr");
    assertThat(Citation.of(GDPR).wording()).isEmpty();
  }

  @Test
  @DisplayName("citations are values: equal when they point to the same provision of the same source")
  void equality() {
    Citation a = Citation.builder().source(GDPR).article("35").paragraph("3").point("b").build();
    Citation b = Citation.builder().source(GDPR).article("35").paragraph("3").point("b").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Citation.builder().source(GDPR).article("35").paragraph("3").point("c").build());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " "})
  @DisplayName("a citation with a blank article, paragraph, point or item is refused when built, not when printed")
  void blankParts(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(GDPR).article(blank).build());
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(GDPR).article("35").paragraph(blank).build());
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(GDPR).article("35").point(blank).build());
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(CNIL_MANDATORY_LIST).item(blank).build());
  }

  @Test
  @DisplayName("a legal source is binding law written in English unless it says otherwise, and prints as its short title")
  void sourceDefaults() {
    assertThat(GDPR.language()).isEqualTo("en");
    assertThat(GDPR.binding()).isTrue();
    assertThat(GDPR.adoptedOn()).contains(LocalDate.of(2016, 4, 27));
    assertThat(GDPR.publishedOn()).isEmpty();
    assertThat(GDPR).hasToString("GDPR");
    LegalSource wp248 = LegalSource.builder()
        .id("eu.wp248").title("Guidelines on DPIA (WP248 rev.01)").shortTitle("WP248").binding(false).verification(Verification.CHECKED).build();
    assertThat(wp248.binding()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "  "})
  @DisplayName("a legal source needs an id, a title and a short title")
  void blankSource(String blank) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalSource.builder().id(blank).title("T").shortTitle("S").verification(Verification.CHECKED).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalSource.builder().id("x").title(blank).shortTitle("S").verification(Verification.CHECKED).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalSource.builder().id("x").title("T").shortTitle(blank).verification(Verification.CHECKED).build());
  }
}
