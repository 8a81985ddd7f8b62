package org.dpia.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.immutables.value.Value;

/**
 * A processing of personal data, described by its facts: who controls it, for which purposes,
 * which data about whom, with which technology, where, on what scale, when, and the DPIAs carried
 * out for it. It is the input of a {@code Rulebook}.
 *
 * <p><b>Every fact may be unknown</b>, and unknown is the default: a yes/no fact left unset is
 * {@link Truth#UNKNOWN}, a set-valued fact is {@link FactSet#unknown()}. Unknown is distinct from
 * "no" ({@code Truth.FALSE}) and from "none" ({@link FactSet#none()}). The rulebook never guesses:
 * an unknown that matters leaves the decision undetermined, and the decision says which fact to
 * find out.
 *
 * <p>Facts, not conclusions, are the input. A caller who knows a conclusion ("the processing is on
 * a large scale") may {@linkplain Builder#assertCriterion(RiskCriterion, boolean) assert} it, and
 * the decision then says it was asserted, not derived.
 *
 * <pre>{@code
 * ProcessingOperation briefcam = ProcessingOperation.builder()
 *     .name("BriefCam video analytics")
 *     .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
 *     .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
 *     .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
 *     .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
 *     .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
 *     .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
 *     .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
 *     .build();
 * }</pre>
 *
 * <p>Building refuses an inconsistent description with one {@link InvalidDescriptionException}
 * that lists every problem.
 */
@Value.Immutable
public abstract class ProcessingOperation implements WithProcessingOperation {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  ProcessingOperation() {}

  /** A new builder; every fact starts unknown. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProcessingOperation}. Besides the generated setters, it takes set-valued facts
   * as varargs (meaning "exactly these") and yes/no facts as booleans.
   */
  public static class Builder extends ImmutableProcessingOperation.Builder {
    /** An empty builder, the same as {@link ProcessingOperation#builder()}. */
    public Builder() {}

    /** Exactly these purposes. */
    public Builder purposes(Purpose... purposes) {
      return purposes(FactSet.of(purposes));
    }

    /** Exactly these categories of data. */
    public Builder dataCategories(DataCategory... categories) {
      return dataCategories(FactSet.of(categories));
    }

    /** Exactly these categories of data subjects. */
    public Builder dataSubjects(DataSubjectCategory... categories) {
      return dataSubjects(FactSet.of(categories));
    }

    /** Exactly these technologies. */
    public Builder technologies(Technology... technologies) {
      return technologies(FactSet.of(technologies));
    }

    /** Exactly these places. */
    public Builder places(Place... places) {
      return places(FactSet.of(places));
    }

    /** Exactly these special legal frameworks (none if called with nothing). */
    public Builder legalFrameworks(LegalFramework... frameworks) {
      return legalFrameworks(FactSet.of(frameworks));
    }

    /** Whether the data processed is personal data. */
    public Builder personalData(boolean value) {
      return personalData(Truth.of(value));
    }

    /** Whether it is a natural person's purely personal or household activity. */
    public Builder householdActivity(boolean value) {
      return householdActivity(Truth.of(value));
    }

    /** Whether people are evaluated or scored, including profiling and predicting. */
    public Builder profiling(boolean value) {
      return profiling(Truth.of(value));
    }

    /** Whether decisions with legal or similarly significant effects are taken automatically. */
    public Builder automatedDecisions(boolean value) {
      return automatedDecisions(Truth.of(value));
    }

    /** Whether people are observed, monitored or controlled systematically. */
    public Builder systematicMonitoring(boolean value) {
      return systematicMonitoring(Truth.of(value));
    }

    /** Whether datasets from different purposes or controllers are matched or combined. */
    public Builder combinesDatasets(boolean value) {
      return combinesDatasets(Truth.of(value));
    }

    /** Whether data from sources outside the controller is used. */
    public Builder externalSources(boolean value) {
      return externalSources(Truth.of(value));
    }

    /** Whether the processing may prevent people from exercising a right or using a service or contract. */
    public Builder mayExcludeFromRightServiceOrContract(boolean value) {
      return mayExcludeFromRightServiceOrContract(Truth.of(value));
    }

    /** Whether personal aspects are evaluated systematically and extensively by automated processing, including profiling. */
    public Builder extensiveEvaluation(boolean value) {
      return extensiveEvaluation(Truth.of(value));
    }

    /** Whether decisions producing legal or similarly significant effects are based on that evaluation. */
    public Builder decisionsOnEvaluation(boolean value) {
      return decisionsOnEvaluation(Truth.of(value));
    }

    /** Whether the processing runs continuously rather than in occasional checks. */
    public Builder continuous(boolean value) {
      return continuous(Truth.of(value));
    }

    /** Whether, before the GDPR applied, the processing was dispensed from any formality with the supervisory authority. */
    public Builder dispensedFromFormality(boolean value) {
      return dispensedFromFormality(Truth.of(value));
    }

    /** Whether the law that is the processing's legal basis already carried a general impact assessment. */
    public Builder legalBasisAssessed(boolean value) {
      return legalBasisAssessed(Truth.of(value));
    }

    /** Whether the processing went through a prior formality with the supervisory authority before the GDPR applied. */
    public Builder priorFormality(boolean value) {
      return priorFormality(Truth.of(value));
    }

    /** Whether the processing was substantially modified since its prior formality. */
    public Builder substantiallyModified(boolean value) {
      return substantiallyModified(Truth.of(value));
    }

    /** Asserts a criterion as a conclusion the caller has reached. */
    public Builder assertCriterion(RiskCriterion criterion, boolean met) {
      return putAssertedCriteria(criterion, met);
    }

    /**
     * Builds the operation.
     *
     * @throws InvalidDescriptionException listing every problem, a missing name or controller included
     */
    @Override
    public ProcessingOperation build() {
      return Checks.built("processing operation", super::build);
    }
  }

  /** A name that tells a reader which processing this is. */
  public abstract String name();

  /** A longer description, if any. */
  public abstract Optional<String> description();

  /** The controller. */
  public abstract Controller controller();

  /**
   * The other controllers, when the purposes and means are determined jointly (GDPR art. 26);
   * empty when there is one controller. The duty to carry out a DPIA falls on each of them.
   */
  public abstract java.util.List<Controller> jointControllers();

  /** Every controller: the controller first, then the joint controllers (listed once per operation). */
  @Value.Lazy
  public java.util.List<Controller> controllers() {
    if (jointControllers().isEmpty()) {
      return java.util.List.of(controller());
    }
    java.util.List<Controller> all = new java.util.ArrayList<>(jointControllers().size() + 1);
    all.add(controller());
    all.addAll(jointControllers());
    return java.util.Collections.unmodifiableList(all);
  }

  /** Whether personal data is processed at all (GDPR art. 4(1)); see {@link #involvesPersonalData()}. */
  @Value.Default
  public Truth personalData() {
    return Truth.UNKNOWN;
  }

  /** Whether it is a natural person's purely personal or household activity (GDPR art. 2(2)(c)). */
  @Value.Default
  public Truth householdActivity() {
    return Truth.UNKNOWN;
  }

  /** What the processing is for. */
  @Value.Default
  public FactSet<Purpose> purposes() {
    return FactSet.unknown();
  }

  /** The categories of personal data processed. */
  @Value.Default
  public FactSet<DataCategory> dataCategories() {
    return FactSet.unknown();
  }

  /** The categories of people whose data is processed. */
  @Value.Default
  public FactSet<DataSubjectCategory> dataSubjects() {
    return FactSet.unknown();
  }

  /** The technologies used. */
  @Value.Default
  public FactSet<Technology> technologies() {
    return FactSet.unknown();
  }

  /** Where the data is collected or the processing takes place. */
  @Value.Default
  public FactSet<Place> places() {
    return FactSet.unknown();
  }

  /** The special legal frameworks under which it is carried out, if a law names it. */
  @Value.Default
  public FactSet<LegalFramework> legalFrameworks() {
    return FactSet.unknown();
  }

  /** The raw factors of scale. */
  @Value.Default
  public Scale scale() {
    return Scale.unknown();
  }

  /** Whether people are evaluated or scored, including profiling and predicting. */
  @Value.Default
  public Truth profiling() {
    return Truth.UNKNOWN;
  }

  /** Whether decisions producing legal or similarly significant effects are based on automated processing. */
  @Value.Default
  public Truth automatedDecisions() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether personal aspects of people are evaluated systematically and extensively by automated
   * processing, including profiling (GDPR art. 35(3)(a)): more than any evaluation or scoring.
   */
  @Value.Default
  public Truth extensiveEvaluation() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether decisions producing legal effects concerning people, or similarly significantly affecting
   * them, are based on that evaluation, whether taken by people or by automated means (GDPR art.
   * 35(3)(a)).
   */
  @Value.Default
  public Truth decisionsOnEvaluation() {
    return Truth.UNKNOWN;
  }

  /** Whether the processing runs continuously rather than in occasional checks. */
  @Value.Default
  public Truth continuous() {
    return Truth.UNKNOWN;
  }

  /** Whether people are observed, monitored or controlled systematically. */
  @Value.Default
  public Truth systematicMonitoring() {
    return Truth.UNKNOWN;
  }

  /** Whether datasets from different purposes or controllers are matched or combined beyond people's expectations. */
  @Value.Default
  public Truth combinesDatasets() {
    return Truth.UNKNOWN;
  }

  /** Whether data obtained from sources outside the controller is used. */
  @Value.Default
  public Truth externalSources() {
    return Truth.UNKNOWN;
  }

  /** Whether the processing may lead to people being excluded from, or suspended from, a right, a service or a contract. */
  @Value.Default
  public Truth mayExcludeFromRightServiceOrContract() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the processing's legal basis is a law (GDPR art. 6(1)(c) or (e)) that regulates it
   * and whose adoption carried a general impact assessment (GDPR art. 35(10)).
   */
  @Value.Default
  public Truth legalBasisAssessed() {
    return Truth.UNKNOWN;
  }

  /** Whether, before the GDPR applied, the processing regularly went through a prior formality with the supervisory authority. */
  @Value.Default
  public Truth priorFormality() {
    return Truth.UNKNOWN;
  }

  /** Whether, before the GDPR applied, the processing was dispensed from any formality with the supervisory authority. */
  @Value.Default
  public Truth dispensedFromFormality() {
    return Truth.UNKNOWN;
  }

  /** Whether the processing was substantially modified since that formality (or dispensation). */
  @Value.Default
  public Truth substantiallyModified() {
    return Truth.UNKNOWN;
  }

  /** When the processing runs. */
  @Value.Default
  public ProcessingPeriod period() {
    return ProcessingPeriod.unknown();
  }

  /** Risk criteria the caller asserts as conclusions, met or not met. */
  public abstract Map<RiskCriterion, Boolean> assertedCriteria();

  /** The DPIAs carried out for this processing, in any order. */
  public abstract List<DpiaRecord> dpias();

  /** What the description says it does to people, which only a processing of personal data can do. */
  private Optional<String> aboutPeople() {
    List<String> done = new java.util.ArrayList<>();
    if (profiling() == Truth.TRUE || extensiveEvaluation() == Truth.TRUE) {
      done.add("evaluate or score people");
    }
    if (automatedDecisions() == Truth.TRUE || decisionsOnEvaluation() == Truth.TRUE) {
      done.add("take automated decisions about people");
    }
    if (systematicMonitoring() == Truth.TRUE) {
      done.add("monitor people systematically");
    }
    return done.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", done));
  }

  /**
   * Whether personal data is processed: as stated, or true as soon as a data category is listed,
   * people are said to be evaluated, decided on by automated means or monitored, or a number of
   * people is given (GDPR art. 4(1) and (4): profiling and monitoring are processing of personal
   * data). A description that says otherwise is refused as contradictory.
   */
  public Truth involvesPersonalData() {
    boolean aboutPeople = !dataCategories().known().isEmpty() || aboutPeople().isPresent() || scale().dataSubjects().orElse(0) > 0;
    return aboutPeople ? Truth.TRUE : personalData();
  }

  @Value.Check
  void check() {
    Truth naturalPerson = controller().kind().map(ControllerKind::naturalPerson).orElse(Truth.UNKNOWN);
    Checks.verify(
        "processing operation '" + name() + "'",
        Checks.require(!Checks.blank(name()), () -> "the operation's name is blank"),
        Checks.require(
            !(personalData() == Truth.FALSE && !dataCategories().known().isEmpty()),
            () -> "it is said to process no personal data, yet data categories are listed: " + dataCategories()),
        Checks.require(
            !(personalData() == Truth.FALSE && aboutPeople().isPresent()),
            () -> "it is said to process no personal data, yet to " + aboutPeople().orElse("")),
        Checks.require(
            !(personalData() == Truth.FALSE && scale().dataSubjects().orElse(0) > 0),
            () -> "it is said to process no personal data, yet the data of " + scale().dataSubjects().getAsLong() + " people"),
        Checks.require(
            !(scale().dataSubjects().orElse(-1) == 0 && involvesPersonalData() == Truth.TRUE),
            () -> "it is said to process personal data, yet the data of 0 people"),
        Checks.require(
            !purposes().isNone(),
            () -> "a processing always has a purpose: name at least one, or leave the purposes unknown"),
        Checks.require(
            !(householdActivity() == Truth.TRUE && naturalPerson == Truth.FALSE),
            () -> "only a natural person can act in a purely personal or household activity, but the controller is "
                + controller().kind().map(ControllerKind::label).orElse("?")),
        Checks.require(
            !(substantiallyModified() == Truth.TRUE && priorFormality() == Truth.FALSE && dispensedFromFormality() == Truth.FALSE),
            () -> "it is said to be modified since its prior formality, but to have had neither a prior formality nor a dispensation"),
        Checks.require(
            !(priorFormality() == Truth.TRUE && dispensedFromFormality() == Truth.TRUE),
            () -> "it is said both to have gone through a prior formality and to have been dispensed from any formality"),
        Checks.require(
            !(decisionsOnEvaluation() == Truth.TRUE && automatedDecisions() == Truth.FALSE),
            () -> "decisions are said to rest on an automated evaluation while no decision is said to rest on automated processing"),
        Checks.require(
            !(extensiveEvaluation() == Truth.TRUE && profiling() == Truth.FALSE),
            () -> "it is said to evaluate people systematically and extensively, but not to evaluate or score anyone"));
  }
}
