package org.dpia.json;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * The property names of the description format, in the order they are written, in one place for
 * the reader, the writer and the test that holds the JSON Schema to them.
 */
final class Shape {
  private Shape() {}

  /** A yes/no fact of an operation: its property name, how to read it and how to set it. */
  record TruthFact(String name, Function<ProcessingOperation, Truth> get, BiConsumer<ProcessingOperation.Builder, Truth> set) {}

  static final List<TruthFact> TRUTH_FACTS = List.of(
      new TruthFact("personalData", ProcessingOperation::personalData, ProcessingOperation.Builder::personalData),
      new TruthFact("householdActivity", ProcessingOperation::householdActivity, ProcessingOperation.Builder::householdActivity),
      new TruthFact("profiling", ProcessingOperation::profiling, ProcessingOperation.Builder::profiling),
      new TruthFact("automatedDecisions", ProcessingOperation::automatedDecisions, ProcessingOperation.Builder::automatedDecisions),
      new TruthFact("extensiveEvaluation", ProcessingOperation::extensiveEvaluation, ProcessingOperation.Builder::extensiveEvaluation),
      new TruthFact("decisionsOnEvaluation", ProcessingOperation::decisionsOnEvaluation, ProcessingOperation.Builder::decisionsOnEvaluation),
      new TruthFact("continuous", ProcessingOperation::continuous, ProcessingOperation.Builder::continuous),
      new TruthFact("systematicMonitoring", ProcessingOperation::systematicMonitoring, ProcessingOperation.Builder::systematicMonitoring),
      new TruthFact("combinesDatasets", ProcessingOperation::combinesDatasets, ProcessingOperation.Builder::combinesDatasets),
      new TruthFact("externalSources", ProcessingOperation::externalSources, ProcessingOperation.Builder::externalSources),
      new TruthFact("mayExcludeFromRightServiceOrContract", ProcessingOperation::mayExcludeFromRightServiceOrContract,
          ProcessingOperation.Builder::mayExcludeFromRightServiceOrContract),
      new TruthFact("legalBasisAssessed", ProcessingOperation::legalBasisAssessed, ProcessingOperation.Builder::legalBasisAssessed),
      new TruthFact("priorFormality", ProcessingOperation::priorFormality, ProcessingOperation.Builder::priorFormality),
      new TruthFact("dispensedFromFormality", ProcessingOperation::dispensedFromFormality, ProcessingOperation.Builder::dispensedFromFormality),
      new TruthFact("substantiallyModified", ProcessingOperation::substantiallyModified, ProcessingOperation.Builder::substantiallyModified));

  static final List<String> OPERATION = Stream.of(
          Stream.of("name", "description", "controller", "jointControllers", "purposes", "dataCategories", "dataSubjects",
              "technologies", "places", "legalFrameworks", "scale", "period"),
          TRUTH_FACTS.stream().map(TruthFact::name),
          Stream.of("assertedCriteria", "dpias"))
      .flatMap(s -> s).toList();

  static final List<String> CONTROLLER = List.of("name", "kind", "staff");
  static final List<String> SCALE = List.of("dataSubjects", "shareOfPopulation", "volume", "permanence", "geographicExtent");
  static final List<String> DPIA = List.of("title", "completedOn", "completionPrecision", "versions", "purposes", "technologies",
      "dataCategories", "contains", "lacks", "dpoAdvice", "residualRisk", "authorityConsulted", "reviewDueOn", "reviewedOn");
  static final List<String> VERSION = List.of("label", "from", "altersRisk", "facts");
  static final List<String> HISTORY = List.of("name", "versions", "end", "dpias");
  static final List<String> CUSTOM_PURPOSE = List.of("id", "text", "family");
  static final List<String> CUSTOM_TECHNOLOGY = List.of("id", "text", "observesPeople", "identifiesBiometrically", "locatesPeople", "innovative");
  static final List<String> CUSTOM_LEGAL_FRAMEWORK = List.of("id", "text", "validity", "generalImpactAssessment");
}
