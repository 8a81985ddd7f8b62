package org.dpia.core.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A legal instrument or official guidance that rules are taken from: a regulation, a statute, a
 * supervisory authority's deliberation, guidelines.
 *
 * <pre>{@code
 * LegalSource gdpr = LegalSource.builder()
 *     .id("eu.gdpr")
 *     .title("Règlement (UE) 2016/679 (règlement général sur la protection des données)")
 *     .shortTitles(Text.of("GDPR", "RGPD"))
 *     .reference("OJ L 119, 4.5.2016, p. 1")
 *     .url("http://data.europa.eu/eli/reg/2016/679/oj")
 *     .language("fr")
 *     .verification(Verification.CHECKED)
 *     .build();
 * gdpr.shortTitle();                  // "RGPD", in the language of the text quoted
 * gdpr.shortTitle(Locale.ENGLISH);    // "GDPR", for a report in English
 * }</pre>
 *
 * <p>The {@link #title() title} is the instrument's own, in its language; the short title is a label
 * that reports write in their reader's language.
 */
@Value.Immutable
public abstract class LegalSource implements WithLegalSource {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  LegalSource() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalSource}. */
  public static class Builder extends ImmutableLegalSource.Builder {
    /** An empty builder, the same as {@link LegalSource#builder()}. */
    public Builder() {}

    /**
     * Sets a short title written the same in every language, such as {@code "LIL"} or
     * {@code "WP248 rev.01"}: the same as {@code shortTitles(Text.of(shortTitle))}.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public final Builder shortTitle(String shortTitle) {
      return shortTitles(Text.of(shortTitle));
    }
  }

  /** A stable identifier, such as {@code "eu.gdpr"}. */
  public abstract String id();

  /** The full title of the instrument. */
  public abstract String title();

  /**
   * The short name used in citations, in every language it is written in: {@code "GDPR"} in
   * English and {@code "RGPD"} in French; {@code "LIL"} in both. A label, not the instrument's
   * title.
   */
  public abstract Text shortTitles();

  /**
   * The short name in the language of the source's own text ({@link #language()}), or in English if
   * none is written in that language: {@code "RGPD"} for the GDPR quoted in French.
   */
  public String shortTitle() {
    return shortTitles().in(language()).orElse(shortTitles().english());
  }

  /** The short name in the locale's language, or in English if none is written in that language. */
  public String shortTitle(Locale locale) {
    return shortTitles().in(locale);
  }

  /** The official reference (Official Journal, NOR, ELI), empty if none. */
  public abstract Optional<String> reference();

  /** An official address of the text, empty if none. */
  public abstract Optional<String> url();

  /** The date the instrument was adopted or signed, empty if not recorded. */
  public abstract Optional<LocalDate> adoptedOn();

  /** The date it was published in an official journal, empty if not recorded. */
  public abstract Optional<LocalDate> publishedOn();

  /** The language of the original text quoted in citations, an ISO 639-1 code ({@code "fr"}). */
  @Value.Default
  public String language() {
    return "en";
  }

  /** Whether this source is binding law (false for guidelines and other soft law). */
  @Value.Default
  public boolean binding() {
    return true;
  }

  /** How firmly the project established what it encodes from this source. */
  public abstract Verification verification();

  /** What was checked, where, and what was not, in a sentence or two; empty if nothing to add. */
  public abstract Optional<String> verificationNote();

  /**
   * The days the source is in force or applies (a regulation from its date of application, a
   * repealed text until its repeal); {@link DateRange#always()} when not recorded.
   */
  @Value.Default
  public DateRange validity() {
    return DateRange.always();
  }

  @Value.Check
  void check() {
    // a short title is never blank: Text refuses blank texts
    if (org.dpia.core.text.Text.showsNothing(id()) || org.dpia.core.text.Text.showsNothing(title())) {
      throw new IllegalArgumentException("a legal source needs a non-blank id, title and short title");
    }
  }

  /** The short name in English, as {@link Citation#toString()} writes citations. */
  @Override
  public String toString() {
    return shortTitles().english();
  }
}
