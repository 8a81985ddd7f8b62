/**
 * The jurisdiction-neutral domain and engine: descriptions of processing operations with unknown
 * facts, three-valued rules that cite and date the law, decisions with their explanations, audits
 * of a processing's history, and reports.
 *
 * <p>Callers use {@link org.dpia.core.decision.Rulebook} (found with {@link java.util.ServiceLoader}
 * or constructed by a jurisdiction's module), the model in {@code org.dpia.core.model}, and
 * {@link org.dpia.core.report.Report}. Authors of a jurisdiction's law use the rulebook SPI in
 * {@code org.dpia.core.decision.spi}, kept apart from the caller API.
 */
module org.dpia.core {
  // Immutables' annotations are read at compile time only
  requires static org.immutables.value.annotations;

  exports org.dpia.core;
  exports org.dpia.core.audit;
  exports org.dpia.core.criteria;
  exports org.dpia.core.decision;
  exports org.dpia.core.decision.spi;
  exports org.dpia.core.law;
  exports org.dpia.core.logic;
  exports org.dpia.core.model;
  exports org.dpia.core.report;
  exports org.dpia.core.text;
  exports org.dpia.core.time;

  uses org.dpia.core.decision.Rulebook;
}
