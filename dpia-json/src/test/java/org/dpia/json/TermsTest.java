package org.dpia.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dpia.core.model.Controller;
import org.dpia.core.model.CustomPurpose;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.Technology;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.FrenchPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The terms a description names by id: the built-in ones, and an application's own. */
@DisplayName("Terms: the ids of the open vocabularies")
class TermsTest {
  static final CustomPurpose TELEWORK = CustomPurpose.of("TELEWORK_TRACKING", Text.of("telework tracking"), PurposeFamily.EMPLOYEE_MONITORING);

  @Test
  @DisplayName("the built-in terms are core's and the French rulebook's")
  void builtIn() {
    assertThat(Terms.builtIn().ids(Purpose.class)).contains(StandardPurpose.PATIENT_CARE.id(), FrenchPurpose.NOTARIAL_PRACTICE.id());
    assertThat(Terms.builtIn().find(Purpose.class, "FR_NOTARIAL_PRACTICE")).contains(FrenchPurpose.NOTARIAL_PRACTICE);
    assertThat(Terms.builtIn().find(Technology.class, "PATIENT_CARE")).isEmpty();
  }

  @Test
  @DisplayName("an application's registered term is written by its id alone, and read back as itself")
  void registered() {
    Descriptions mine = Descriptions.with(Terms.builtIn().with(TELEWORK));
    ProcessingOperation op = ProcessingOperation.builder().name("x").controller(Controller.builder().name("y").build())
        .purposes(FactSet.of(TELEWORK)).build();
    String yaml = mine.write(op, Format.YAML);
    assertThat(yaml).contains("- TELEWORK_TRACKING").doesNotContain("family");
    assertThat(mine.readOperation(yaml, Format.YAML).orElseThrow()).isEqualTo(op);
    // without the registration, the id is unknown, and the closest ids are offered
    assertThat(Descriptions.builtIn().readOperation(yaml, Format.YAML).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("unknown purpose 'TELEWORK_TRACKING'"));
    // written with the built-in terms, the same purpose is written in full, and read back equal
    String full = Descriptions.builtIn().write(op, Format.YAML);
    assertThat(full).contains("family: EMPLOYEE_MONITORING");
    assertThat(Descriptions.builtIn().readOperation(full, Format.YAML).orElseThrow()).isEqualTo(op);
  }

  @Test
  @DisplayName("two terms with one id, or a term of no open vocabulary, are refused")
  void refused() {
    CustomPurpose other = CustomPurpose.of("TELEWORK_TRACKING", Text.of("something else"), PurposeFamily.OTHER);
    assertThatThrownBy(() -> Terms.builtIn().with(TELEWORK, other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two purposes have the id TELEWORK_TRACKING");
    assertThatThrownBy(() -> Terms.builtIn().with(PurposeFamily.OTHER)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Terms.builtIn().with(TELEWORK, TELEWORK).ids(Purpose.class)).containsOnlyOnce("TELEWORK_TRACKING");
  }

  @Test
  @DisplayName("suggestions: a few edits away, or a part of the id")
  void closest() {
    assertThat(Terms.closest("VIDEO", Terms.builtIn().ids(Technology.class))).contains("VIDEO_SURVEILLANCE");
    assertThat(Terms.closest("drones", Terms.builtIn().ids(Technology.class))).containsExactly("DRONES");
    assertThat(Terms.closest("QWERTYUIOP", Terms.builtIn().ids(Technology.class))).isEmpty();
  }
}
