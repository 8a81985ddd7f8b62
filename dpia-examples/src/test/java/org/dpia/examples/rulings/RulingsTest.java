package org.dpia.examples.rulings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery of real rulings: the library never answers the opposite of what was held, and on
 * the stated facts alone it answers most of them.
 */
@DisplayName("Real rulings, described with the facts they state")
class RulingsTest {

  static final FrenchRulebook FRANCE = FrenchRulebook.create();

  static Stream<Ruling> rulings() {
    return Rulings.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulings")
  @DisplayName("the answer is what was held, or undetermined: never the opposite, unless the ruling applied a rule French law does not have, and then it is")
  void neverWrong(Ruling r) {
    Decision d = FRANCE.decide(r.operation(), r.date());

    assertThat(RulingsTable.verdict(r, d.outcome())).as("%s%n%s", r, d).isNotEqualTo(RulingsTable.Verdict.WRONG);
    if (r.divergence().isPresent()) {
      assertThat(RulingsTable.verdict(r, d.outcome())).as("a stated divergence that no longer holds: %s", r).isEqualTo(RulingsTable.Verdict.DIFFERS);
    }
  }

  @Test
  @DisplayName("the table counts what it shows")
  void tableCounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Ruling> all = Rulings.all();
    int right = RulingsTable.print(FRANCE, all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);

    long definite = all.stream().filter(r -> FRANCE.decide(r.operation(), r.date()).outcome() == r.held()).count();
    assertThat(right).isEqualTo(definite);
    assertThat(table.lines().filter(l -> l.startsWith("| [")).count()).isEqualTo(all.size());
    assertThat(table).contains(all.size() + " rulings: " + right + " definite and right");
    assertThat(all.stream().filter(r -> r.divergence().isPresent()).count()).as("divergences are the exception").isLessThanOrEqualTo(2);
  }

  @Test
  @DisplayName("a verdict is right, undetermined or wrong")
  void verdicts() {
    Ruling r = Rulings.all().get(0);
    Outcome opposite = r.held() == Outcome.REQUIRED ? Outcome.NOT_REQUIRED : Outcome.REQUIRED;

    assertThat(RulingsTable.verdict(r, r.held())).isEqualTo(RulingsTable.Verdict.RIGHT);
    assertThat(RulingsTable.verdict(r, Outcome.UNDETERMINED)).isEqualTo(RulingsTable.Verdict.UNDETERMINED);
    assertThat(RulingsTable.verdict(r, opposite)).isEqualTo(RulingsTable.Verdict.WRONG);
  }

  static Stream<Ruling> deficientDpias() {
    return Rulings.all().stream().filter(r -> r.deficientDpia().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deficientDpias")
  @DisplayName("a DPIA held deficient is never found to meet the duty; where a DPIA was required, the audit finds every point held")
  void deficientDpiaFound(Ruling r) {
    Audit audit = r.auditDpia(FRANCE);
    Decision d = FRANCE.decide(r.operation(), r.deficientDpia().orElseThrow().auditedOn());

    RulingsTable.AuditVerdict v = RulingsTable.auditVerdict(r, audit);
    assertThat(v).as("%s%n%s", r, audit.segments()).isNotEqualTo(RulingsTable.AuditVerdict.WRONG);
    assertThat(v).as("%s%n%s", r, audit.segments())
        .isEqualTo(d.outcome() == Outcome.REQUIRED ? RulingsTable.AuditVerdict.FOUND : RulingsTable.AuditVerdict.UNDETERMINED);
  }

  @Test
  @DisplayName("the table of deficient DPIAs counts what it shows")
  void deficientDpiaTableCounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int found = RulingsTable.printDeficientDpias(FRANCE, Rulings.all(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);

    long expected = deficientDpias().filter(r -> RulingsTable.auditVerdict(r, r.auditDpia(FRANCE)) == RulingsTable.AuditVerdict.FOUND).count();
    assertThat(found).isEqualTo(expected);
    assertThat(table.lines().filter(l -> l.startsWith("| [")).count()).isEqualTo(deficientDpias().count());
    assertThat(table).contains(deficientDpias().count() + " DPIAs held deficient: " + found + " audits find every point held");
  }
}
