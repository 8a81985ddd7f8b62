package org.dpia.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The raw facts from which "large scale" is judged: the four factors of the WP29 guidelines (WP248
 * rev.01, criterion 5, taken from WP243): the number of data subjects or their share of the
 * relevant population, the volume or range of data, the duration or permanence of the processing,
 * and its geographical extent. Every factor may be unknown; no factor is a conclusion.
 */
@Value.Immutable
public abstract class Scale implements WithScale {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Scale() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scale}. */
  public static class Builder extends ImmutableScale.Builder {
    /** An empty builder, the same as {@link Scale#builder()}. */
    public Builder() {}

    /**
     * The scale, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public Scale build() {
      return Checks.built("scale", super::build);
    }
  }

  /** Nothing known about the scale. */
  public static Scale unknown() {
    return builder().build();
  }

  /** How much data, and how many kinds of data items, are processed. */
  public enum Volume {
    /** A few items about each person. */
    LIMITED,
    /** A moderate volume or range. */
    MODERATE,
    /** A large volume or a wide range of items. */
    EXTENSIVE
  }

  /** How long or how permanently the processing runs. */
  public enum Permanence {
    /** Once. */
    ONE_OFF,
    /** For a limited time. */
    TEMPORARY,
    /** At intervals. */
    PERIODIC,
    /** Continuously, without a planned end. */
    PERMANENT
  }

  /** How far the processing reaches geographically, from the narrowest to the widest. */
  public enum GeographicExtent {
    /** One site, one practice, one building. */
    SINGLE_SITE,
    /** A neighbourhood or a few sites. */
    LOCAL,
    /** A whole city or municipality. */
    CITY,
    /** A region or several cities. */
    REGIONAL,
    /** A whole country. */
    NATIONAL,
    /** Several countries. */
    INTERNATIONAL
  }

  /** The number of data subjects, if known. */
  public abstract OptionalLong dataSubjects();

  /** Their share of the relevant population, from 0 to 1, if known. */
  public abstract OptionalDouble shareOfPopulation();

  /** The volume or range of data, if known. */
  public abstract Optional<Volume> volume();

  /** The duration or permanence, if known. */
  public abstract Optional<Permanence> permanence();

  /** The geographical extent, if known. */
  public abstract Optional<GeographicExtent> geographicExtent();

  @Value.Check
  void check() {
    Checks.verify(
        "scale",
        Checks.require(
            dataSubjects().orElse(0) >= 0,
            () -> "the number of data subjects is negative (" + dataSubjects().getAsLong() + ")"),
        Checks.require(
            shareOfPopulation().orElse(0) >= 0 && shareOfPopulation().orElse(0) <= 1,
            () -> "the share of the population must be between 0 and 1, was " + shareOfPopulation().getAsDouble()),
        Checks.require(
            !(dataSubjects().orElse(-1) == 0 && shareOfPopulation().orElse(0) > 0),
            () -> "the data of 0 people is said to be processed, yet a share of " + shareOfPopulation().getAsDouble() + " of the population"),
        Checks.require(
            !(dataSubjects().orElse(-1) == 0 && geographicExtent().isPresent()),
            () -> "the data of 0 people is said to be processed, yet over a "
                + geographicExtent().map(g -> g.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("") + " extent"));
  }
}
