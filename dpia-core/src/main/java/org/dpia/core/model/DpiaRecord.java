package org.dpia.core.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.dpia.core.logic.Truth;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A DPIA that was actually carried out: when it was completed (to the day, or only its month or
 * year), what it covered (the purposes, technologies and data categories it assessed, or the
 * versions it names), what it contains, whether the DPO's advice was sought, the residual risk it
 * found and whether the supervisory authority was consulted, when it was due for review and when
 * it was reviewed. What is not stated is unknown, and an audit never reads it as done.
 *
 * <pre>{@code
 * DpiaRecord cctv2021 = DpiaRecord.builder()
 *     .title("AIPD vidéoprotection")
 *     .completedIn(Year.of(2021))
 *     .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE)
 *     .contains(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES)
 *     .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY)
 *     .dpoAdvice(DpoAdvice.SOUGHT)
 *     .residualRisk(ResidualRisk.NOT_HIGH)
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

    /** Completed in that month, the day not known: {@link #countedFrom()} is the month's last day. */
    public Builder completedIn(YearMonth month) {
      completedOn(month.atDay(1));
      completionPrecision(DatePrecision.MONTH);
      return this;
    }

    /** Completed in that year, the month not known: {@link #countedFrom()} is the year's last day. */
    public Builder completedIn(Year year) {
      completedOn(year.atDay(1));
      completionPrecision(DatePrecision.YEAR);
      return this;
    }

    /** The DPIA contains these parts. */
    public Builder contains(DpiaElement... elements) {
      return addContents(elements);
    }

    /** The DPIA lacks these parts. */
    public Builder lacks(DpiaElement... elements) {
      return addLacking(elements);
    }

    /** Whether the supervisory authority was consulted before the processing began. */
    public Builder authorityConsulted(boolean consulted) {
      return authorityConsulted(Truth.of(consulted));
    }
  }

  /** Its title. */
  public abstract String title();

  /**
   * The day it was completed; with a {@link #completionPrecision()} of a month or a year, the first
   * day of that month or year (as {@link Builder#completedIn(YearMonth)} and
   * {@link Builder#completedIn(Year)} set it).
   */
  public abstract LocalDate completedOn();

  /** How precisely the completion date is known: to the day unless stated. */
  @Value.Default
  public DatePrecision completionPrecision() {
    return DatePrecision.DAY;
  }

  /** The days on which it may have been completed: one day, or a whole month or year. */
  public DateRange completion() {
    return completionPrecision().range(completedOn());
  }

  /**
   * The day from which an audit counts it as carried out: the last day it may have been completed.
   * A date known only by its month or year is read in the controller's disfavour, who could have
   * recorded the day.
   */
  public LocalDate countedFrom() {
    return completion().to();
  }

  /** The parts of a DPIA it is stated to contain. */
  public abstract Set<DpiaElement> contents();

  /** The parts of a DPIA it is stated to lack. */
  public abstract Set<DpiaElement> lacking();

  /** Whether it contains the part: true or false as stated, unknown if not stated. */
  public Truth contains(DpiaElement element) {
    if (contents().contains(element)) {
      return Truth.TRUE;
    }
    return lacking().contains(element) ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Whether the data protection officer's advice was sought: unknown unless stated. */
  @Value.Default
  public DpoAdvice dpoAdvice() {
    return DpoAdvice.UNKNOWN;
  }

  /** The residual risk it found, had the controller taken no measure to mitigate it: unknown unless stated. */
  @Value.Default
  public ResidualRisk residualRisk() {
    return ResidualRisk.UNKNOWN;
  }

  /** Whether the supervisory authority was consulted on it before the processing began: unknown unless stated. */
  @Value.Default
  public Truth authorityConsulted() {
    return Truth.UNKNOWN;
  }

  /** The days on which it was reviewed after its completion. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> reviewedOn();

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
            () -> "the DPIA's review date (" + reviewDueOn().get() + ") is before its completion (" + completedOn() + ")"),
        Checks.require(reviewedOn().isEmpty() || !reviewedOn().first().isBefore(completedOn()),
            () -> "the DPIA was reviewed (" + reviewedOn().first() + ") before its completion (" + completedOn() + ")"),
        Checks.require(contents().stream().noneMatch(lacking()::contains),
            () -> "the DPIA is said both to contain and to lack " + contents().stream().filter(lacking()::contains).toList()));
  }
}
