package org.dpia.core.decision;

import static org.dpia.core.Fixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dpia.core.Fixtures;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;

/**
 * A one-rule jurisdiction, registered with {@link java.util.ServiceLoader} in the test resources:
 * from 25 May 2018, processing biometric data requires a DPIA (toy act, art. 9); otherwise none is
 * required (art. 35). Enough to drive the rulebook seam, audits and reports without a real law.
 */
public final class ToyRulebook implements Rulebook {

  static final LocalDate IN_FORCE = LocalDate.of(2018, 5, 25);

  static final Regime TOY_GDPR = Regime.of("xx.gdpr", "Toy data protection", article("1"));

  static final Fact<ProcessingOperation> BIOMETRIC = Fact.of(
      "data.biometric", "the processing concerns biometric data",
      op -> op.dataCategories().contains(DataCategory.BIOMETRIC));

  static final Rule<ProcessingOperation> BIOMETRIC_RULE = Rule.named("xx.biometric", "Biometric data")
      .citing(article("9"))
      .valid(Validity.from(IN_FORCE))
      .when(BIOMETRIC.holds());

  static final Rule<ProcessingOperation> NO_DUTY_RULE = Rule.named("xx.no-duty", "No rule requires a DPIA")
      .citing(article("35"))
      .when(Conditions.constant(Truth.TRUE, "nothing else applies"));

  static final Precedence<ProcessingOperation> PRECEDENCE = Precedence.<ProcessingOperation>builder()
      .rank("mandatory list", "the list binds the controller (toy act, art. 35(4))",
          Provision.requires(GroundKind.MANDATORY_LIST, BIOMETRIC_RULE))
      .otherwise(Provision.dispenses(GroundKind.NO_DUTY, NO_DUTY_RULE));

  /** Public and without arguments, for the service loader. */
  public ToyRulebook() {}

  @Override
  public String id() {
    return "xx";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public String name() {
    return "Toy rulebook";
  }

  @Override
  public List<LegalSource> sources() {
    return List.of(Fixtures.TOY_ACT);
  }

  @Override
  public Decision decide(ProcessingOperation operation, LocalDate date, Map<String, Truth> answers) {
    Context<ProcessingOperation> context = Context.of(operation, date).assumingAll(answers);
    Resolution resolution = PRECEDENCE.resolve(context, TOY_GDPR);
    List<MissingFact> missing = resolution.outcome() == Outcome.UNDETERMINED
        ? MissingFacts.rank(context, resolution.trace().unknownFactDescriptions(), PRECEDENCE::outcome)
        : List.of();
    return Decision.builder()
        .operation(operation)
        .date(date)
        .outcome(resolution.outcome())
        .answers(answers)
        .decisiveRuleIds(resolution.grounds().stream()
            .filter(g -> g.truth() == Truth.TRUE).map(Ground::ruleId).collect(java.util.stream.Collectors.toList()))
        .rulebookId(id())
        .rulebookVersion(version())
        .explainer(() -> Explanation.builder()
            .putRegimes(TOY_GDPR, Truth.TRUE)
            .grounds(resolution.grounds())
            .missingFacts(missing)
            .conflicts(resolution.conflicts())
            .trace(resolution.trace())
            .build())
        .build();
  }

  @Override
  public SortedSet<LocalDate> lawChangeDates() {
    return new TreeSet<>(List.of(IN_FORCE));
  }
}
