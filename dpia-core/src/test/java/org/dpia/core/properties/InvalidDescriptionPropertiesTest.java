package org.dpia.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;

/**
 * Bad input is refused when the description is built, with one exception that lists every
 * problem: whatever problems are put into an otherwise valid description, each is reported once,
 * and nothing else is.
 */
class InvalidDescriptionPropertiesTest {

  /** A problem a description may have, how to put it in, and words its report contains. */
  enum Problem {
    BLANK_NAME("name is blank") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        return b.name(blank);
      }
    },
    NO_PERSONAL_DATA_YET_CATEGORIES("no personal data, yet data categories are listed") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        FactSet<DataCategory> categories = valid.dataCategories().known().isEmpty()
            ? FactSet.atLeast(DataCategory.IDENTIFICATION)
            : valid.dataCategories();
        b.personalData(false).dataCategories(categories).dataSubjects(FactSet.unknown());
        // nothing else said of people, unless that problem is put in too
        return all.contains(NO_PERSONAL_DATA_YET_PROFILING) ? b : b.profiling(Truth.UNKNOWN);
      }
    },
    NO_PERSONAL_DATA_YET_PROFILING("no personal data, yet to evaluate or score people") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        b.personalData(false).profiling(true).dataSubjects(FactSet.unknown());
        return all.contains(NO_PERSONAL_DATA_YET_CATEGORIES) ? b : b.dataCategories(FactSet.unknown());
      }
    },
    NO_PURPOSE("always has a purpose") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        return b.purposes(FactSet.none());
      }
    },
    HOUSEHOLD_OF_A_LEGAL_PERSON("only a natural person can act in a purely personal or household activity") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        boolean legalPerson = valid.controller().kind().map(ControllerKind::naturalPerson).orElse(Truth.UNKNOWN) == Truth.FALSE;
        Controller controller = legalPerson
            ? valid.controller()
            : Controller.builder().from(valid.controller()).kind(StandardControllerKind.COMPANY).build();
        return b.householdActivity(true).controller(controller);
      }
    },
    MODIFIED_WITHOUT_FORMALITY("modified since its prior formality, but to have had neither a prior formality nor a dispensation") {
      @Override
      ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all) {
        return b.substantiallyModified(true).priorFormality(false).dispensedFromFormality(false);
      }
    };

    final String words;

    Problem(String words) {
      this.words = words;
    }

    abstract ProcessingOperation.Builder inject(ProcessingOperation.Builder b, ProcessingOperation valid, String blank, Set<Problem> all);
  }

  private static final List<ControllerKind> KINDS = List.of(StandardControllerKind.values());
  private static final List<Purpose> PURPOSES = List.of(
      StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT,
      StandardPurpose.HUMAN_RESOURCES_MANAGEMENT,
      StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY,
      StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
      StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE);
  private static final List<DataCategory> DATA = List.of(
      DataCategory.IDENTIFICATION, DataCategory.IMAGES, DataCategory.HEALTH, DataCategory.LOCATION);
  private static final List<Technology> TECHNOLOGIES = List.of(
      StandardTechnology.STANDARD_BUSINESS_SOFTWARE, StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.FACIAL_RECOGNITION);

  static Arbitrary<Truth> truths() {
    return Arbitraries.of(Truth.class);
  }

  static <T> Arbitrary<FactSet<T>> factSets(List<T> pool, boolean noneAllowed) {
    Arbitrary<Set<T>> items = Arbitraries.subsetOf(pool).ofMinSize(1).ofMaxSize(2);
    return noneAllowed
        ? Arbitraries.oneOf(Arbitraries.just(FactSet.<T>unknown()), Arbitraries.just(FactSet.<T>none()),
            items.map(FactSet::exactly), items.map(FactSet::atLeast))
        : Arbitraries.oneOf(Arbitraries.just(FactSet.<T>unknown()), items.map(FactSet::exactly), items.map(FactSet::atLeast));
  }

  static Controller controller(Optional<ControllerKind> kind) {
    Controller.Builder b = Controller.builder().name("generated controller");
    kind.ifPresent(b::kind);
    return b.build();
  }

  /** Valid descriptions: the facts that the checks relate are drawn together, so that none contradicts another. */
  @Provide
  Arbitrary<ProcessingOperation> validOperations() {
    Arbitrary<Optional<ControllerKind>> kinds = Arbitraries.of(KINDS).optional(0.8);
    Arbitrary<Controller> controllers = kinds.map(InvalidDescriptionPropertiesTest::controller);
    Arbitrary<Tuple.Tuple2<Controller, Truth>> controllerAndHousehold = Combinators.combine(controllers, truths())
        .as(Tuple::of)
        .filter(t -> !(t.get2() == Truth.TRUE
            && t.get1().kind().map(ControllerKind::naturalPerson).orElse(Truth.UNKNOWN) == Truth.FALSE));
    // no personal data goes with no data category, and nothing said of people: neither whose data nor their evaluation
    Arbitrary<Tuple.Tuple4<Truth, FactSet<DataCategory>, FactSet<DataSubjectCategory>, Truth>> personalDataAndPeople =
        Combinators.combine(truths(), factSets(DATA, true), factSets(List.of(DataSubjectCategory.values()), true), truths())
        .as(Tuple::of)
        .filter(t -> !(t.get1() == Truth.FALSE
            && (!t.get2().known().isEmpty() || !t.get3().known().isEmpty() || t.get4() == Truth.TRUE)));
    Arbitrary<Tuple.Tuple2<Truth, Truth>> formalityAndModification = Combinators.combine(truths(), truths())
        .as(Tuple::of)
        .filter(t -> !(t.get1() == Truth.FALSE && t.get2() == Truth.TRUE));
    Arbitrary<ProcessingPeriod> periods = Arbitraries.longs()
        .between(LocalDate.of(2014, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .map(ProcessingPeriod::since)
        .injectNull(0.2)
        .map(p -> p == null ? ProcessingPeriod.unknown() : p);
    return Builders.withBuilder(() -> ProcessingOperation.builder().name("generated operation"))
        .use(controllerAndHousehold).in((b, t) -> b.controller(t.get1()).householdActivity(t.get2()))
        .use(personalDataAndPeople).in((b, t) -> b.personalData(t.get1()).dataCategories(t.get2()).dataSubjects(t.get3()).profiling(t.get4()))
        .use(formalityAndModification).in((b, t) -> b.priorFormality(t.get1()).substantiallyModified(t.get2()))
        .use(factSets(PURPOSES, false)).in((b, p) -> b.purposes(p))
        .use(factSets(TECHNOLOGIES, true)).in((b, t) -> b.technologies(t))
        .use(truths()).in((b, t) -> b.legalBasisAssessed(t))
        .use(periods).in((b, p) -> b.period(p))
        .build(ProcessingOperation.Builder::build);
  }

  @Provide
  Arbitrary<Set<Problem>> problems() {
    return Arbitraries.subsetOf(Problem.values()).ofMinSize(1).map(s -> (Set<Problem>) EnumSet.copyOf(s));
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.of("", " ", "   ", "\t", " \n ");
  }

  @Property(tries = 200)
  @Label("a generated valid description builds, and builds again equal from its parts")
  void valid_descriptions_build(@ForAll("validOperations") ProcessingOperation op) {
    assertThatCode(() -> ProcessingOperation.builder().from(op).build()).doesNotThrowAnyException();
    assertThat(ProcessingOperation.builder().from(op).build()).isEqualTo(op);
  }

  @Property(tries = 200)
  @Label("a description with problems put in is refused at build time with each problem listed once, and only those")
  void every_problem_is_listed(
      @ForAll("validOperations") ProcessingOperation valid,
      @ForAll("problems") Set<Problem> injected,
      @ForAll("blanks") String blank) {
    ProcessingOperation.Builder b = ProcessingOperation.builder().from(valid);
    for (Problem p : injected) {
      p.inject(b, valid, blank, injected);
    }
    Statistics.label("problems put in").collect(injected.size());

    InvalidDescriptionException refused = catchThrowableOfType(InvalidDescriptionException.class, b::build);

    assertThat(refused).as("building %s with %s", valid, injected).isNotNull();
    assertThat(refused.problems()).as("problems reported for %s", injected).hasSameSizeAs(injected);
    for (Problem p : injected) {
      assertThat(refused.problems()).as("the report of %s", p).filteredOn(s -> s.contains(p.words)).hasSize(1);
    }
    for (String problem : refused.problems()) {
      assertThat(refused.getMessage()).contains(problem);
    }
  }
}
