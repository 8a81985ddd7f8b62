package org.dpia.core.model;

import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A legal framework the rulebook does not know, described by the application: its id and name,
 * the days it is in force, and whether its law was adopted with a general impact assessment. Every
 * property must be given, {@link Truth#UNKNOWN} included, so that nothing is silently assumed.
 *
 * <pre>{@code
 * LegalFramework decree = CustomLegalFramework.builder()
 *     .id("DECREE_2021_123").text(Text.of("Decree creating the national vaccination register"))
 *     .validity(DateRange.from(LocalDate.of(2021, 3, 1)))
 *     .generalImpactAssessment(Truth.TRUE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CustomLegalFramework implements LegalFramework {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  CustomLegalFramework() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomLegalFramework}; every attribute is required. */
  public static class Builder extends ImmutableCustomLegalFramework.Builder {
    /** An empty builder, the same as {@link CustomLegalFramework#builder()}. */
    public Builder() {}

    /**
     * The legal framework, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public CustomLegalFramework build() {
      return Checks.built("legal framework", super::build);
    }
  }

  @Override
  public abstract String id();

  /** The framework's name, in every language it is written in. */
  @Override
  public abstract Text text();

  @Override
  public String label() {
    return text().english();
  }

  @Override
  public abstract DateRange validity();

  @Override
  public abstract Truth generalImpactAssessment();

  @Value.Check
  void check() {
    Checks.verify("legal framework", Checks.require(!Checks.blank(id()), () -> "the id is blank"));
  }
}
