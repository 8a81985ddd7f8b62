package org.dpia.rules.fr.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchPurpose;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * Generated descriptions of processing whose facts may be unknown, and their completions: the
 * same processing with every unknown filled in, in any way a real processing could fill it in.
 * Small pools of vocabulary are used, chosen so that every regime, both CNIL lists, art. 35(3),
 * the transitional tolerance and the special law can be reached.
 */
final class OperationsWithUnknowns {
  private OperationsWithUnknowns() {}

  static final FrenchRulebook FRANCE = FrenchRulebook.create();

  static final List<ControllerKind> KINDS = List.of(StandardControllerKind.values());

  static final List<Purpose> PURPOSES = List.of(
      StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT,
      StandardPurpose.MARKETING,
      StandardPurpose.HUMAN_RESOURCES_MANAGEMENT,
      StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT,
      StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT,
      StandardPurpose.PATIENT_CARE,
      StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING,
      StandardPurpose.PHYSICAL_ACCESS_CONTROL,
      StandardPurpose.EVENT_SECURITY,
      StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
      StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE,
      FrenchPurpose.SOCIAL_HOUSING,
      org.dpia.core.model.CustomPurpose.ofUnknownFamily("GENERATED_UNKNOWN_PURPOSE", org.dpia.core.text.Text.of("a purpose of unknown family")),
      org.dpia.core.model.CustomPurpose.of("GENERATED_TELEWORK_TRACKING", org.dpia.core.text.Text.of("tracking of teleworkers"),
          org.dpia.core.model.PurposeFamily.EMPLOYEE_MONITORING));

  static final List<DataCategory> DATA = List.of(
      DataCategory.IDENTIFICATION,
      DataCategory.CONTACT_DETAILS,
      DataCategory.IMAGES,
      DataCategory.HEALTH,
      DataCategory.BIOMETRIC,
      DataCategory.GENETIC,
      DataCategory.CRIMINAL_OFFENCES,
      DataCategory.LOCATION,
      DataCategory.FINANCIAL);

  static final List<DataSubjectCategory> SUBJECTS = List.of(
      DataSubjectCategory.GENERAL_PUBLIC,
      DataSubjectCategory.CUSTOMERS,
      DataSubjectCategory.MEMBERS_OR_DONORS,
      DataSubjectCategory.EMPLOYEES,
      DataSubjectCategory.CHILDREN,
      DataSubjectCategory.PATIENTS);

  static final List<Technology> TECHNOLOGIES = List.of(
      StandardTechnology.STANDARD_BUSINESS_SOFTWARE,
      StandardTechnology.VIDEO_SURVEILLANCE,
      StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS,
      StandardTechnology.FACIAL_RECOGNITION,
      StandardTechnology.BIOMETRIC_RECOGNITION,
      StandardTechnology.ARTIFICIAL_INTELLIGENCE,
      StandardTechnology.BADGE_ACCESS_CONTROL,
      StandardTechnology.DRONES,
      StandardTechnology.LICENCE_PLATE_RECOGNITION,
      StandardTechnology.LOCATION_TRACKING,
      StandardTechnology.EMPLOYEE_MONITORING_SOFTWARE,
      org.dpia.core.model.CustomTechnology.builder().id("GENERATED_UNKNOWN_TECHNOLOGY").text(org.dpia.core.text.Text.of("a technology of unknown properties"))
          .observesPeople(Truth.UNKNOWN).identifiesBiometrically(Truth.UNKNOWN).locatesPeople(Truth.UNKNOWN).innovative(Truth.UNKNOWN).build());

  static final List<Place> PLACES = List.of(
      StandardPlace.PUBLICLY_ACCESSIBLE_AREA, StandardPlace.WORKPLACE, StandardPlace.ONLINE, StandardPlace.HEALTH_ESTABLISHMENT);

  static final List<LegalFramework> FRAMEWORKS = List.of(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT);

  /** The day the GDPR applies: periods start on either side of it. */
  static final LocalDate GDPR_DAY = LocalDate.of(2018, 5, 25);

  // ---- building blocks ---------------------------------------------------------------------------

  /** Yes, no or unknown; unknown less often, so that a decision has a moderate number of unknowns. */
  static Arbitrary<Truth> truths() {
    return Arbitraries.frequency(Tuple.of(3, Truth.TRUE), Tuple.of(4, Truth.FALSE), Tuple.of(2, Truth.UNKNOWN));
  }

  /** Mostly yes: for a fact without which nothing is required (personal data is processed). */
  static Arbitrary<Truth> mostlyTrue() {
    return Arbitraries.frequency(Tuple.of(6, Truth.TRUE), Tuple.of(1, Truth.FALSE), Tuple.of(2, Truth.UNKNOWN));
  }

  /** Mostly no: for an exception that dispenses with everything below it (art. 35(10), household). */
  static Arbitrary<Truth> mostlyFalse() {
    return Arbitraries.frequency(Tuple.of(1, Truth.TRUE), Tuple.of(6, Truth.FALSE), Tuple.of(2, Truth.UNKNOWN));
  }

  static Arbitrary<Boolean> booleans() {
    return Arbitraries.of(true, false);
  }

  /** Unknown, none (if allowed), exactly some items, or at least some items, from a small pool. */
  static <T> Arbitrary<FactSet<T>> factSets(List<T> pool, boolean noneAllowed) {
    Arbitrary<Set<T>> items = Arbitraries.subsetOf(pool).ofMinSize(1).ofMaxSize(3).map(OperationsWithUnknowns::inPoolOrder);
    List<Tuple2<Integer, Arbitrary<FactSet<T>>>> choices = new ArrayList<>();
    choices.add(Tuple.of(2, Arbitraries.just(FactSet.<T>unknown())));
    if (noneAllowed) {
      choices.add(Tuple.of(2, Arbitraries.just(FactSet.<T>none())));
    }
    choices.add(Tuple.of(6, items.map(FactSet::exactly)));
    choices.add(Tuple.of(3, items.map(FactSet::atLeast)));
    // none of some items, the rest unknown
    choices.add(Tuple.of(1, items.map(xs -> FactSet.<T>unknown().without(unchecked(xs)))));
    return Arbitraries.frequencyOf(choices);
  }

  @SuppressWarnings("unchecked")
  private static <T> T[] unchecked(Set<T> items) {
    return (T[]) items.toArray();
  }

  /** Sorts a generated subset in a stable order, so that equal generations give equal fact sets. */
  private static <T> Set<T> inPoolOrder(Set<T> items) {
    return items.stream()
        .sorted(Comparator.comparing(Object::toString))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    Arbitrary<LocalDate> any = Arbitraries.longs()
        .between(from.toEpochDay(), to.toEpochDay())
        .withDistribution(RandomDistribution.uniform())
        .map(LocalDate::ofEpochDay);
    List<LocalDate> edges = new ArrayList<>();
    for (LocalDate change : FRANCE.lawChangeDates()) {
      for (LocalDate d : List.of(change.minusDays(1), change)) {
        if (!d.isBefore(from) && !d.isAfter(to)) {
          edges.add(d);
        }
      }
    }
    return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, Arbitraries.of(edges)));
  }

  /**
   * The date of a decision, from 2016 to 2026, mostly once the GDPR applies, often on a day the law
   * changes or the day before.
   */
  static Arbitrary<LocalDate> decisionDates() {
    // no edge cases: the bounds of the range are not special, the days the law changes are
    return Arbitraries.frequencyOf(
            Tuple.of(1, dates(LocalDate.of(2016, 1, 1), GDPR_DAY.minusDays(1))),
            Tuple.of(4, dates(GDPR_DAY, LocalDate.of(2026, 12, 31))))
        .withoutEdgeCases();
  }

  /** A date on which the GDPR applies, up to 2026. */
  static Arbitrary<LocalDate> datesUnderGdpr() {
    return dates(GDPR_DAY, LocalDate.of(2026, 12, 31)).withoutEdgeCases();
  }

  static Arbitrary<ProcessingPeriod> periods() {
    Arbitrary<LocalDate> starts = Arbitraries.frequencyOf(
        Tuple.of(3, dates(LocalDate.of(2014, 1, 1), GDPR_DAY.minusDays(1))),
        Tuple.of(3, dates(GDPR_DAY, LocalDate.of(2026, 6, 30))));
    Arbitrary<ProcessingPeriod> since = starts.map(ProcessingPeriod::since);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 3000).withDistribution(RandomDistribution.uniform());
    Arbitrary<ProcessingPeriod> closed = Combinators.combine(starts, length).as((s, days) -> ProcessingPeriod.of(s, s.plusDays(days)));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(ProcessingPeriod.unknown())), Tuple.of(3, since), Tuple.of(1, closed));
  }

  static Arbitrary<Scale> scales() {
    return Builders.withBuilder(Scale::builder)
        .use(Arbitraries.of(Scale.Permanence.class)).withProbability(0.6).in((b, p) -> b.permanence(p))
        .use(Arbitraries.of(Scale.GeographicExtent.class)).withProbability(0.6).in((b, g) -> b.geographicExtent(g))
        .use(Arbitraries.of(Scale.Volume.class)).withProbability(0.3).in((b, v) -> b.volume(v))
        .use(headcounts()).withProbability(0.3).in((b, n) -> b.dataSubjects(n))
        .build(Scale.Builder::build);
  }

  /** Numbers of people, often on either side of the published large-scale thresholds (10,000 and 50,000). */
  static Arbitrary<Long> headcounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(22L, 2_000L, 10_000L, 10_001L, 49_999L, 50_000L, 2_800_000L)),
        Tuple.of(1, Arbitraries.longs().between(1, 10_000_000)));
  }

  static Arbitrary<Optional<Integer>> staff() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())),
        Tuple.of(2, Arbitraries.of(0, 12, 249, 250, 5000).map(Optional::of)));
  }

  static Controller controller(Optional<ControllerKind> kind, Optional<Integer> staff) {
    Controller.Builder b = Controller.builder().name("generated controller");
    kind.ifPresent(b::kind);
    staff.ifPresent(b::staff);
    return b.build();
  }

  /** A controller of a known kind or of unknown kind (one in four), with or without a staff count. */
  static Arbitrary<Controller> controllers() {
    Arbitrary<Optional<ControllerKind>> kinds = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<ControllerKind>empty())),
        Tuple.of(3, Arbitraries.of(KINDS).map(Optional::of)));
    return Combinators.combine(kinds, staff()).as(OperationsWithUnknowns::controller);
  }

  static Arbitrary<Map<RiskCriterion, Boolean>> assertedCriteria() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Map.<RiskCriterion, Boolean>of())),
        Tuple.of(1, Arbitraries.maps(Arbitraries.of(RiskCriterion.class), booleans()).ofMinSize(1).ofMaxSize(2)));
  }

  private static Truth naturalPerson(Controller c) {
    return c.kind().map(ControllerKind::naturalPerson).orElse(Truth.UNKNOWN);
  }

  // ---- operations --------------------------------------------------------------------------------

  /**
   * Valid operations with unknown facts: the controller, whether personal data is processed and
   * its categories, household activity, the prior formality and its modification are drawn
   * together so that the description is consistent; every other fact independently.
   */
  static Arbitrary<ProcessingOperation> operations() {
    return operations(controllers(), factSets(PURPOSES, false), mostlyTrue(), truths(), assertedCriteria());
  }

  /**
   * Operations of these controllers and purposes; {@code risks} draws the yes/no facts that are
   * risks (profiling, automated decisions, monitoring, combining datasets, external sources,
   * exclusion from a right or service).
   */
  static Arbitrary<ProcessingOperation> operations(
      Arbitrary<Controller> controllers,
      Arbitrary<FactSet<Purpose>> purposes,
      Arbitrary<Truth> personalData,
      Arbitrary<Truth> risks,
      Arbitrary<Map<RiskCriterion, Boolean>> assertedCriteria) {
    Arbitrary<Tuple2<Controller, Truth>> controllerAndHousehold = Combinators.combine(controllers, mostlyFalse())
        .as(Tuple::of)
        .filter(t -> !(t.get2() == Truth.TRUE && naturalPerson(t.get1()) == Truth.FALSE));
    Arbitrary<Tuple2<Truth, FactSet<DataCategory>>> personalDataAndCategories =
        Combinators.combine(personalData, factSets(DATA, true))
            .as(Tuple::of)
            .filter(t -> !(t.get1() == Truth.FALSE && !t.get2().known().isEmpty()));
    Arbitrary<Tuple3<Truth, Truth, Truth>> formalityDispensationAndModification = Combinators.combine(truths(), truths(), truths())
        .as(Tuple::of)
        .filter(t -> !(t.get1() == Truth.TRUE && t.get2() == Truth.TRUE))
        .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.FALSE && t.get3() == Truth.TRUE));
    // no personal data goes with nothing done to people (profiling, automated decisions, monitoring) and no count of them
    return personalDataAndCategories.flatMap(pdc -> {
      boolean noPersonalData = pdc.get1() == Truth.FALSE;
      Arbitrary<Truth> peopleRisks = noPersonalData ? risks.map(t -> t == Truth.TRUE ? Truth.FALSE : t) : risks;
      Arbitrary<Scale> scales = noPersonalData ? scales().map(OperationsWithUnknowns::withoutHeadcount) : scales();
      Arbitrary<Truth> peopleTruths = noPersonalData ? truths().map(t -> t == Truth.TRUE ? Truth.FALSE : t) : truths();
      Arbitrary<Tuple2<Truth, Truth>> profilingAndExtensiveEvaluation = Combinators.combine(peopleRisks, peopleTruths)
          .as(Tuple::of)
          .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE));
      Supplier<ProcessingOperation.Builder> start = () -> ProcessingOperation.builder().name("generated operation")
          .personalData(pdc.get1()).dataCategories(pdc.get2());
      return Builders.withBuilder(start)
        .use(controllerAndHousehold).in((b, t) -> b.controller(t.get1()).householdActivity(t.get2()))
        .use(formalityDispensationAndModification)
        .in((b, t) -> b.priorFormality(t.get1()).dispensedFromFormality(t.get2()).substantiallyModified(t.get3()))
        .use(purposes).in((b, p) -> b.purposes(p))
        .use(controllers()).withProbability(0.15).in((b, c) -> b.addJointControllers(c))
        .use(factSets(SUBJECTS, true)).in((b, s) -> b.dataSubjects(s))
        .use(factSets(TECHNOLOGIES, true)).in((b, t) -> b.technologies(t))
        .use(factSets(PLACES, true)).in((b, p) -> b.places(p))
        .use(factSets(FRAMEWORKS, true)).in((b, f) -> b.legalFrameworks(f))
        .use(profilingAndExtensiveEvaluation).in((b, t) -> b.profiling(t.get1()).extensiveEvaluation(t.get2()))
        .use(Combinators.combine(peopleRisks, peopleRisks).as(Tuple::of).filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE)))
        .in((b, t) -> b.automatedDecisions(t.get1()).decisionsOnEvaluation(t.get2()))
        .use(truths()).in((b, t) -> b.continuous(t))
        .use(peopleRisks).in((b, t) -> b.systematicMonitoring(t))
        .use(risks).in((b, t) -> b.combinesDatasets(t))
        .use(risks).in((b, t) -> b.externalSources(t))
        .use(risks).in((b, t) -> b.mayExcludeFromRightServiceOrContract(t))
        .use(mostlyFalse()).in((b, t) -> b.legalBasisAssessed(t))
        .use(scales).in((b, s) -> b.scale(s))
        .use(periods()).in((b, p) -> b.period(p))
        .use(assertedCriteria).in((b, m) -> b.assertedCriteria(m))
        .build(ProcessingOperation.Builder::build);
    });
  }

  private static Scale withoutHeadcount(Scale s) {
    return Scale.builder().from(s).dataSubjects(java.util.OptionalLong.empty()).build();
  }

  /**
   * A processing known to fall under the GDPR alone, a company's customer file or marketing, with
   * fewer unknowns and fewer risks than {@link #operations()}, and large scale often asserted not
   * met (nothing else settles it): so that it is often below the two-criteria threshold or just
   * at it, where one more risk matters.
   */
  static Arbitrary<ProcessingOperation> gdprOperations() {
    Arbitrary<Controller> companies = staff().map(s -> controller(Optional.of(StandardControllerKind.COMPANY), s));
    Arbitrary<FactSet<Purpose>> purposes = Arbitraries.of(
        FactSet.<Purpose>of(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT),
        FactSet.<Purpose>of(StandardPurpose.MARKETING),
        FactSet.<Purpose>of(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT, StandardPurpose.MARKETING));
    Arbitrary<Truth> personalData = Arbitraries.frequency(Tuple.of(3, Truth.TRUE), Tuple.of(1, Truth.UNKNOWN));
    Arbitrary<Truth> fewRisks = Arbitraries.frequency(Tuple.of(1, Truth.TRUE), Tuple.of(6, Truth.FALSE), Tuple.of(1, Truth.UNKNOWN));
    Arbitrary<Map<RiskCriterion, Boolean>> notLargeScale = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Map.of(RiskCriterion.LARGE_SCALE, false))),
        Tuple.of(1, assertedCriteria()));
    return operations(companies, purposes, personalData, fewRisks, notLargeScale);
  }

  /**
   * A processing that fits, or nearly fits, an item of the CNIL exempt list (staff management of a
   * small employer, suppliers, a non-profit body's members, an individual physician's patients,
   * school services of a local authority, access control and working time), with few risks and
   * few unknowns: a base from which one more risk may take it out of the item.
   */
  static Arbitrary<ProcessingOperation> exemptCandidates() {
    List<Supplier<ProcessingOperation.Builder>> scenarios = List.of(
        () -> scenario(StandardControllerKind.COMPANY, 40, StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
            .dataSubjects(FactSet.of(DataSubjectCategory.EMPLOYEES)),
        () -> scenario(StandardControllerKind.COMPANY, 400, StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT),
        () -> scenario(StandardControllerKind.NON_PROFIT_ORGANISATION, 5, StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT)
            .dataSubjects(FactSet.of(DataSubjectCategory.MEMBERS_OR_DONORS)),
        () -> scenario(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL, 1, StandardPurpose.PATIENT_CARE)
            .dataSubjects(FactSet.of(DataSubjectCategory.PATIENTS)),
        () -> scenario(StandardControllerKind.LOCAL_AUTHORITY, 300, StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
            .dataSubjects(FactSet.of(DataSubjectCategory.CHILDREN)),
        () -> scenario(StandardControllerKind.COMPANY, 1000, StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataSubjects(FactSet.of(DataSubjectCategory.EMPLOYEES))
            .technologies(FactSet.of(StandardTechnology.BADGE_ACCESS_CONTROL)));
    Arbitrary<Truth> fewRisks = Arbitraries.frequency(Tuple.of(1, Truth.TRUE), Tuple.of(8, Truth.FALSE), Tuple.of(1, Truth.UNKNOWN));
    Arbitrary<FactSet<DataCategory>> data = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(FactSet.of(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS))),
        Tuple.of(1, factSets(DATA, true)));
    return Arbitraries.of(scenarios).flatMap(scenario -> Builders.withBuilder(scenario)
        .use(data).in((b, d) -> b.dataCategories(d))
        .use(fewRisks).in((b, t) -> b.profiling(t))
        .use(Combinators.combine(fewRisks, fewRisks).as(Tuple::of).filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE)))
        .in((b, t) -> b.automatedDecisions(t.get1()).decisionsOnEvaluation(t.get2()))
        .use(fewRisks).in((b, t) -> b.systematicMonitoring(t))
        .use(fewRisks).in((b, t) -> b.combinesDatasets(t))
        .use(fewRisks).in((b, t) -> b.externalSources(t))
        .use(fewRisks).in((b, t) -> b.mayExcludeFromRightServiceOrContract(t))
        .build(ProcessingOperation.Builder::build));
  }

  private static ProcessingOperation.Builder scenario(StandardControllerKind kind, int staff, Purpose... purposes) {
    return ProcessingOperation.builder()
        .name("generated operation")
        .controller(controller(Optional.of(kind), Optional.of(staff)))
        .purposes(purposes)
        .personalData(true)
        .householdActivity(false)
        .dataSubjects(FactSet.of(DataSubjectCategory.CUSTOMERS))
        .technologies(FactSet.of(StandardTechnology.STANDARD_BUSINESS_SOFTWARE))
        .places(FactSet.of(StandardPlace.WORKPLACE))
        .legalFrameworks(FactSet.none())
        .legalBasisAssessed(false)
        .priorFormality(false)
        .period(ProcessingPeriod.since(LocalDate.of(2020, 1, 1)))
        .assertCriterion(RiskCriterion.LARGE_SCALE, false);
  }

  // ---- completions -------------------------------------------------------------------------------

  /**
   * The operation with every unknown fact filled in, consistently with what is known: an unknown
   * yes/no fact becomes yes or no, an unknown or "at least" set becomes a complete set holding its
   * known items and perhaps more, an unknown controller kind a concrete kind, an unknown scale
   * factor or staff count a value, an unknown start a date. What was known is kept.
   */
  static Arbitrary<ProcessingOperation> completions(ProcessingOperation op) {
    Controller c = op.controller();
    Arbitrary<ControllerKind> kinds = c.kind().isPresent()
        ? Arbitraries.just(c.kind().get())
        : Arbitraries.of(KINDS).filter(k -> !(op.householdActivity() == Truth.TRUE && k.naturalPerson() == Truth.FALSE));
    Arbitrary<Integer> staff = c.staff().isPresent() ? Arbitraries.just(c.staff().getAsInt()) : Arbitraries.of(0, 12, 249, 250, 5000);
    Arbitrary<Controller> controllers =
        Combinators.combine(kinds, staff).as((k, s) -> controller(Optional.of(k), Optional.of(s)));
    Arbitrary<List<Controller>> joint = op.jointControllers().isEmpty() ? Arbitraries.just(List.<Controller>of())
        : Combinators.combine(op.jointControllers().stream().map(jc -> jc.kind().isPresent()
                ? Arbitraries.just(jc)
                : Arbitraries.of(KINDS).map(k -> Controller.builder().from(jc).kind(k).build())).toList())
            .as(cs -> cs);
    Arbitrary<Tuple2<Controller, Truth>> controllerAndHousehold = controllers.flatMap(ctl -> {
      boolean legalPerson = naturalPerson(ctl) == Truth.FALSE;
      Arbitrary<Truth> household = op.householdActivity().isKnown()
          ? Arbitraries.just(op.householdActivity())
          : legalPerson ? Arbitraries.just(Truth.FALSE) : concrete();
      return household.map(h -> Tuple.of(ctl, h));
    });

    // personal data is processed as soon as data categories are listed, people are evaluated, decided
    // on or monitored, or counted
    boolean aboutPeople = !op.dataCategories().known().isEmpty() || op.profiling() == Truth.TRUE || op.extensiveEvaluation() == Truth.TRUE
        || op.automatedDecisions() == Truth.TRUE || op.decisionsOnEvaluation() == Truth.TRUE || op.systematicMonitoring() == Truth.TRUE
        || op.scale().dataSubjects().orElse(0) > 0;
    Arbitrary<Truth> personalData = op.personalData().isKnown()
        ? Arbitraries.just(op.personalData())
        : aboutPeople ? Arbitraries.just(Truth.TRUE) : concrete();
    Arbitrary<Tuple2<Truth, FactSet<DataCategory>>> personalDataAndCategories = personalData.flatMap(pd ->
        (pd == Truth.FALSE ? Arbitraries.just(FactSet.<DataCategory>none()) : complete(op.dataCategories(), DATA, true))
            .map(cats -> Tuple.of(pd, cats)));

    // what is known is kept; the unknowns are filled in so that the description stays valid
    Arbitrary<Tuple3<Truth, Truth, Truth>> formalityDispensationAndModification = Combinators.combine(
            concrete(op.priorFormality()), concrete(op.dispensedFromFormality()), concrete(op.substantiallyModified()))
        .as(Tuple::of)
        .filter(t -> !(t.get1() == Truth.TRUE && t.get2() == Truth.TRUE))
        .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.FALSE && t.get3() == Truth.TRUE));
    Scale s = op.scale();
    return personalDataAndCategories.flatMap(pdc -> {
    boolean noPersonalData = pdc.get1() == Truth.FALSE;
    Arbitrary<Tuple2<Truth, Truth>> profilingAndExtensiveEvaluation = Combinators.combine(
            aboutPeople(op.profiling(), noPersonalData), concrete(op.extensiveEvaluation()))
        .as(Tuple::of)
        .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE));
    Arbitrary<Scale> scale = Combinators.combine(
            orAny(s.permanence(), Arbitraries.of(Scale.Permanence.class)),
            orAny(s.geographicExtent(), Arbitraries.of(Scale.GeographicExtent.class)),
            orAny(s.volume(), Arbitraries.of(Scale.Volume.class)),
            s.dataSubjects().isPresent() || noPersonalData ? Arbitraries.just(s.dataSubjects()) : headcounts().map(java.util.OptionalLong::of))
        .as((p, g, v, n) -> Scale.builder().from(s).permanence(p).geographicExtent(g).volume(v).dataSubjects(n).build());

    Arbitrary<ProcessingPeriod> period = op.period().start().isPresent()
        ? Arbitraries.just(op.period())
        : dates(LocalDate.of(2014, 1, 1), LocalDate.of(2026, 6, 30)).map(ProcessingPeriod::since);

    Supplier<ProcessingOperation.Builder> start = () -> ProcessingOperation.builder().from(op).personalData(pdc.get1()).dataCategories(pdc.get2());
    return Builders.withBuilder(start)
        .use(controllerAndHousehold).in((b, t) -> b.controller(t.get1()).householdActivity(t.get2()))
        .use(joint).in((b, cs) -> b.jointControllers(cs))
        .use(formalityDispensationAndModification)
        .in((b, t) -> b.priorFormality(t.get1()).dispensedFromFormality(t.get2()).substantiallyModified(t.get3()))
        .use(complete(op.purposes(), PURPOSES, false)).in((b, p) -> b.purposes(p))
        .use(complete(op.dataSubjects(), SUBJECTS, true)).in((b, x) -> b.dataSubjects(x))
        .use(complete(op.technologies(), TECHNOLOGIES, true)).in((b, x) -> b.technologies(x))
        .use(complete(op.places(), PLACES, true)).in((b, x) -> b.places(x))
        .use(complete(op.legalFrameworks(), FRAMEWORKS, true)).in((b, x) -> b.legalFrameworks(x))
        .use(profilingAndExtensiveEvaluation).in((b, t) -> b.profiling(t.get1()).extensiveEvaluation(t.get2()))
        .use(Combinators.combine(aboutPeople(op.automatedDecisions(), noPersonalData), concrete(op.decisionsOnEvaluation())).as(Tuple::of)
            .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE)))
        .in((b, t) -> b.automatedDecisions(t.get1()).decisionsOnEvaluation(t.get2()))
        .use(concrete(op.continuous())).in((b, t) -> b.continuous(t))
        .use(aboutPeople(op.systematicMonitoring(), noPersonalData)).in((b, t) -> b.systematicMonitoring(t))
        .use(concrete(op.combinesDatasets())).in((b, t) -> b.combinesDatasets(t))
        .use(concrete(op.externalSources())).in((b, t) -> b.externalSources(t))
        .use(concrete(op.mayExcludeFromRightServiceOrContract())).in((b, t) -> b.mayExcludeFromRightServiceOrContract(t))
        .use(concrete(op.legalBasisAssessed())).in((b, t) -> b.legalBasisAssessed(t))
        .use(scale).in((b, x) -> b.scale(x))
        .use(period).in((b, x) -> b.period(x))
        .build(ProcessingOperation.Builder::build);
    });
  }

  /** A fact about what is done to people, completed: false when no personal data is processed. */
  private static Arbitrary<Truth> aboutPeople(Truth t, boolean noPersonalData) {
    return noPersonalData ? Arbitraries.just(Truth.FALSE) : concrete(t);
  }

  private static Arbitrary<Truth> concrete() {
    return Arbitraries.of(Truth.TRUE, Truth.FALSE);
  }

  private static Arbitrary<Truth> concrete(Truth t) {
    return t.isKnown() ? Arbitraries.just(t) : concrete();
  }

  private static <T> Arbitrary<T> orAny(Optional<T> known, Arbitrary<T> any) {
    return known.map(Arbitraries::just).orElse(any);
  }

  /** A complete set: the same if complete, else its known items plus any others from the pool. */
  static <T> Arbitrary<FactSet<T>> complete(FactSet<T> set, List<T> pool, boolean emptyAllowed) {
    if (set.isComplete()) {
      return Arbitraries.just(set);
    }
    return Arbitraries.subsetOf(pool)
        .map(more -> {
          Set<T> all = new LinkedHashSet<>(set.known());
          all.addAll(inPoolOrder(more));
          all.removeAll(set.excluded());
          return all;
        })
        .filter(all -> emptyAllowed || !all.isEmpty())
        .map(FactSet::exactly);
  }

  /** The same operation, built again from its parts: equal to it, and not the same object. */
  static ProcessingOperation copyOf(ProcessingOperation op) {
    return ProcessingOperation.builder().from(op).build();
  }
}
