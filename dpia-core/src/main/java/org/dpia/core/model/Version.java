package org.dpia.core.model;

import java.time.LocalDate;
import org.dpia.core.logic.Truth;
import org.immutables.value.Value;

/**
 * One state of a processing over time: from its first day, the operation's facts as they were
 * (for example "CCTV only" from 2015, then "CCTV with video analytics" from 1 November 2022).
 */
@Value.Immutable
@SuppressWarnings("immutables:from")   // "from" is the first day of the version; the builder has no from(Version), and needs none
public abstract class Version implements WithVersion {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Version() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Version}. */
  public static class Builder extends ImmutableVersion.Builder {
    /** An empty builder, the same as {@link Version#builder()}. */
    public Builder() {}

    /**
     * The version, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public Version build() {
      return Checks.built("version", super::build);
    }
  }

  /** A version with a label, its first day and its facts. */
  public static Version of(String label, LocalDate from, ProcessingOperation facts) {
    return builder().label(label).from(from).facts(facts).build();
  }

  /** A short label that DPIA records can name, such as "v2: with BriefCam". */
  public abstract String label();

  /** The first day of this version. */
  public abstract LocalDate from();

  /** The facts of the processing during this version. */
  public abstract ProcessingOperation facts();

  /**
   * Whether the change that began this version altered the risk the processing represents (the
   * change after which a DPIA is to be reviewed, GDPR art. 35(11)): unknown unless stated. An
   * audit also finds it true when this version meets a risk criterion or a ground of the duty that
   * the previous version did not.
   */
  @Value.Default
  public Truth altersRisk() {
    return Truth.UNKNOWN;
  }

  @Value.Check
  void check() {
    Checks.verify("version '" + label() + "'", Checks.require(!Checks.blank(label()), () -> "the version's label is blank"));
  }
}
