package org.dpia.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dpia.core.logic.Truth;
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
public abstract class DpiaRecord implements WithDpiaRecord {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  DpiaRecord() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaRecord}. */
  public static class Builder extends ImmutableDpiaRecord.Builder {
    /** An empty builder, the same as {@link DpiaRecord#builder()}. */
    public Builder() {}

    /**
     * The DPIA record, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public DpiaRecord build() {
      return Checks.built("DPIA record", super::build);
    }
  }

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

  /** The labels of the {@link Version versions} it covered, if it names them. */
  public abstract Set<String> versions();

  /** The day by which it was to be reviewed, if one was set. */
  public abstract Optional<LocalDate> reviewDueOn();

  /**
   * Whether this DPIA covers a version of the processing: true if it names the version; otherwise
   * judged on what it assessed — false as soon as the version has a purpose, technology or data
   * category of a kind the DPIA assessed none of; true if the DPIA assessed every one the version
   * has and the version's lists are complete; unknown if the DPIA says nothing of its scope.
   */
  public Truth covers(Version version) {
    if (versions().contains(version.label())) {
      return Truth.TRUE;
    }
    ProcessingOperation facts = version.facts();
    boolean scoped = !purposes().isEmpty() || !technologies().isEmpty() || !dataCategories().isEmpty();
    if (!scoped) {
      return versions().isEmpty() ? Truth.UNKNOWN : Truth.FALSE;
    }
    Truth covered = within(facts.purposes(), purposes())
        .and(within(facts.technologies(), technologies()))
        .and(within(facts.dataCategories(), dataCategories()));
    return covered;
  }

  private static <T> Truth within(FactSet<T> actual, Set<T> assessed) {
    if (assessed.isEmpty()) {
      // the DPIA did not list this dimension: it neither covers nor excludes it explicitly
      return actual.isNone() ? Truth.TRUE : Truth.UNKNOWN;
    }
    return actual.allMatch(assessed::contains);
  }

  @Value.Check
  void check() {
    Checks.verify(
        "DPIA record '" + title() + "'",
        Checks.require(!Checks.blank(title()), () -> "the DPIA's title is blank"),
        Checks.require(
            reviewDueOn().map(r -> !r.isBefore(completedOn())).orElse(true),
            () -> "the DPIA's review date (" + reviewDueOn().get() + ") is before its completion (" + completedOn() + ")"));
  }
}
