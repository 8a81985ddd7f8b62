package org.dpia.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A DPIA that was actually carried out: when it was completed, what it covered (the purposes,
 * technologies and data categories it assessed), and when it was due for review.
 *
 * <pre>{@code
 * DpiaRecord cctv2021 = DpiaRecord.builder()
 *     .title("AIPD vidéoprotection")
 *     .completedOn(LocalDate.of(2021, 6, 1))
 *     .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DpiaRecord {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaRecord}. */
  public static class Builder extends ImmutableDpiaRecord.Builder {}

  /** Its title. */
  public abstract String title();

  /** The day it was completed. */
  public abstract LocalDate completedOn();

  /** The purposes it assessed. */
  public abstract Set<Purpose> purposes();

  /** The technologies it assessed. */
  public abstract Set<Technology> technologies();

  /** The data categories it assessed. */
  public abstract Set<DataCategory> dataCategories();

  /** The day by which it was to be reviewed, if one was set. */
  public abstract Optional<LocalDate> reviewDueOn();

  @Value.Check
  void check() {
    Checks.verify(
        "DPIA record '" + title() + "'",
        Checks.require(!title().isBlank(), () -> "the DPIA's title is blank"),
        Checks.require(
            reviewDueOn().map(r -> !r.isBefore(completedOn())).orElse(true),
            () -> "the DPIA's review date (" + reviewDueOn().get() + ") is before its completion (" + completedOn() + ")"));
  }
}
