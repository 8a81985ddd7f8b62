package org.dpia.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchRulebook;

/** What the benchmarks decide and audit, and the check that the floor agrees with the rulebook. */
final class Fixtures {
  private Fixtures() {}

  /** The day up to which the ten-year history is audited. */
  static final LocalDate TEN_YEARS_AS_OF = LocalDate.of(2025, 12, 31);

  /** A gallery case by id; throws if the gallery has no such case. */
  static Case galleryCase(String id) {
    return Gallery.find(id).orElseThrow(() -> new IllegalStateException(
        "the gallery has no case '" + id + "'; it has " + Gallery.all().stream().map(Case::id).toList()));
  }

  /**
   * Ten years of a town's video protection, 2015 to 2025, with five versions (mixed regimes:
   * police-justice for the criminal purposes, the GDPR for traffic management and event security),
   * the law changes of 2017–2025 (WP248, the GDPR, the 2018 transposition, both CNIL lists, the end
   * of the CNIL's tolerance, the Olympic experiment), and two DPIAs: one in 2019 with a review date,
   * one in 2023 for the experiment.
   */
  static ProcessingHistory tenYears() {
    ProcessingOperation cctv = ProcessingOperation.builder()
        .name("Town video protection (CCTV)")
        .controller(Controller.of("Ville de Exemple (police municipale)", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .build();
    ProcessingOperation traffic = ProcessingOperation.builder().from(cctv)
        .name("Town video protection with traffic management")
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
            StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION)
        .build();
    ProcessingOperation drones = ProcessingOperation.builder().from(traffic)
        .name("Town video protection with traffic management and drones")
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION, StandardTechnology.DRONES)
        .build();
    ProcessingOperation experiment = ProcessingOperation.builder().from(drones)
        .name("Town video protection in the Olympic algorithmic video experiment")
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
            StandardPurpose.TRAFFIC_MANAGEMENT, StandardPurpose.EVENT_SECURITY)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION, StandardTechnology.DRONES,
            StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .legalFrameworks(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT)
        .build();
    DpiaRecord dpia2019 = DpiaRecord.builder()
        .title("AIPD vidéoprotection et circulation (2019)")
        .completedOn(LocalDate.of(2019, 3, 15))
        .reviewDueOn(LocalDate.of(2022, 3, 15))
        .addVersions("CCTV + traffic")
        .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
            StandardPurpose.TRAFFIC_MANAGEMENT)
        .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION)
        .addDataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .build();
    DpiaRecord dpia2023 = DpiaRecord.builder()
        .title("AIPD expérimentation vidéo algorithmique (2023)")
        .completedOn(LocalDate.of(2023, 10, 2))
        .addVersions("Olympic experiment", "CCTV + traffic + drones")
        .build();
    return ProcessingHistory.builder()
        .name("Town video protection, 2015–2025")
        .addVersions(Version.of("CCTV", LocalDate.of(2015, 3, 1), cctv))
        .addVersions(Version.of("CCTV + traffic", LocalDate.of(2018, 9, 1), traffic))
        .addVersions(Version.of("CCTV + traffic + drones", LocalDate.of(2021, 3, 1), drones))
        .addVersions(Version.of("Olympic experiment", LocalDate.of(2023, 9, 15), experiment))
        .addVersions(Version.of("CCTV + traffic + drones", LocalDate.of(2025, 4, 1), drones))
        .addDpias(dpia2019, dpia2023)
        .build();
  }

  /**
   * A processing described with few facts, so that the decision is undetermined and the rulebook
   * ranks the missing facts (extra decisions): a company's employee monitoring tool.
   */
  /** Nothing known but a name: the controller's kind and every fact unknown. */
  static ProcessingOperation allUnknown() {
    return ProcessingOperation.builder()
        .name("A processing nothing is known of")
        .controller(Controller.builder().name("Un responsable").build())
        .build();
  }

  static ProcessingOperation undetermined() {
    return ProcessingOperation.builder()
        .name("Employee activity monitoring tool (few facts known)")
        .controller(Controller.of("Une société", StandardControllerKind.COMPANY))
        .purposes(FactSet.atLeast(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING))
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .build();
  }

  /** Reads every part of a decision's explanation, as a report does. */
  static void readExplanation(org.dpia.core.decision.Decision d, org.openjdk.jmh.infra.Blackhole bh) {
    bh.consume(d.regimes());
    bh.consume(d.grounds());
    bh.consume(d.criteria());
    bh.consume(d.presumptions());
    bh.consume(d.advice());
    bh.consume(d.conflicts());
    bh.consume(d.trace());
    bh.consume(d.missingFacts());
  }

  /** How many decisions an audit takes: one per piece between cuts (as {@code Auditor} cuts). */
  static int pieces(Rulebook rulebook, ProcessingHistory history, LocalDate asOf) {
    LocalDate end = history.end().filter(e -> e.isBefore(asOf)).orElse(asOf);
    TreeSet<LocalDate> cuts = new TreeSet<>(rulebook.lawChangeDates());
    history.versions().forEach(v -> cuts.add(v.from()));
    for (DpiaRecord d : history.dpias()) {
      cuts.add(d.countedFrom());
      cuts.addAll(d.reviewedOn());
      d.reviewDueOn().ifPresent(r -> cuts.add(r.plusDays(1)));
    }
    return 1 + cuts.subSet(history.start(), false, end, true).size();
  }

  /**
   * Throws if the hand-coded floor and the rulebook disagree: on every gallery case (its operation
   * on its date, and every version of its history on every day the audit cuts at), on every real
   * ruling of the public gallery, on the ten-year history the same way, and on the undetermined
   * operation.
   */
  static void checkFloorAgreesWithRulebook() {
    FrenchRulebook france = FrenchRulebook.create();
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (Case c : Gallery.all()) {
      checked += compare(france, c.id(), c.operation(), c.date(), differences);
      if (c.history().isPresent()) {
        checked += compareHistory(france, c.id(), c.history().get(), differences);
      }
    }
    for (org.dpia.examples.rulings.Ruling r : org.dpia.examples.rulings.Rulings.all()) {
      checked += compare(france, r.id(), r.operation(), r.date(), differences);
    }
    checked += compareHistory(france, "ten-years", tenYears(), differences);
    checked += compare(france, "undetermined", undetermined(), LocalDate.of(2024, 6, 1), differences);
    checked += compare(france, "all-unknown", allUnknown(), LocalDate.of(2024, 6, 1), differences);
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the hand-coded floor disagrees with the rulebook:\n  " + String.join("\n  ", differences));
    }
    if (checked == 0) {
      throw new IllegalStateException("nothing checked: the gallery is empty");
    }
  }

  private static int compareHistory(FrenchRulebook france, String id, ProcessingHistory history, List<String> differences) {
    TreeSet<LocalDate> days = new TreeSet<>(france.lawChangeDates());
    days.add(history.start());
    history.versions().forEach(v -> days.add(v.from()));
    int checked = 0;
    for (Version v : history.versions()) {
      for (LocalDate day : days) {
        for (LocalDate d : List.of(day.minusDays(1), day)) {
          checked += compare(france, id + " [" + v.label() + "]", v.facts(), d, differences);
        }
      }
    }
    return checked;
  }

  private static int compare(FrenchRulebook france, String id, ProcessingOperation op, LocalDate date, List<String> differences) {
    Decision decision = france.decide(op, date);
    List<String> ids = new ArrayList<>();
    Outcome floor = HandCodedFrance.decide(op, date, ids);
    if (decision.outcome() != floor || !decision.decisiveRuleIds().equals(ids)) {
      differences.add(id + " on " + date + ": rulebook " + decision.outcome() + " " + decision.decisiveRuleIds() + ", floor " + floor
          + " " + ids);
    }
    if (HandCodedFrance.outcome(op, date) != floor) {
      differences.add(id + " on " + date + ": the floor gives " + floor + " with its ids, " + HandCodedFrance.outcome(op, date)
          + " without");
    }
    return 1;
  }
}
