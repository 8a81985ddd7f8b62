package org.dpia.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dpia.core.audit.Audit;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.FactSet;
import org.dpia.core.decision.Decision;
import org.dpia.core.text.Text;
import org.dpia.core.logic.Truth;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Conditions;
import org.dpia.core.law.Verification;
import org.dpia.core.law.Citation;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.Fixtures;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.decision.spi.DeclaredRulebook;
import org.dpia.core.law.LegalSource;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report: a decision a DPO can file")
class ReportTest {

  static final Rulebook TOY = Rulebook.find("xx").orElseThrow();
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static ProcessingOperation.Builder accessControl() {
    return ProcessingOperation.builder()
        .name("Fingerprint access control")
        .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL);
  }

  @Test
  @DisplayName("a required DPIA is reported outcome first, with its ground and citation")
  void requiredInText() {
    Decision d = TOY.decide(accessControl().dataCategories(DataCategory.BIOMETRIC).build(), DAY);

    String text = Report.of(TOY, Locale.ENGLISH, Report.Format.TEXT).render(d);

    assertThat(text).startsWith("DPIA assessment — Fingerprint access control\n");
    assertThat(text).contains("Outcome: DPIA REQUIRED").contains("* Biometric data — TDPA art. 9");
    assertThat(text.indexOf("DPIA REQUIRED")).isLessThan(text.indexOf("Biometric data"));
  }

  @Test
  @DisplayName("in Markdown a citation links to its source when it has no address of its own")
  void markdownLinks() {
    Decision d = TOY.decide(accessControl().dataCategories(DataCategory.BIOMETRIC).build(), DAY);

    String md = Report.of(TOY, Locale.ENGLISH, Report.Format.MARKDOWN).render(d);

    assertThat(md).startsWith("# DPIA assessment — Fingerprint access control")
        .contains("**DPIA REQUIRED**")
        .contains("[TDPA art. 9](https://example.org/tdpa)");
  }

  @Test
  @DisplayName("an undetermined decision is reported with the fact that would settle it, in French too")
  void undeterminedInFrench() {
    Decision d = TOY.decide(accessControl().build(), DAY);

    String english = Report.of(TOY, Locale.ENGLISH, Report.Format.TEXT).render(d);
    String french = Report.of(TOY, Locale.FRENCH, Report.Format.TEXT).render(d);

    assertThat(english).contains("the processing concerns biometric data — if yes: DPIA REQUIRED; if no: DPIA NOT REQUIRED");
    assertThat(english).contains("Biometric data (might hold)");
    assertThat(french).contains("AIPD OBLIGATOIRE").contains("Résultat : ");
  }

  @Test
  @DisplayName("an audit is reported with its summary and its timeline")
  void audit() {
    ProcessingOperation op = accessControl().dataCategories(DataCategory.BIOMETRIC)
        .period(ProcessingPeriod.since(LocalDate.of(2018, 1, 1))).build();

    String text = Report.of(TOY, Locale.ENGLISH, Report.Format.TEXT).render(TOY.audit(op, DAY));

    assertThat(text).contains("DPIA required from 2018-05-25 to 2024-06-01; not required from 2018-01-01 to 2018-05-24;"
        + " duty breached from 2018-05-25 to 2024-06-01 (no DPIA carried out).");
    assertThat(text).contains("from 2018-01-01 to 2018-05-24 [Fingerprint access control] — DPIA NOT REQUIRED — not required");
  }

  @Test
  @DisplayName("a provision not checked in the official text says how firmly it was established, in the report's language")
  void verificationStatusShown() {
    Citation reading = Citation.builder().source(Fixtures.TOY_ACT).article("12").verification(Verification.READING).build();
    Rule<ProcessingOperation> noDuty = Rule.named("xx.no-duty-found", Text.of("No DPIA duty found", "Aucune obligation d'AIPD identifiée"))
        .citing(reading)
        .when(Conditions.constant(Truth.TRUE, "no provision found"));
    Regime regime = Regime.of("xx", Text.of("Toy", "Jouet"), Fixtures.article("1"));
    Jurisdiction law = Jurisdiction.builder("xx-reading", "1", Text.of("Toy"))
        .regime(regime, Rule.named("xx.governs", "Always").citing(Fixtures.article("1")).when(Conditions.constant(Truth.TRUE, "always")),
            Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, noDuty)))
        .build();
    Decision d = law.decide(accessControl().build(), DAY);

    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d)).contains("No DPIA duty found — TDPA art. 12 [reading]");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(d)).contains("Aucune obligation d'AIPD identifiée — TDPA art. 12 [lecture]");
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(TOY.decide(accessControl().dataCategories(DataCategory.BIOMETRIC).build(), DAY)))
        .as("a checked provision carries no mark").doesNotContain("[checked]");
  }

  /** A toy law whose fallback is "below the threshold", whose regime cites an article renumbered on 2020-01-01. */
  static Jurisdiction belowThresholdLaw(GroundKind fallback) {
    Rule<ProcessingOperation> below = Rule.named("xx.below", Text.of("Fewer than two criteria", "Moins de deux critères"))
        .citing(Fixtures.article("3")).when(Conditions.constant(Truth.TRUE, "always"));
    Citation oldNumber = Citation.builder().source(Fixtures.TOY_ACT).article("7")
        .validity(org.dpia.core.time.DateRange.until(LocalDate.of(2019, 12, 31))).build();
    Citation newNumber = Citation.builder().source(Fixtures.TOY_ACT).article("70")
        .validity(org.dpia.core.time.DateRange.from(LocalDate.of(2020, 1, 1))).build();
    Regime regime = Regime.of("xx", Text.of("Toy", "Jouet"), oldNumber, newNumber);
    return Jurisdiction.builder("xx-below", "1", Text.of("Toy"))
        .regime(regime, Rule.named("xx.governs", "Always").citing(Fixtures.article("1")).when(Conditions.constant(Truth.TRUE, "always")),
            Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(fallback, below)))
        .build();
  }

  @Test
  @DisplayName("below the threshold, the outcome says there is no presumption of high risk, not a bare 'not required'")
  void belowThresholdIsQualified() {
    Decision below = belowThresholdLaw(GroundKind.BELOW_THRESHOLD).decide(accessControl().build(), DAY);
    Decision noDuty = belowThresholdLaw(GroundKind.NO_DUTY).decide(accessControl().build(), DAY);

    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(below))
        .contains("Outcome: DPIA NOT REQUIRED — no presumption of high risk: fewer than two risk criteria are met");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(below)).contains("pas de présomption de risque élevé");
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(noDuty)).contains("Outcome: DPIA NOT REQUIRED\n")
        .doesNotContain("no presumption of high risk");
  }

  @Test
  @DisplayName("a regime is cited in the numbering in force on the decision's date")
  void regimeCitedAsInForce() {
    Jurisdiction law = belowThresholdLaw(GroundKind.BELOW_THRESHOLD);

    String before = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(law.decide(accessControl().build(), LocalDate.of(2019, 6, 1)));
    String after = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(law.decide(accessControl().build(), DAY));

    assertThat(before).contains("TDPA art. 7").doesNotContain("TDPA art. 70");
    assertThat(after).contains("TDPA art. 70").doesNotContain("TDPA art. 7)").doesNotContain("TDPA art. 7;");
  }

  @Test
  @DisplayName("an audit's summary: required then met, never required, undetermined, in English and French")
  void summaries() {
    ProcessingOperation.Builder op = accessControl().dataCategories(DataCategory.BIOMETRIC)
        .period(ProcessingPeriod.since(LocalDate.of(2019, 1, 1)));
    DpiaRecord dpia = DpiaRecord.builder().title("DPIA").completedOn(LocalDate.of(2018, 12, 1))
        .addDataCategories(DataCategory.BIOMETRIC).addPurposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL).build();
    Report english = Report.of(Locale.ENGLISH, Report.Format.TEXT);
    Report french = Report.of(Locale.FRENCH, Report.Format.TEXT);

    Audit met = TOY.audit(op.technologies(FactSet.none()).addDpias(dpia).build(), DAY);
    assertThat(english.summary(met)).isEqualTo("DPIA required from 2019-01-01 to 2024-06-01; duty met throughout.");
    assertThat(french.summary(met)).isEqualTo("AIPD obligatoire du 2019-01-01 au 2024-06-01 ; obligation respectée sur toute la période.");

    // the DPIA does not say whether it covered the technologies, which the version leaves unknown: nothing was met
    Audit notKnownToBeMet = TOY.audit(op.technologies(FactSet.unknown()).addDpias(dpia).build(), DAY);
    assertThat(english.summary(notKnownToBeMet)).isEqualTo(
        "DPIA required from 2019-01-01 to 2024-06-01; whether the duty was met is undetermined from 2019-01-01 to 2024-06-01.")
        .doesNotContain("met throughout");
    assertThat(french.summary(notKnownToBeMet)).doesNotContain("toute la période").contains("respect de l'obligation indéterminé");

    Audit never = TOY.audit(accessControl().dataCategories(DataCategory.IDENTIFICATION)
        .period(ProcessingPeriod.since(LocalDate.of(2019, 1, 1))).build(), DAY);
    assertThat(english.summary(never)).isEqualTo("No DPIA required from 2019-01-01 to 2024-06-01.");
    assertThat(french.summary(never)).isEqualTo("Aucune AIPD obligatoire du 2019-01-01 au 2024-06-01.");

    // every day undetermined: never "no DPIA required"
    Audit open = TOY.audit(accessControl().period(ProcessingPeriod.since(LocalDate.of(2019, 1, 1))).build(), DAY);
    assertThat(english.summary(open)).isEqualTo("Whether a DPIA was required is undetermined from 2019-01-01 to 2024-06-01.");
    assertThat(french.summary(open)).isEqualTo("Obligation d'AIPD indéterminée du 2019-01-01 au 2024-06-01.");
    assertThat(open.undeterminedPeriods()).hasSize(1);
    assertThat(met.metPeriods()).hasSize(1);
  }

  @Test
  @DisplayName("a report in French names the regime in French and describes the answers given with the facts' own words")
  void frenchRegimeAndAnswers() {
    Decision d = TOY.decide(accessControl().build(), DAY, java.util.Map.of("data.biometric", Truth.TRUE));

    String french = Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(d);
    assertThat(french).contains("Protection des données (jouet)").contains("- the processing concerns biometric data : oui");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).outcome(d.outcome())).isEqualTo("AIPD OBLIGATOIRE");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).text(Text.of("yes", "oui"))).isEqualTo("oui");
    assertThat(Report.of(Locale.GERMAN, Report.Format.TEXT).outcome(d.outcome())).as("other languages: English").isEqualTo("DPIA REQUIRED");
  }

  // ---- what the report quotes cannot become structure (issue 14, point 6) ---------------------------

  /** A processing name that tries to forge a heading, a "not required" outcome and an image with a script. */
  static final String FORGED = "Fingerprint access control\n# Outcome: DPIA NOT REQUIRED <img src=x onerror=alert(1)>";

  @Test
  @DisplayName("a processing name cannot forge a heading, an outcome or HTML in a Markdown report of a required DPIA")
  void markdownNameCannotForge() {
    Decision d = TOY.decide(accessControl().name(FORGED).dataCategories(DataCategory.BIOMETRIC).build(), DAY);

    String md = Report.of(Locale.ENGLISH, Report.Format.MARKDOWN).render(d);

    List<String> lines = md.lines().toList();
    assertThat(lines).filteredOn(l -> l.startsWith("# ")).singleElement().asString()
        .startsWith("# DPIA assessment — Fingerprint access control \\# Outcome: DPIA NOT REQUIRED &lt;img");
    assertThat(lines).filteredOn(l -> l.contains("Outcome**")).singleElement().asString().contains("**DPIA REQUIRED**");
    assertThat(md).doesNotContain("<img").doesNotContain("\n# Outcome");
  }

  @Test
  @DisplayName("a processing name cannot forge an outcome line or a heading underline in a text report")
  void textNameCannotForge() {
    String name = "ACME\nOutcome: DPIA NOT REQUIRED\r\n=====\u2028Outcome: DPIA NOT REQUIRED";
    Decision d = TOY.decide(accessControl().name(name).dataCategories(DataCategory.BIOMETRIC).build(), DAY);

    String text = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("DPIA assessment — ACME Outcome: DPIA NOT REQUIRED ===== Outcome: DPIA NOT REQUIRED");
    assertThat(lines.get(1)).matches("=+");
    assertThat(lines).filteredOn(l -> l.startsWith("Outcome")).containsExactly("Outcome: DPIA REQUIRED");
    assertThat(lines).filteredOn(l -> l.matches("=+")).hasSize(1);
  }

  @Test
  @DisplayName("in an audit, the names of the processing and of a DPIA cannot forge a heading, a link or HTML")
  void auditNamesCannotForge() {
    DpiaRecord dpia = DpiaRecord.builder().title("DPIA\n## Summary\n[signed by the CNIL](https://evil.example) <script>x</script>")
        .completedOn(LocalDate.of(2018, 12, 1))
        .addDataCategories(DataCategory.BIOMETRIC).addPurposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL).build();
    ProcessingOperation op = accessControl().name(FORGED).dataCategories(DataCategory.BIOMETRIC).technologies(FactSet.none())
        .period(ProcessingPeriod.since(LocalDate.of(2019, 1, 1))).addDpias(dpia).build();

    String md = Report.of(Locale.ENGLISH, Report.Format.MARKDOWN).render(TOY.audit(op, DAY));
    String text = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(TOY.audit(op, DAY));

    assertThat(md.lines().filter(l -> l.startsWith("#"))).containsExactly(
        "# Audit — Fingerprint access control \\# Outcome: DPIA NOT REQUIRED &lt;img src=x onerror=alert(1)&gt;",
        "## Summary", "## Timeline");
    assertThat(md).contains("DPIA: DPIA \\#\\# Summary \\[signed by the CNIL\\](https://evil.example) &lt;script&gt;x&lt;/script&gt;, 2018-12-01")
        .doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("(?<!\\\\)\\[signed");
    assertThat(text.lines().filter(l -> l.startsWith("Summary"))).hasSize(1);
    assertThat(text).contains("DPIA: DPIA ## Summary [signed by the CNIL](https://evil.example) <script>x</script>, 2018-12-01");
  }

  // ---- one language, no ids (issue 14, point 9) ----------------------------------------------------

  /** A toy regulation whose short title differs by language, quoted in French. */
  static final LegalSource TOY_REGULATION = LegalSource.builder()
      .id("xx.toy-regulation")
      .title("Règlement jouet")
      .shortTitles(Text.of("TR", "RJ"))
      .url("https://example.org/tr")
      .language("fr")
      .verification(Verification.CHECKED)
      .build();

  static final Citation RECITAL_9 = Citation.builder().source(TOY_REGULATION)
      .part(Text.of("recital 9", "considérant 9")).verification(Verification.READING).build();
  static final Citation ARTICLE_9 = Citation.builder().source(TOY_REGULATION).article("9")
      .wording("Le traitement des données biométriques est interdit").build();

  static Jurisdiction toyRegulation() {
    Rule<ProcessingOperation> biometric = Rule.named("xx.tr.biometric", Text.of("Biometric data", "Données biométriques"))
        .citing(ARTICLE_9, RECITAL_9)
        .when(Conditions.constant(Truth.TRUE, "always"));
    Regime regime = Regime.of("xx.tr", Text.of("Toy regulation", "Règlement jouet"), Citation.of(TOY_REGULATION, "1"));
    return Jurisdiction.builder("xx-tr", "1", Text.of("Toy regulation"))
        .regime(regime, Rule.named("xx.tr.governs", "Always").citing(Citation.of(TOY_REGULATION, "2"))
                .when(Conditions.constant(Truth.TRUE, "always")),
            Precedence.<ProcessingOperation>builder()
                .rank("regulation", "the regulation", Provision.requires(GroundKind.HIGH_RISK_CASE, biometric))
                .otherwise(Provision.dispenses(GroundKind.NO_DUTY, biometric)))
        .build();
  }

  @Test
  @DisplayName("citations are written in the report's language: the source's short title and a part in words; the wording stays French")
  void citationsInTheReportsLanguage() {
    Decision d = toyRegulation().decide(accessControl().build(), DAY);

    String english = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d);
    String french = Report.of(Locale.FRENCH, Report.Format.TEXT).render(d);

    assertThat(english).contains("* Biometric data — TR art. 9; TR, recital 9 [reading]")
        .contains("« Le traitement des données biométriques est interdit »")
        .doesNotContain("RJ").doesNotContain("considérant").doesNotContain("lecture");
    assertThat(french).contains("* Données biométriques — RJ art. 9 ; RJ, considérant 9 [lecture]")
        .doesNotContain("TR ").doesNotContain("recital").doesNotContain("reading");
    assertThat(Report.of(Locale.FRENCH, Report.Format.MARKDOWN).citations(List.of(ARTICLE_9, RECITAL_9)))
        .isEqualTo("[RJ art. 9](https://example.org/tr) ; [RJ, considérant 9](https://example.org/tr) \\[lecture\\]");
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).citations(List.of(ARTICLE_9, RECITAL_9)))
        .isEqualTo("TR art. 9; TR, recital 9 [reading]");
  }

  @Test
  @DisplayName("an answer is named by its fact's description even when the decision did not read the fact")
  void answersInWords() {
    ProcessingOperation police = ProcessingOperation.builder().name("Police files")
        .controller(Controller.of("Police", StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION).build();
    Decision d = TOY.decide(police, DAY, Map.of("data.biometric", Truth.TRUE));

    assertThat(d.trace().reads("data.biometric")).as("the police regime does not read it").isFalse();
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d)).contains("* the processing concerns biometric data: yes")
        .doesNotContain("data.biometric");
    assertThat(Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(d)).contains("- the processing concerns biometric data : oui")
        .doesNotContain("data.biometric");
  }

  @Test
  @DisplayName("a conflict between rules of equal rank is reported in the report's language, naming the rules by their titles")
  void conflictInTheReportsLanguage() {
    Rule<ProcessingOperation> mandatory = Rule.named("xx.mandatory-item", Text.of("Mandatory list item", "Élément de la liste obligatoire"))
        .citing(Fixtures.article("4")).when(Conditions.constant(Truth.TRUE, "always"));
    Rule<ProcessingOperation> exempt = Rule.named("xx.exempt-item", Text.of("Exempt list item", "Élément de la liste des dispenses"))
        .citing(Fixtures.article("5")).when(Conditions.constant(Truth.TRUE, "always"));
    Regime regime = Regime.of("xx", Text.of("Toy", "Jouet"), Fixtures.article("1"));
    Jurisdiction law = Jurisdiction.builder("xx-conflict", "1", Text.of("Toy"))
        .regime(regime, Rule.named("xx.governs", "Always").citing(Fixtures.article("1")).when(Conditions.constant(Truth.TRUE, "always")),
            Precedence.<ProcessingOperation>builder()
                .rank("lists", "both lists at once", Provision.requires(GroundKind.MANDATORY_LIST, mandatory),
                    Provision.dispenses(GroundKind.EXEMPT_LIST, exempt))
                .otherwise(Provision.dispenses(GroundKind.NO_DUTY, exempt)))
        .build();
    Decision d = law.decide(accessControl().build(), DAY);

    String french = Report.of(Locale.FRENCH, Report.Format.TEXT).render(d);
    String english = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(d);

    assertThat(french).contains("* Des dispositions de même rang imposent une AIPD et en dispensent à la fois : "
        + "Élément de la liste obligatoire ; Élément de la liste des dispenses").doesNotContain("rank").doesNotContain("lists");
    assertThat(english).contains("* Provisions of equal rank both require and dispense with a DPIA: Mandatory list item; Exempt list item")
        .doesNotContain("'lists'");
  }

  @Test
  @DisplayName("no report, in any language or format, shows the id of a fact, a rule or a regime")
  void noIds() {
    Jurisdiction toy = ((DeclaredRulebook) TOY).jurisdiction();
    List<String> ids = new ArrayList<>(toy.factIds());
    toy.rules().forEach(r -> ids.add(r.id()));
    toy.regimes().keySet().forEach(r -> ids.add(r.id()));
    ProcessingOperation police = ProcessingOperation.builder().name("Police files")
        .controller(Controller.of("Police", StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION).build();
    List<Decision> decisions = List.of(
        TOY.decide(accessControl().build(), DAY),
        TOY.decide(accessControl().dataCategories(DataCategory.BIOMETRIC).build(), DAY),
        TOY.decide(accessControl().build(), DAY, Map.of("data.biometric", Truth.FALSE)),
        TOY.decide(police, DAY, Map.of("data.biometric", Truth.TRUE, "purpose.police", Truth.TRUE)));
    assertThat(ids).contains("data.biometric", "purpose.police", "xx.biometric", "xx.gdpr");

    Stream.of(Locale.ENGLISH, Locale.FRENCH).forEach(locale -> Stream.of(Report.Format.values()).forEach(format -> {
      for (Decision d : decisions) {
        String report = Report.of(locale, format).render(d);
        assertThat(ids).as("%s %s report of %s", locale, format, d).noneSatisfy(id -> assertThat(report).contains(id));
      }
    }));
  }
}
