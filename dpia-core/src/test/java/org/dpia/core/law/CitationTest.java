package org.dpia.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.dpia.core.text.Text;
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
        Arguments.of(Citation.builder().source(GDPR).part(Text.of("recital 91", "considérant 91")).build(), "GDPR, recital 91"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("forms")
  @DisplayName("a citation prints as lawyers write it")
  void printing(Citation citation, String expected) {
    assertThat(citation).hasToString(expected);
  }

  static final LegalSource RGPD = LegalSource.builder()
      .id("eu.gdpr")
      .title("Règlement (UE) 2016/679 (règlement général sur la protection des données)")
      .shortTitles(Text.of("GDPR", "RGPD"))
      .language("fr")
      .verification(Verification.CHECKED).build();

  static final LegalSource CNIL_LIST = LegalSource.builder()
      .id("fr.cnil.2018-327")
      .title("Délibération n° 2018-327 du 11 octobre 2018")
      .shortTitles(Text.of("CNIL deliberation no. 2018-327", "CNIL délib. n° 2018-327"))
      .language("fr")
      .verification(Verification.CHECKED).build();

  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of(Citation.builder().source(RGPD).article("35").paragraph("3").point("b").build(),
            "GDPR art. 35(3)(b)", "RGPD art. 35(3)(b)"),
        Arguments.of(Citation.builder().source(RGPD).part(Text.of("recital 91", "considérant 91")).build(),
            "GDPR, recital 91", "RGPD, considérant 91"),
        Arguments.of(Citation.builder().source(CNIL_LIST).item("4").build(),
            "CNIL deliberation no. 2018-327, item 4", "CNIL délib. n° 2018-327, n° 4"),
        Arguments.of(Citation.builder().source(LIL).article("90").build(), "LIL art. 90", "LIL art. 90"),
        Arguments.of(Citation.builder().source(GDPR).part(Text.of("two-criteria rule")).build(),
            "GDPR, two-criteria rule", "GDPR, two-criteria rule"));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @MethodSource("labels")
  @DisplayName("a citation is written in the reader's language: the source's short title and the words of a part, not the numbers")
  void labelInALanguage(Citation citation, String english, String french) {
    assertThat(citation.label(Locale.ENGLISH)).isEqualTo(english);
    assertThat(citation.label(Locale.FRENCH)).isEqualTo(french);
    assertThat(citation.label(Locale.GERMAN)).as("a language it is not written in: English").isEqualTo(english);
    assertThat(citation).hasToString(english);
  }

  @Test
  @DisplayName("a source's short title is a label in each language; its own language's is the one shortTitle() gives")
  void shortTitles() {
    assertThat(RGPD.shortTitle()).isEqualTo("RGPD");
    assertThat(RGPD.shortTitle(Locale.ENGLISH)).isEqualTo("GDPR");
    assertThat(RGPD.shortTitle(Locale.FRENCH)).isEqualTo("RGPD");
    assertThat(RGPD).hasToString("GDPR");
    assertThat(LIL.shortTitles()).isEqualTo(Text.of("LIL"));
    assertThat(LIL.shortTitle(Locale.FRENCH)).isEqualTo("LIL");
    assertThat(RGPD.title()).as("the official title is not translated").startsWith("Règlement (UE) 2016/679");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"recital 91", "two-criteria rule", "considérant"})
  @DisplayName("words are not an item, which is written the same in every language: they are a part, in each language")
  void wordsAreAPart(String words) {
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(GDPR).item(words).build())
        .withMessageContaining(words).withMessageContaining("part");
  }

  @Test
  @DisplayName("an item is a number, such as 4, 11, 4a or 2.3, and a citation has an item or a part, not both")
  void itemsAreNumbers() {
    assertThat(Citation.builder().source(CNIL_LIST).item("4a").build().label(Locale.FRENCH)).endsWith(", n° 4a");
    assertThat(Citation.builder().source(CNIL_LIST).item("2.3").build().item()).contains("2.3");
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.builder().source(CNIL_LIST).item("4")
        .part(Text.of("biometrics", "biométrie")).build());
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
