package org.dpia.core.law;

import java.time.LocalDate;
import java.util.Optional;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A legal instrument or official guidance that rules are taken from: a regulation, a statute, a
 * supervisory authority's deliberation, guidelines.
 *
 * <pre>{@code
 * LegalSource gdpr = LegalSource.builder()
 *     .id("eu.gdpr")
 *     .title("Regulation (EU) 2016/679 (General Data Protection Regulation)")
 *     .shortTitle("GDPR")
 *     .reference("OJ L 119, 4.5.2016, p. 1")
 *     .url("http://data.europa.eu/eli/reg/2016/679/oj")
 *     .language("en")
 *     .verification(Verification.CHECKED)
 *     .build();
 * }</pre>
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
  }

  /** A stable identifier, such as {@code "eu.gdpr"}. */
  public abstract String id();

  /** The full title of the instrument. */
  public abstract String title();

  /** The short name used in citations, such as {@code "GDPR"} or {@code "LIL"}. */
  public abstract String shortTitle();

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
    if (org.dpia.core.text.Text.showsNothing(id()) || org.dpia.core.text.Text.showsNothing(title())
        || org.dpia.core.text.Text.showsNothing(shortTitle())) {
      throw new IllegalArgumentException("a legal source needs a non-blank id, title and short title");
    }
  }

  @Override
  public String toString() {
    return shortTitle();
  }
}
