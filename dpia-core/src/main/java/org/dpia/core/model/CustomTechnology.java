package org.dpia.core.model;

import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * A technology the rulebook does not know, described by the application with what it does to
 * people, so that the rules can read it: whether it observes, monitors or records people,
 * identifies them biometrically, locates them, and whether its use is innovative. Every property
 * must be given — {@link Truth#UNKNOWN} says explicitly that it is not known — so that nothing is
 * silently assumed.
 *
 * <pre>{@code
 * Technology gait = CustomTechnology.builder()
 *     .id("GAIT_ANALYSIS").text(Text.of("gait analysis cameras", "caméras d'analyse de la démarche"))
 *     .observesPeople(Truth.TRUE).identifiesBiometrically(Truth.TRUE).locatesPeople(Truth.UNKNOWN)
 *     .innovative(Truth.TRUE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CustomTechnology implements Technology {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  CustomTechnology() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomTechnology}; every attribute is required. */
  public static class Builder extends ImmutableCustomTechnology.Builder {
    /** An empty builder, the same as {@link CustomTechnology#builder()}. */
    public Builder() {}

    /**
     * The technology, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public CustomTechnology build() {
      return Checks.built("technology", super::build);
    }
  }

  @Override
  public abstract String id();

  /** The technology in plain words, in every language it is written in. */
  @Override
  public abstract Text text();

  @Override
  public String label() {
    return text().english();
  }

  @Override
  public abstract Truth observesPeople();

  @Override
  public abstract Truth identifiesBiometrically();

  @Override
  public abstract Truth locatesPeople();

  @Override
  public abstract Truth innovative();

  @Value.Check
  void check() {
    Checks.verify("technology", Checks.require(!Checks.blank(id()), () -> "the id is blank"));
  }
}
