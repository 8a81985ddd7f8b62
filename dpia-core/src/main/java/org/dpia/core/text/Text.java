package org.dpia.core.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A short text for readers, in English and in other languages: the title of a rule, the
 * description of a fact, the name of a regime, a piece of advice. Rendering picks the reader's
 * language and falls back to English, which every text has.
 *
 * <pre>{@code
 * Text title = Text.of("Health data for a data warehouse or registry",
 *     "Données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre");
 * title.in(Locale.FRENCH);   // the French
 * }</pre>
 *
 * <p>Legal wording quoted from a source is not a {@code Text}: it is kept in its own language on the
 * {@link org.dpia.core.law.Citation}.
 */
public final class Text {
  private final String english;
  private final Map<String, String> translations;

  private Text(String english, Map<String, String> translations) {
    this.english = requireText(english, "English text");
    this.translations = Map.copyOf(translations);
  }

  /**
   * A text in English only.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public static Text of(String english) {
    return new Text(english, Map.of());
  }

  /**
   * A text in English and French.
   *
   * @throws IllegalArgumentException if either is blank
   */
  public static Text of(String english, String french) {
    return of(english).with("fr", french);
  }

  /**
   * This text with its wording in another language, an ISO 639-1 code such as {@code "fr"}.
   *
   * @throws IllegalArgumentException if the language is not a two-letter code or the text is blank
   */
  public Text with(String language, String text) {
    Objects.requireNonNull(language, "language");
    if (!language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("a language is an ISO 639-1 code such as \"fr\", was \"" + language + "\"");
    }
    Map<String, String> copy = new LinkedHashMap<>(translations);
    if (language.equals("en")) {
      return new Text(text, copy);
    }
    copy.put(language, requireText(text, language + " text"));
    return new Text(english, copy);
  }

  /** The English text. */
  public String english() {
    return english;
  }

  /** The text in the language, if it has one ({@code "en"} always does). */
  public Optional<String> in(String language) {
    return "en".equals(language) ? Optional.of(english) : Optional.ofNullable(translations.get(language));
  }

  /** The text in the locale's language, or in English if it has none in that language. */
  public String in(Locale locale) {
    return in(locale.getLanguage()).orElse(english);
  }

  /** The languages besides English that it is written in. */
  public java.util.Set<String> languages() {
    return translations.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text && ((Text) o).english.equals(english) && ((Text) o).translations.equals(translations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(english, translations);
  }

  /** The English text. */
  @Override
  public String toString() {
    return english;
  }

  /**
   * Whether a string would show nothing to a reader: empty, or only white space, no-break spaces,
   * invisible formatting characters (a zero-width space, a byte-order mark) or control characters.
   * Where a name is required, such a string is refused as blank.
   */
  public static boolean showsNothing(String value) {
    // a loop, not a stream: texts are built while explanations are, and most end at the first character
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
          || Character.isISOControl(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (showsNothing(value)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
