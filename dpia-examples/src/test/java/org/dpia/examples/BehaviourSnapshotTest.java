package org.dpia.examples;

import org.dpia.rules.fr.FrenchTechnology;
import org.dpia.rules.fr.FrenchControllerKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.audit.Segment;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
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
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchPurpose;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A safety net for a change that must not change behaviour: every gallery case and a few thousand
 * seeded random operations are decided and written in a canonical form (outcome, regimes, grounds
 * with their citations, criteria, missing facts, advice, audits), and compared with a snapshot
 * taken before the change. Run with {@code -Dsnapshot.write=true} to write the snapshot.
 */
@DisplayName("Behaviour snapshot of the gallery and of random operations")
class BehaviourSnapshotTest {

  static final Rulebook FRANCE = FrenchRulebook.create();
  static final String RESOURCE = "/behaviour-snapshot.txt";

  @Test
  @DisplayName("decisions are the same as in the snapshot taken before the change")
  void sameAsSnapshot() throws IOException {
    String now = render();
    if (Boolean.getBoolean("snapshot.write")) {
      Files.writeString(Path.of("src/test/resources" + RESOURCE), now, StandardCharsets.UTF_8);
      return;
    }
    String before;
    try (InputStream in = BehaviourSnapshotTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("the snapshot " + RESOURCE).isNotNull();
      before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> a = before.lines().collect(Collectors.toList());
    List<String> b = now.lines().collect(Collectors.toList());
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        int from = Math.max(0, i - 12);
        assertThat(String.join("\n", b.subList(from, Math.min(b.size(), i + 3))))
            .as("first difference at line " + (i + 1))
            .isEqualTo(String.join("\n", a.subList(from, Math.min(a.size(), i + 3))));
      }
    }
    assertThat(b.size()).isEqualTo(a.size());
  }

  static String render() {
    StringBuilder s = new StringBuilder();
    for (Case c : Gallery.all()) {
      s.append("case ").append(c.id()).append('\n');
      decision(s, FRANCE.decide(c.operation(), c.date()));
      if (c.history().isPresent()) {
        audit(s, FRANCE.audit(c.history().get(), c.auditUntil().get()));
      }
    }
    Random random = new Random(20261201L);
    LocalDate[] dates = {
      LocalDate.of(2017, 6, 1), LocalDate.of(2018, 6, 1), LocalDate.of(2018, 12, 1), LocalDate.of(2019, 7, 1),
      LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1)
    };
    for (int i = 0; i < 3000; i++) {
      ProcessingOperation op = randomOperation(random, i);
      LocalDate date = dates[random.nextInt(dates.length)];
      s.append("random ").append(i).append(" on ").append(date).append('\n');
      Decision d = FRANCE.decide(op, date);
      s.append("  outcome ").append(d.outcome()).append(" decisive ").append(d.decisiveRuleIds()).append('\n');
      if (i % 10 == 0) {
        decision(s, d);
      }
    }
    return s.toString();
  }

  static void decision(StringBuilder s, Decision d) {
    s.append("  ").append(d.date()).append(' ').append(d.outcome()).append('\n');
    s.append("  decisive ").append(d.decisiveRuleIds()).append('\n');
    d.regimes().forEach((r, t) -> s.append("  regime ").append(r.id()).append('=').append(t).append('\n'));
    d.grounds().forEach(g -> s.append("  ground ").append(g.ruleId()).append(' ').append(g.truth()).append(' ')
        .append(g.kind()).append(' ').append(g.effect()).append(' ').append(g.regime().map(r -> r.id()).orElse("-"))
        .append(' ').append(g.citations()).append('\n'));
    s.append("  criteria");
    d.criteria().forEach(f -> s.append(' ').append(f.criterion().number()).append('=').append(f.met())
        .append(f.isAsserted() ? "!" : ""));
    s.append('\n');
    d.missingFacts().forEach(m -> s.append("  missing ").append(m.factId()).append(' ').append(m.ifTrue()).append('/')
        .append(m.ifFalse()).append(' ').append(m.witness().isEmpty() ? "" : new java.util.TreeMap<>(m.witness()).toString())
        .append('\n'));
    d.advice().forEach(a -> s.append("  advice ").append(a.id()).append(' ').append(a.citations()).append('\n'));
    d.conflicts().forEach(c -> s.append("  conflict ").append(c).append('\n'));
  }

  static void audit(StringBuilder s, Audit a) {
    s.append("  audit ").append(a.period()).append('\n');
    for (Segment seg : a.segments()) {
      s.append("   ").append(seg.days()).append(' ').append(seg.version()).append(' ').append(seg.outcome()).append(' ')
          .append(seg.compliance()).append(' ').append(seg.breachReason().map(Enum::name).orElse("-")).append(' ')
          .append(seg.dpia().map(p -> p.title()).orElse("-")).append(' ').append(seg.decision().decisiveRuleIds()).append('\n');
    }
  }

  // ---- seeded random operations ------------------------------------------------------------------

  static final List<ControllerKind> KINDS = List.of(
      StandardControllerKind.PUBLIC_BODY,
      StandardControllerKind.LOCAL_AUTHORITY,
      StandardControllerKind.MUNICIPAL_POLICE,
      StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE,
      StandardControllerKind.JUDICIAL_AUTHORITY,
      StandardControllerKind.PRISON_ADMINISTRATION,
      StandardControllerKind.INTELLIGENCE_OR_DEFENCE_SERVICE,
      StandardControllerKind.COMPANY,
      StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT,
      StandardControllerKind.NON_PROFIT_ORGANISATION,
      StandardControllerKind.EDUCATIONAL_ESTABLISHMENT,
      StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL,
      StandardControllerKind.INDIVIDUAL_LAWYER,
      FrenchControllerKind.NOTARY,
      FrenchControllerKind.COMMERCIAL_COURT_CLERK,
      StandardControllerKind.PRIVATE_INDIVIDUAL);
  static final List<Purpose> PURPOSES = List.of(
      StandardPurpose.HUMAN_RESOURCES_MANAGEMENT,
      StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING,
      StandardPurpose.WORKING_TIME_MANAGEMENT,
      StandardPurpose.PHYSICAL_ACCESS_CONTROL,
      StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT,
      StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT,
      StandardPurpose.MARKETING,
      StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT,
      StandardPurpose.PATIENT_CARE,
      StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY,
      StandardPurpose.SCIENTIFIC_RESEARCH,
      StandardPurpose.SOCIAL_SUPPORT,
      StandardPurpose.SOCIAL_AND_HEALTH_ALERTS,
      StandardPurpose.PROFESSIONAL_ALERTS,
      FrenchPurpose.POOLED_CONTRACTUAL_BREACH_RECORDS,
      StandardPurpose.CREDIT_OR_FRAUD_SCORING,
      StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES,
      FrenchPurpose.IMPAIRED_DRIVING_PREVENTION,
      StandardPurpose.LEGAL_PRACTICE,
      FrenchPurpose.NOTARIAL_PRACTICE,
      FrenchPurpose.COMMERCIAL_COURT_REGISTRY,
      StandardPurpose.PROPERTY_PROTECTION,
      StandardPurpose.TRAFFIC_MANAGEMENT,
      StandardPurpose.EVENT_SECURITY,
      StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
      StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
      StandardPurpose.EXECUTION_OF_CRIMINAL_PENALTIES,
      StandardPurpose.PUBLIC_SECURITY_THREAT_PREVENTION,
      StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE,
      StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY,
      FrenchPurpose.COMMUNE_ELECTORAL_ROLL, FrenchPurpose.WORKS_COUNCIL_ACTIVITIES, FrenchPurpose.SOCIAL_HOUSING);
  static final List<Technology> TECHNOLOGIES = List.of(
      StandardTechnology.STANDARD_BUSINESS_SOFTWARE,
      StandardTechnology.VIDEO_SURVEILLANCE,
      StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS,
      StandardTechnology.FACIAL_RECOGNITION,
      StandardTechnology.BIOMETRIC_RECOGNITION,
      StandardTechnology.LICENCE_PLATE_RECOGNITION,
      StandardTechnology.DRONES,
      StandardTechnology.LOCATION_TRACKING,
      StandardTechnology.CONNECTED_DEVICES,
      StandardTechnology.ARTIFICIAL_INTELLIGENCE,
      StandardTechnology.BADGE_ACCESS_CONTROL,
      FrenchTechnology.BREATHALYSER);
  static final List<Place> PLACES = List.of(
      StandardPlace.PUBLICLY_ACCESSIBLE_AREA,
      StandardPlace.WORKPLACE,
      StandardPlace.SCHOOL,
      StandardPlace.HEALTH_ESTABLISHMENT,
      StandardPlace.HOME,
      StandardPlace.VEHICLE,
      StandardPlace.ONLINE);

  static Truth truth(Random r) {
    int n = r.nextInt(9);
    return n < 3 ? Truth.TRUE : n < 7 ? Truth.FALSE : Truth.UNKNOWN;
  }

  static <T> FactSet<T> set(Random r, List<T> pool, int max) {
    int kind = r.nextInt(10);
    if (kind == 0) {
      return FactSet.unknown();
    }
    List<T> items = new ArrayList<>();
    int n = 1 + r.nextInt(max);
    for (int i = 0; i < n; i++) {
      T t = pool.get(r.nextInt(pool.size()));
      if (!items.contains(t)) {
        items.add(t);
      }
    }
    return kind < 3 ? FactSet.atLeast(items) : FactSet.exactly(items);
  }

  static ProcessingOperation randomOperation(Random r, int i) {
    Controller.Builder controller = Controller.builder().name("controller " + i);
    if (r.nextInt(8) != 0) {
      controller.kind(KINDS.get(r.nextInt(KINDS.size())));
    }
    if (r.nextBoolean()) {
      controller.staff(r.nextBoolean() ? 40 : 900);
    }
    ProcessingOperation.Builder b = ProcessingOperation.builder()
        .name("operation " + i)
        .controller(controller.build())
        .purposes(set(r, PURPOSES, 2))
        .dataSubjects(set(r, List.of(DataSubjectCategory.values()), 2))
        .technologies(set(r, TECHNOLOGIES, 2))
        .places(set(r, PLACES, 2))
        .profiling(truth(r))
        .automatedDecisions(truth(r))
        .systematicMonitoring(truth(r))
        .combinesDatasets(truth(r))
        .externalSources(truth(r))
        .mayExcludeFromRightServiceOrContract(truth(r))
        .legalBasisAssessed(r.nextInt(4) == 0 ? truth(r) : Truth.FALSE)
        .priorFormality(truth(r));
    FactSet<DataCategory> data = set(r, List.of(DataCategory.values()), 3);
    b.dataCategories(data);
    if (data.known().isEmpty()) {
      b.personalData(r.nextInt(5) == 0 ? Truth.FALSE : Truth.TRUE);
    }
    int fw = r.nextInt(5);
    b.legalFrameworks(fw == 0 ? FactSet.unknown()
        : fw == 1 ? FactSet.of(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT) : FactSet.none());
    if (r.nextBoolean()) {
      Scale.Builder scale = Scale.builder();
      if (r.nextBoolean()) {
        scale.geographicExtent(Scale.GeographicExtent.values()[r.nextInt(Scale.GeographicExtent.values().length)]);
      }
      if (r.nextBoolean()) {
        scale.permanence(Scale.Permanence.values()[r.nextInt(Scale.Permanence.values().length)]);
      }
      b.scale(scale.build());
    }
    if (r.nextInt(3) == 0) {
      b.period(ProcessingPeriod.since(r.nextBoolean() ? LocalDate.of(2016, 3, 1) : LocalDate.of(2019, 3, 1)));
    }
    if (r.nextInt(6) == 0) {
      b.assertCriterion(RiskCriterion.values()[r.nextInt(9)], r.nextBoolean());
    }
    if (r.nextInt(10) == 0) {
      b.householdActivity(truth(r));
    }
    try {
      return b.build();
    } catch (RuntimeException invalid) {
      return b.householdActivity(Truth.UNKNOWN).priorFormality(Truth.UNKNOWN).build();
    }
  }
}
