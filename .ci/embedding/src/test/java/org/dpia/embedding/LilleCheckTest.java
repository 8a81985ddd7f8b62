package org.dpia.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.util.Locale;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.report.Report;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.Test;

class LilleCheckTest {

  @Test
  void runsOnThePathItWasBuiltFor() {
    boolean modulePath = "module".equals(System.getProperty("embedding.path"));
    assertThat(Rulebook.class.getModule().isNamed()).as("dpia-core is a named module on the module path only").isEqualTo(modulePath);
    if (modulePath) {
      assertThat(Rulebook.class.getModule().getName()).isEqualTo("org.dpia.core");
      assertThat(FrenchRulebook.class.getModule().getName()).isEqualTo("org.dpia.rules.fr");
      assertThat(LilleCheck.class.getModule().getName()).isEqualTo("org.dpia.embedding");
    }
  }

  @Test
  void findsTheFrenchRulebookWithServiceLoader() {
    assertThat(LilleCheck.discovered()).extracting(Rulebook::id).contains("fr");
    assertThat(Rulebook.find("fr")).isPresent();
  }

  @Test
  void decidesTheLilleCase() {
    Decision d = LilleCheck.decide(Rulebook.find("fr").orElseThrow());

    assertThat(d).isRequired().underRegime("police-justice").citing("LIL art. 90");
  }

  @Test
  void reportsInFrenchAndEnglish() {
    Rulebook france = Rulebook.find("fr").orElseThrow();
    Decision d = LilleCheck.decide(france);

    String fr = Report.of(france, Locale.FRENCH, Report.Format.MARKDOWN).render(d);
    String en = Report.of(france, Locale.ENGLISH, Report.Format.TEXT).render(d);

    assertThat(fr).startsWith("# ").contains("AIPD OBLIGATOIRE");
    assertThat(en).contains("DPIA REQUIRED");
  }
}
