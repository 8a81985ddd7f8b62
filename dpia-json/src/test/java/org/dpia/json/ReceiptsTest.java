package org.dpia.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dpia.core.audit.Audit;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decisions and audits as JSON receipts: versioned, cited, with the digest of their input. */
@DisplayName("Receipts: decisions and audits as JSON")
class ReceiptsTest {
  static final Rulebook FRANCE = FrenchRulebook.create();
  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonNode decide(ProcessingOperation op, LocalDate date, Map<String, Truth> answers) {
    return JSON.readTree(Receipts.of(FRANCE).decision(FRANCE.decide(op, date, answers)));
  }

  @Test
  @DisplayName("the Lille case: required under LIL art. 90, grounds cited with their wording, criteria with DPV IRIs")
  void lille() {
    JsonNode r = decide(RoundTripTest.lille().build(), LocalDate.of(2023, 6, 1), Map.of());
    assertThat(r.get("dpiaDecisionVersion").asString()).isEqualTo("1");
    assertThat(r.get("outcome").asString()).isEqualTo("REQUIRED");
    assertThat(r.get("asOf").asString()).isEqualTo("2023-06-01");
    assertThat(r.get("rulebook").get("id").asString()).isEqualTo("fr");
    assertThat(r.get("rulebook").get("version").asString()).isEqualTo(FRANCE.version());
    assertThat(r.get("inputDigest").asString()).matches("sha256:[0-9a-f]{64}");
    assertThat(r.get("dpv").get("outcome").asString()).isEqualTo("https://w3id.org/dpv/legal/eu/gdpr#DPIARequired");
    assertThat(r.get("decisiveRuleIds").get(0).asString()).isEqualTo("fr.lil.90.two-criteria");
    JsonNode decisive = null;
    for (JsonNode g : r.get("grounds")) {
      if (g.get("decisive").asBoolean()) {
        decisive = g;
      }
    }
    assertThat(decisive).isNotNull();
    assertThat(decisive.get("ruleId").asString()).isEqualTo("fr.lil.90.two-criteria");
    assertThat(decisive.get("title").has("fr")).isTrue();
    JsonNode lil = null;
    for (JsonNode c : decisive.get("citations")) {
      if (c.get("label").get("en").asString().equals("LIL art. 90")) {
        lil = c;
      }
    }
    assertThat(lil).as("LIL art. 90 among %s", decisive.get("citations")).isNotNull();
    assertThat(lil.get("article").asString()).isEqualTo("90");
    assertThat(lil.get("wording").get("language").asString()).isEqualTo("fr");
    assertThat(lil.get("wording").get("text").asString()).startsWith("Si le traitement est susceptible");
    assertThat(lil.get("source").get("title").asString()).isNotBlank();
    JsonNode largeScale = null;
    for (JsonNode c : r.get("criteria")) {
      if (c.get("id").asString().equals("LARGE_SCALE")) {
        largeScale = c;
      }
    }
    assertThat(largeScale.get("met").asBoolean()).isTrue();
    assertThat(largeScale.get("number").asInt()).isEqualTo(5);
    assertThat(largeScale.get("dpv").asString()).isEqualTo("https://w3id.org/dpv#LargeScaleProcessing");
    assertThat(r.get("regimes").findValuesAsString("id")).contains("police-justice");
  }

  @Test
  @DisplayName("an undetermined decision lists its missing facts with their questions in English and French")
  void undetermined() {
    ProcessingOperation op = RoundTripTest.lille().scale(Scale.unknown())
        .technologies(org.dpia.core.model.FactSet.unknown()).build();
    Decision d = FRANCE.decide(op, LocalDate.of(2023, 6, 1));
    JsonNode r = JSON.readTree(Receipts.of(FRANCE).decision(d));
    if (d.outcome() == Outcome.UNDETERMINED) {
      assertThat(r.get("outcome").asString()).isEqualTo("UNDETERMINED");
      assertThat(r.get("dpv").has("outcome")).isFalse();
      JsonNode first = r.get("missingFacts").get(0);
      assertThat(first.get("factId").asString()).isEqualTo(d.missingFacts().get(0).factId());
      assertThat(first.get("question").get("en").asString()).isNotBlank();
      assertThat(first.get("question").get("fr").asString()).isNotBlank().isNotEqualTo(first.get("question").get("en").asString());
    }
    assertThat(d.outcome()).as("this description leaves the case open").isEqualTo(Outcome.UNDETERMINED);
  }

  @Test
  @DisplayName("the input digest changes with the input, answers included, and not otherwise")
  void digest() {
    ProcessingOperation lille = RoundTripTest.lille().build();
    String a = decide(lille, LocalDate.of(2023, 6, 1), Map.of()).get("inputDigest").asString();
    String again = decide(RoundTripTest.lille().build(), LocalDate.of(2024, 6, 1), Map.of()).get("inputDigest").asString();
    String factId = FRANCE.decide(RoundTripTest.lille().scale(Scale.unknown()).technologies(org.dpia.core.model.FactSet.unknown()).build(),
        LocalDate.of(2023, 6, 1)).missingFacts().get(0).factId();
    String answered = decide(lille, LocalDate.of(2023, 6, 1), Map.of(factId, Truth.FALSE)).get("inputDigest").asString();
    String renamed = decide(RoundTripTest.lille().name("Lille").build(), LocalDate.of(2023, 6, 1), Map.of()).get("inputDigest").asString();
    assertThat(again).isEqualTo(a);
    assertThat(List.of(a, answered, renamed)).doesNotHaveDuplicates();
    assertThat(a).isEqualTo(Receipts.of(FRANCE).digest(Description.of(lille)));
  }

  @Test
  @DisplayName("the DPV IRIs carried: five criteria, two outcomes")
  void dpvIris() {
    assertThat(java.util.Arrays.stream(RiskCriterion.values()).filter(c -> Receipts.dpv(c).isPresent()))
        .containsExactly(RiskCriterion.EVALUATION_OR_SCORING, RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE,
            RiskCriterion.VULNERABLE_DATA_SUBJECTS, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY);
    assertThat(Receipts.dpv(Outcome.NOT_REQUIRED)).contains("https://w3id.org/dpv/legal/eu/gdpr#DPIANotRequired");
    assertThat(Receipts.dpv(Outcome.UNDETERMINED)).isEmpty();
  }

  @Test
  @DisplayName("an audit: the periods required and breached, each segment with its compliance and findings")
  void audit() {
    ProcessingOperation lille = RoundTripTest.lille().build();
    ProcessingHistory history = ProcessingHistory.of(lille);
    Audit audit = FRANCE.audit(history);
    JsonNode r = JSON.readTree(Receipts.of(FRANCE).audit(audit, history));
    assertThat(r.get("dpiaAuditVersion").asString()).isEqualTo("1");
    assertThat(r.get("breached").get(0).get("from").asString()).isEqualTo("2022-11-01");
    assertThat(r.get("breached").get(0).get("to").asString()).isEqualTo("2025-01-31");
    JsonNode segment = r.get("segments").get(0);
    assertThat(segment.get("compliance").asString()).isEqualTo("BREACHED");
    assertThat(segment.get("breachReasons").get(0).asString()).isEqualTo("NO_DPIA");
    assertThat(r.get("inputDigest").asString()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  @DisplayName("one line per decision for screening")
  void oneLine() {
    String line = Receipts.of(FRANCE).decisionLine(FRANCE.decide(RoundTripTest.lille().build(), LocalDate.of(2023, 6, 1)));
    assertThat(line).doesNotContain("\n").startsWith("{\"dpiaDecisionVersion\":\"1\"");
  }
}
