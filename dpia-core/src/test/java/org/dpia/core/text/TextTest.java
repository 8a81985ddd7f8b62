package org.dpia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text: a text for readers in English and other languages")
class TextTest {

  static final Text TITLE = Text.of("Health data for a registry", "Données de santé pour un registre");

  @Test
  @DisplayName("a text is read in the reader's language, and in English when it has none in that language")
  void languages() {
    assertThat(TITLE.in(Locale.FRENCH)).isEqualTo("Données de santé pour un registre");
    assertThat(TITLE.in(Locale.CANADA_FRENCH)).isEqualTo("Données de santé pour un registre");
    assertThat(TITLE.in(Locale.ENGLISH)).isEqualTo("Health data for a registry");
    assertThat(TITLE.in(Locale.GERMAN)).as("no German: English").isEqualTo("Health data for a registry");
    assertThat(TITLE.in("fr")).contains("Données de santé pour un registre");
    assertThat(TITLE.in("en")).contains("Health data for a registry");
    assertThat(TITLE.in("de")).isEmpty();
    assertThat(TITLE.languages()).containsExactly("fr");
    assertThat(TITLE.english()).isEqualTo("Health data for a registry");
    assertThat(TITLE).hasToString("Health data for a registry");
  }

  @Test
  @DisplayName("a translation can be added, and giving English again replaces the English")
  void with() {
    Text german = TITLE.with("de", "Gesundheitsdaten");
    assertThat(german.in(Locale.GERMAN)).isEqualTo("Gesundheitsdaten");
    assertThat(german.in(Locale.FRENCH)).isEqualTo("Données de santé pour un registre");
    assertThat(TITLE.in("de")).as("the original is unchanged").isEmpty();
    assertThat(TITLE.with("en", "Health data").english()).isEqualTo("Health data");
    assertThat(TITLE.with("en", "Health data").in(Locale.FRENCH)).isEqualTo("Données de santé pour un registre");
  }

  @Test
  @DisplayName("texts are values: equal when every language says the same")
  void equality() {
    assertThat(TITLE).isEqualTo(Text.of("Health data for a registry", "Données de santé pour un registre"))
        .hasSameHashCodeAs(Text.of("Health data for a registry", "Données de santé pour un registre"))
        .isNotEqualTo(Text.of("Health data for a registry"))
        .isNotEqualTo(Text.of("Health data for a registry", "Autre chose"))
        .isNotEqualTo("Health data for a registry");
  }

  @Test
  @DisplayName("a blank text, a missing text or a language that is not a two-letter code is refused")
  void refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Text.of(" ")).withMessageContaining("English");
    assertThatIllegalArgumentException().isThrownBy(() -> Text.of("x", "")).withMessageContaining("fr");
    assertThatIllegalArgumentException().isThrownBy(() -> TITLE.with("FRA", "x")).withMessageContaining("FRA");
    assertThatNullPointerException().isThrownBy(() -> Text.of(null));
    assertThatNullPointerException().isThrownBy(() -> TITLE.with(null, "x"));
  }
}
