package org.dpia.core.law;

import java.util.Locale;
import java.util.Optional;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A pinpoint reference into a {@link LegalSource}: article, paragraph, point, list item or a part
 * named in words, with the provision's wording in its original language where the project quotes
 * it. A citation is written in the reader's language by {@link #label(Locale)}: the source's short
 * title and the words of a {@link #part() part} are translated, numbers are not.
 *
 * <pre>{@code
 * Citation art35_3_b = Citation.builder().source(gdpr).article("35").paragraph("3").point("b").build();
 * art35_3_b.label(Locale.ENGLISH);   // "GDPR art. 35(3)(b)"
 * art35_3_b.label(Locale.FRENCH);    // "RGPD art. 35(3)(b)"
 * Citation recital91 = Citation.builder().source(gdpr).part(Text.of("recital 91", "considérant 91")).build();
 * recital91.label(Locale.FRENCH);    // "RGPD, considérant 91"
 * }</pre>
 */
@Value.Immutable
public abstract class Citation implements WithCitation {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Citation() {}

  /** The word before the number of a list item. */
  private static final Text ITEM = Text.of("item", "n°");

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}. */
  public static class Builder extends ImmutableCitation.Builder {
    /** An empty builder, the same as {@link Citation#builder()}. */
    public Builder() {}
  }

  /** A citation of a whole source. */
  public static Citation of(LegalSource source) {
    return builder().source(source).build();
  }

  /** A citation of an article of a source. */
  public static Citation of(LegalSource source, String article) {
    return builder().source(source).article(article).build();
  }

  /** The instrument cited. */
  public abstract LegalSource source();

  /** The article number, such as {@code "35"} or {@code "70-4"}. */
  public abstract Optional<String> article();

  /** The paragraph, such as {@code "3"} (GDPR) or {@code "I"} (French law). */
  public abstract Optional<String> paragraph();

  /** The point, such as {@code "b"}. */
  public abstract Optional<String> point();

  /**
   * The number of an item of a list, such as {@code "11"} of a CNIL list: letters, digits, dots and
   * hyphens, without spaces, the same in every language. A part of a source named in words is a
   * {@link #part()}.
   */
  public abstract Optional<String> item();

  /**
   * A part of the source named in words rather than by number, in every language it is written in:
   * a recital ({@code "recital 91"}, {@code "considérant 91"}), a section of guidelines
   * ({@code "two-criteria rule"}, {@code "règle des deux critères"}), an item of a list cited by its
   * content. A label for readers, not the source's wording, which is {@link #wording()}.
   */
  public abstract Optional<Text> part();

  /** The provision's wording in the source's language, when the project quotes it. */
  public abstract Optional<String> wording();

  /** A deep link to the provision, when one exists; otherwise the source's address is used. */
  public abstract Optional<String> url();

  /**
   * The days on which the provision exists in this numbering and wording: an article renumbered or
   * reworded on a date is cited only from (or until) then. {@link DateRange#always()} by default.
   */
  @Value.Default
  public DateRange validity() {
    return DateRange.always();
  }

  /** Whether the provision is in force, under this number and wording, on the date. */
  public boolean inForceOn(java.time.LocalDate date) {
    return validity().contains(date);
  }

  /**
   * How firmly this provision was established, when it differs from its source's (an item of a
   * list encoded in substance only, say).
   */
  public abstract Optional<Verification> verification();

  /** This provision's verification status: its own if given, otherwise its source's. */
  public Verification status() {
    return verification().orElse(source().verification());
  }

  /** The deep link if any, otherwise the source's address. */
  public Optional<String> link() {
    return url().or(() -> source().url());
  }

  @Value.Check
  void check() {
    // a blank part would print as a dangling "art. " or fail in label: refuse it when built
    if (article().filter(String::isBlank).isPresent()
        || paragraph().filter(String::isBlank).isPresent()
        || point().filter(String::isBlank).isPresent()
        || item().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "a citation of " + source() + " has a blank article, paragraph, point or item");
    }
    // words in an item would be written in one language whatever the reader's: they are a part
    if (item().filter(i -> !i.matches("[\\p{Alnum}][\\p{Alnum}.-]*")).isPresent()) {
      throw new IllegalArgumentException("a citation of " + source() + " has an item that is not a number, \""
          + item().get() + "\": name a part in words with part(Text)");
    }
    if (item().isPresent() && part().isPresent()) {
      throw new IllegalArgumentException("a citation of " + source() + " has both an item, \"" + item().get()
          + "\", and a part, \"" + part().get() + "\"");
    }
  }

  /**
   * The citation as lawyers write it, in the locale's language (English for a language it is not
   * written in): {@code "GDPR art. 35(3)(b)"}, {@code "CNIL deliberation no. 2018-327, item 4"} and
   * {@code "GDPR, recital 91"} in English; {@code "RGPD art. 35(3)(b)"},
   * {@code "CNIL délib. n° 2018-327, n° 4"} and {@code "RGPD, considérant 91"} in French.
   */
  public String label(Locale locale) {
    StringBuilder s = new StringBuilder(source().shortTitle(locale));
    article().ifPresent(a -> s.append(" art. ").append(a));
    paragraph().ifPresent(p -> s.append(article().isPresent() ? "(" + p + ")" : " §" + p));
    point().ifPresent(p -> s.append('(').append(p).append(')'));
    item().ifPresent(i -> s.append(", ").append(ITEM.in(locale)).append(' ').append(i));
    part().ifPresent(p -> s.append(", ").append(p.in(locale)));
    return s.toString();
  }

  /** The citation in English, as {@link #label(Locale)} writes it. */
  @Override
  public String toString() {
    return label(Locale.ENGLISH);
  }
}
