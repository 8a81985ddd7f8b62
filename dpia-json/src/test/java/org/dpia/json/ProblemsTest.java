package org.dpia.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dpia.core.model.InvalidDescriptionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad data gets a precise answer: every problem, with its JSON path, line and column, never an exception. */
@DisplayName("Bad descriptions: every problem listed with where it is")
class ProblemsTest {

  static final String LILLE = """
      name: BriefCam video analytics
      controller:
        name: Ville de Lille
        kind: MUNICIPAL_POLICE
      purposes: [CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION]
      dataCategories: [IMAGES]
      technologies: [VIDEO_SURVEILLANCE, ALGORITHMIC_VIDEO_ANALYSIS]
      places: [PUBLICLY_ACCESSIBLE_AREA]
      period: {from: 2022-11-01, to: 2025-01-31}
      """;

  static List<Problem> problems(String yaml) {
    Result<Description> read = Descriptions.builtIn().read(yaml, Format.YAML);
    assertThat(read.isValid()).as("refused: %s", yaml).isFalse();
    assertThat(read.value()).isEmpty();
    return read.problems();
  }

  @Test
  @DisplayName("the Lille sample is read")
  void theSampleIsValid() {
    assertThat(Descriptions.builtIn().read(LILLE, Format.YAML).problems()).isEmpty();
  }

  @Test
  @DisplayName("an unknown property: its path, line and column, and the closest property names")
  void unknownProperty() {
    List<Problem> problems = problems(LILLE.replace("places:", "place:"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.place");
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.column()).isEqualTo(1);
      assertThat(p.message()).isEqualTo("unknown property 'place'");
      assertThat(p.suggestions()).startsWith("places");
    });
    assertThat(problems.get(0).toString()).isEqualTo("line 8, column 1, $.place: unknown property 'place' (did you mean places?)");
  }

  @Test
  @DisplayName("an unknown vocabulary id: the closest valid ids suggested")
  void unknownId() {
    List<Problem> problems = problems(LILLE.replace("kind: MUNICIPAL_POLICE", "kind: MUNICIPAL_POLISE")
        .replace("[VIDEO_SURVEILLANCE,", "[VIDEO_SURVEILANCE,"));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.controller.kind");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(9);
      assertThat(p.suggestions()).containsExactly("MUNICIPAL_POLICE");
    });
    assertThat(problems.get(1)).satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.technologies[0]");
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).startsWith("unknown technology 'VIDEO_SURVEILANCE'");
      assertThat(p.suggestions()).first().isEqualTo("VIDEO_SURVEILLANCE");
    });
  }

  @Test
  @DisplayName("a closed vocabulary's unknown value (a data category), with suggestions")
  void unknownDataCategory() {
    assertThat(problems(LILLE.replace("[IMAGES]", "[IMAGE, HEALTH]"))).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.dataCategories[0]");
      assertThat(p.message()).isEqualTo("unknown data category 'IMAGE'");
      assertThat(p.suggestions()).contains("IMAGES");
    });
  }

  @Test
  @DisplayName("wrong types: a text for a list, a text for a yes/no fact, a list for an object, a decimal for a count")
  void wrongTypes() {
    List<Problem> problems = problems(LILLE.replace("[IMAGES]", "IMAGES")
        + "profiling: maybe\nscale: [CITY]\njointControllers: [{name: x, staff: 2.5}]\n");
    assertThat(problems).extracting(Problem::path)
        .containsExactly("$.dataCategories", "$.profiling", "$.scale", "$.jointControllers[0].staff");
    assertThat(problems.get(0).message()).contains("expected a list").contains("found the text \"IMAGES\"");
    assertThat(problems.get(1).message()).isEqualTo("expected true, false or unknown, found the text \"maybe\"");
    assertThat(problems.get(2).message()).contains("as an object").contains("found a list");
    assertThat(problems.get(3).message()).isEqualTo("expected a whole number, found the number 2.5");
  }

  @Test
  @DisplayName("an invalid date and a date that is not text")
  void invalidDates() {
    List<Problem> problems = problems(LILLE.replace("from: 2022-11-01, to: 2025-01-31", "from: 2022-02-30, to: 20250131"));
    assertThat(problems).extracting(Problem::path).containsExactly("$.period.from", "$.period.to");
    assertThat(problems.get(0).message()).startsWith("'2022-02-30' is not a valid date");
    assertThat(problems.get(0).line()).isEqualTo(9);
    assertThat(problems.get(1).message()).contains("found the number 20250131");
  }

  @Test
  @DisplayName("the model's own checks, reported at the object they are about")
  void modelChecks() {
    List<Problem> period = problems(LILLE.replace("to: 2025-01-31", "to: 2021-01-31"));
    assertThat(period).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.period");
      assertThat(p.message()).isEqualTo("the period ends (2021-01-31) before it starts (2022-11-01)");
      assertThat(p.line()).isEqualTo(9);
    });
    List<Problem> contradiction = problems(LILLE + "personalData: false\n");
    assertThat(contradiction).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("it is said to process no personal data, yet data categories are listed");
    });
    assertThat(problems(LILLE + "scale: {dataSubjects: -3}\n")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the number of data subjects is negative (-3)"));
    assertThat(problems(LILLE.replace("Ville de Lille", "\"\\u00a0\""))).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.controller"));
  }

  @Test
  @DisplayName("missing required properties and a property given twice")
  void requiredAndDuplicates() {
    List<Problem> problems = problems("controller: {kind: COMPANY}\npurposes: none\npurposes: [MARKETING]\n");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "line 1, column 1, $: the required property 'name' is missing",
        "line 1, column 13, $.controller: the required property 'name' is missing",
        "line 3, column 1, $.purposes: the property 'purposes' is given twice");
  }

  @Test
  @DisplayName("syntax errors in JSON and YAML, with their line and column")
  void syntaxErrors() {
    Result<Description> json = Descriptions.builtIn().read("{\n  \"name\": \"x\",\n  \"controller\": {\"name\": \"y\"\n}", Format.JSON);
    assertThat(json.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).startsWith("not valid JSON: ");
    });
    Result<Description> yaml = Descriptions.builtIn().read("name: x\ncontroller:\n  name: [y\nplaces: z\n", Format.YAML);
    assertThat(yaml.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("not valid YAML: ");
      assertThat(p.line()).isGreaterThan(0);
    });
    assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).startsWith("the file is empty"));
    assertThat(problems("- a\n- b\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("found a list"));
  }

  @Test
  @DisplayName("terms of one's own: every property required, and a built-in id is not redefined")
  void customTerms() {
    List<Problem> problems = problems(LILLE.replace("[VIDEO_SURVEILLANCE, ALGORITHMIC_VIDEO_ANALYSIS]",
        "[{id: GAIT, text: gait analysis, observesPeople: true}, {id: DRONES, text: drones, observesPeople: true, "
            + "identifiesBiometrically: false, locatesPeople: unknown, innovative: false}]")
        .replace("places: [PUBLICLY_ACCESSIBLE_AREA]", "places: [{id: STREET, text: a street}]"));
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "line 7, column 16, $.technologies[0]: the required property 'identifiesBiometrically' is missing",
        "line 7, column 16, $.technologies[0]: the required property 'locatesPeople' is missing",
        "line 7, column 16, $.technologies[0]: the required property 'innovative' is missing",
        "line 7, column 71, $.technologies[1]: 'DRONES' is the id of a built-in technology: name it alone, as a text, or give yours another id",
        "line 8, column 10, $.places[0]: a place is named by its id, one of: PUBLICLY_ACCESSIBLE_AREA, WORKPLACE, SCHOOL, "
            + "HEALTH_ESTABLISHMENT, HOME, VEHICLE, ONLINE");
  }

  @Test
  @DisplayName("a history: versions out of order and a DPIA without its date")
  void history() {
    String yaml = """
        name: Lille video protection
        versions:
          - {label: CCTV, from: 2022-11-01, facts: {name: CCTV, controller: {name: Lille}}}
          - {label: BriefCam, from: 2015-01-01, facts: {name: BriefCam, controller: {name: Lille}}}
        dpias:
          - {title: AIPD}
        """;
    List<Problem> problems = problems(yaml);
    assertThat(problems).extracting(Problem::path).containsExactly("$.dpias[0]");
    List<Problem> order = problems(yaml.replace("  - {title: AIPD}", "  - {title: AIPD, completedOn: 2021-01-01}"));
    assertThat(order).singleElement().satisfies(p -> assertThat(p.message()).contains("versions must be in date order"));
    assertThat(Descriptions.builtIn().readOperation(yaml, Format.YAML).problems()).isNotEmpty();
  }

  @Test
  @DisplayName("answers are true, false or unknown")
  void answers() {
    assertThat(problems(LILLE + "answers: {large-scale: yes}\n")).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("line 10, column 24, $.answers.large-scale: expected true, false or unknown, found the text \"yes\""));
  }

  @Test
  @DisplayName("files: a name that says no format, a missing file, bytes that are not UTF-8")
  void files(@TempDir Path dir) throws IOException {
    assertThat(Descriptions.builtIn().read(dir.resolve("lille.txt")).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("name it .json, .yaml or .yml"));
    assertThat(Descriptions.builtIn().read(dir.resolve("missing.yaml")).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the file cannot be read"));
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9\ncontroller: {name: x}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Descriptions.builtIn().read(latin1).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the file is not UTF-8 text"));
    Path ok = Files.writeString(dir.resolve("lille.yml"), LILLE);
    assertThat(Descriptions.builtIn().read(ok).isValid()).isTrue();
  }

  @Test
  @DisplayName("every cut of a valid file is refused or read, never thrown")
  void neverThrows() {
    String json = Descriptions.builtIn().write(Descriptions.builtIn().read(LILLE, Format.YAML).orElseThrow(), Format.JSON);
    for (String text : List.of(LILLE, json)) {
      for (int cut = 0; cut < text.length(); cut++) {
        for (Format format : Format.values()) {
          Result<Description> read = Descriptions.builtIn().read(text.substring(0, cut), format);
          assertThat(read.isValid() || !read.problems().isEmpty()).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("orElseThrow lists every problem in one exception")
  void orElseThrow() {
    Result<Description> read = Descriptions.builtIn().read(LILLE + "colour: blue\nsize: big\n", Format.YAML);
    assertThatThrownBy(read::orElseThrow).isInstanceOf(InvalidDescriptionException.class)
        .hasMessageContaining("2 problems").hasMessageContaining("$.colour").hasMessageContaining("$.size");
  }
}
