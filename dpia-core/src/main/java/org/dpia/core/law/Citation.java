package org.dpia.core.law;

import java.util.Optional;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A pinpoint reference into a {@link LegalSource}: article, paragraph, point or list item, with the
 * provision's wording in its original language where the project quotes it.
 *
 * <pre>{@code
 * Citation art35_3_b = Citation.builder().source(gdpr).article("35").paragraph("3").point("b").build();
 * art35_3_b.toString();   // "GDPR art. 35(3)(b)"
 * }</pre>
 */
@Value.Immutable
public abstract class Citation implements WithCitation {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Citation() {}

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

  /** The item of a list, such as {@code "11"} of a CNIL list. */
  public abstract Optional<String> item();

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
    // a blank part would print as a dangling "art. " or fail in toString: refuse it when built
    if (article().filter(String::isBlank).isPresent()
        || paragraph().filter(String::isBlank).isPresent()
        || point().filter(String::isBlank).isPresent()
        || item().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "a citation of " + source().shortTitle() + " has a blank article, paragraph, point or item");
    }
  }

  /**
   * For example {@code "GDPR art. 35(3)(b)"}, {@code "CNIL délib. 2018-327, item 4"} or, for an
   * item that is not a number, {@code "GDPR, recital 91"}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source().shortTitle());
    article().ifPresent(a -> s.append(" art. ").append(a));
    paragraph().ifPresent(p -> s.append(article().isPresent() ? "(" + p + ")" : " §" + p));
    point().ifPresent(p -> s.append('(').append(p).append(')'));
    item().ifPresent(i -> s.append(Character.isDigit(i.charAt(0)) ? ", item " : ", ").append(i));
    return s.toString();
  }
}
