package org.dpia.examples.cases;

import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;

/** What the cases share. */
final class Cases {
  private Cases() {}

  /**
   * A builder in which every yes/no risk fact is known to be absent — no profiling, no automated
   * decision, no systematic monitoring, no combined datasets, no external sources, no exclusion
   * from a right or a contract, no legal basis with a general impact assessment — and no special
   * legal framework applies. A case states the facts it has after it; a later setting wins.
   */
  static ProcessingOperation.Builder withoutOtherRisks() {
    return ProcessingOperation.builder()
        .legalFrameworks(FactSet.none())
        .profiling(false)
        .automatedDecisions(false)
        .systematicMonitoring(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false);
  }
}
