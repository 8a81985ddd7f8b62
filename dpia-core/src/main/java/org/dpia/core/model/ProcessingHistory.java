package org.dpia.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A processing over time: its successive {@link Version versions}, the day it stopped (if it did),
 * and the DPIAs actually carried out for it. This is what an audit reads.
 *
 * <pre>{@code
 * ProcessingHistory lille = ProcessingHistory.builder()
 *     .name("Lille municipal video protection")
 *     .addVersions(Version.of("CCTV", LocalDate.of(2015, 1, 1), cctv))
 *     .addVersions(Version.of("CCTV + BriefCam", LocalDate.of(2022, 11, 1), briefcam))
 *     .addVersions(Version.of("CCTV", LocalDate.of(2025, 2, 1), cctv))
 *     .addDpias(dpia2021)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProcessingHistory implements WithProcessingHistory {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  ProcessingHistory() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessingHistory}. */
  public static class Builder extends ImmutableProcessingHistory.Builder {
    /** An empty builder, the same as {@link ProcessingHistory#builder()}. */
    public Builder() {}

    /**
     * The processing history, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public ProcessingHistory build() {
      return Checks.built("processing history", super::build);
    }
  }

  /**
   * The history of an operation that did not change: one version from the start of its period to
   * its end, with its DPIAs.
   *
   * @throws InvalidDescriptionException if the operation's period has no known start
   */
  public static ProcessingHistory of(ProcessingOperation operation) {
    LocalDate start = operation.period().start().orElseThrow(() -> new InvalidDescriptionException(
        "processing operation '" + operation.name() + "'",
        List.of("an audit needs the day the processing started: give its period")));
    return builder()
        .name(operation.name())
        .addVersions(Version.of(operation.name(), start, operation))
        .end(operation.period().end())
        .dpias(operation.dpias())
        .build();
  }

  /** The processing's name. */
  public abstract String name();

  /** Its versions, in the order of their first days. */
  public abstract List<Version> versions();

  /** The last day of the processing, empty if it still runs. */
  public abstract Optional<LocalDate> end();

  /** The DPIAs carried out for it. */
  public abstract List<DpiaRecord> dpias();

  /** The first day of the processing. */
  public LocalDate start() {
    return versions().get(0).from();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (Checks.blank(name())) {
      problems.add("the history's name is blank");
    }
    if (versions().isEmpty()) {
      problems.add("a history needs at least one version");
    }
    Map<String, Version> byLabel = new HashMap<>();
    for (int i = 0; i < versions().size(); i++) {
      Version v = versions().get(i);
      if (i > 0 && !v.from().isAfter(versions().get(i - 1).from())) {
        problems.add("version '" + v.label() + "' starts (" + v.from() + ") on or before the previous one ("
            + versions().get(i - 1).from() + "): versions must be in date order");
      }
      // a label may come back (a feature removed again), but then it must mean the same facts
      Version first = byLabel.putIfAbsent(v.label(), v);
      if (first != null && !first.facts().equals(v.facts())) {
        problems.add("label '" + v.label() + "' is used for two versions with different facts");
      }
    }
    if (!versions().isEmpty() && end().isPresent() && end().get().isBefore(versions().get(versions().size() - 1).from())) {
      problems.add("the processing ends (" + end().get() + ") before its last version starts ("
          + versions().get(versions().size() - 1).from() + ")");
    }
    if (!problems.isEmpty()) {
      throw new InvalidDescriptionException("processing history '" + name() + "'", problems);
    }
  }
}
