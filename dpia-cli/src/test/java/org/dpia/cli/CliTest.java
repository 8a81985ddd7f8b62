package org.dpia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dpia command, run in this JVM with its output captured: every command, every exit code, bad files of every kind. */
@DisplayName("The dpia command")
class CliTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path LILLE = ROOT.resolve("examples/lille.yaml");
  static final Path GALLERY = ROOT.resolve("gallery");
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Run(int code, String out, String err) {}

  static Run answering(String input, Object... args) {
    CommandLine cl = Dpia.commandLine(new BufferedReader(new StringReader(input)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(Stream.of(args).map(Object::toString).toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(Object... args) {
    return answering("", args);
  }

  @Nested
  @DisplayName("decide")
  class Decide {
    @Test
    @DisplayName("the Lille file: DPIA required, exit 0, the English report")
    void lille() {
      Run r = run("decide", LILLE, "--date", "2023-06-01");
      assertThat(r.code()).isEqualTo(Dpia.DECIDED);
      assertThat(r.out()).contains("Outcome: DPIA REQUIRED").contains("LIL art. 90");
      assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("in French, as Markdown")
    void frenchMarkdown() {
      Run r = run("decide", LILLE, "--date", "2023-06-01", "--lang", "fr", "--format", "markdown");
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("# ").contains("AIPD OBLIGATOIRE").contains("« Si le traitement est susceptible");
    }

    @Test
    @DisplayName("as JSON: the receipt")
    void json() {
      Run r = run("decide", LILLE, "--date", "2023-06-01", "--format", "json");
      JsonNode receipt = JSON.readTree(r.out());
      assertThat(receipt.get("outcome").asString()).isEqualTo("REQUIRED");
      assertThat(receipt.get("asOf").asString()).isEqualTo("2023-06-01");
      assertThat(receipt.get("decisiveRuleIds").get(0).asString()).isEqualTo("fr.lil.90.two-criteria");
    }

    @Test
    @DisplayName("an undetermined case exits with 1 and says what is missing")
    void undetermined() {
      Run r = run("decide", GALLERY.resolve("undetermined-loyalty-programme-profiling.yaml"), "--date", "2024-06-01");
      assertThat(r.code()).isEqualTo(Dpia.UNDETERMINED);
      assertThat(r.out()).contains("UNDETERMINED");
    }

    @Test
    @DisplayName("a directory: one line per file, the worst exit code")
    void directory() throws IOException {
      Run r = run("decide", GALLERY, "--date", "2024-06-01");
      long files;
      try (Stream<Path> s = Files.list(GALLERY)) {
        files = s.filter(p -> p.toString().endsWith(".yaml")).count();
      }
      assertThat(r.out().lines()).hasSize((int) files);
      assertThat(r.out().lines().filter(l -> l.contains("lille-briefcam.yaml: REQUIRED (fr.lil.90.two-criteria)"))).hasSize(1);
      assertThat(r.code()).isEqualTo(Dpia.UNDETERMINED);
    }

    @Test
    @DisplayName("screening as JSON lines and as a Markdown table")
    void screeningFormats(@TempDir Path dir) throws IOException {
      Files.copy(LILLE, dir.resolve("a.yaml"));
      Files.writeString(dir.resolve("b.json"), "{\"name\": \"x\"}");
      Files.writeString(dir.resolve("notes.txt"), "not a description");
      Run json = run("decide", dir, "--date", "2023-06-01", "--format", "json");
      List<String> lines = json.out().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(JSON.readTree(lines.get(0)).get("file").asString()).endsWith("a.yaml");
      assertThat(JSON.readTree(lines.get(0)).get("outcome").asString()).isEqualTo("REQUIRED");
      assertThat(JSON.readTree(lines.get(1)).get("problems").get(0).get("message").asString()).contains("'controller' is missing");
      assertThat(json.code()).isEqualTo(Dpia.BAD_INPUT);
      Run md = run("decide", dir, "--date", "2023-06-01", "--format", "markdown");
      assertThat(md.out().lines()).hasSize(4).first().isEqualTo("| file | outcome | decisive rules or missing facts |");
      assertThat(md.out()).contains("| REQUIRED | fr.lil.90.two-criteria |").contains("| INVALID |");
    }
  }

  @Nested
  @DisplayName("bad input: exit 2, every problem with its file, line, column and path, never a stack trace")
  class BadInput {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown property         | colour: blue                                  | line 11, column 1, $.colour: unknown property 'colour'",
        "an unknown id               | technologies: [VIDEO_SURVEILANCE]              | $.technologies[0]: unknown technology 'VIDEO_SURVEILANCE'",
        "a wrong type                | profiling: maybe                              | $.profiling: expected true, false or unknown, found the text \"maybe\"",
        "a model check               | personalData: false                           | it is said to process no personal data, yet data categories are listed",
        "a syntax error              | places: [ONLINE                               | not valid YAML",
        "an answer for no fact       | answers: {no-such-fact: true}                 | $.answers: the rulebook fr reads no fact named"})
    void badFiles(String kind, String line, String expected, @TempDir Path dir) throws IOException {
      Path file = dir.resolve("bad.yaml");
      String text = Files.readString(LILLE).replace("technologies: [VIDEO_SURVEILLANCE, ALGORITHMIC_VIDEO_ANALYSIS]\n",
          line.startsWith("technologies") ? "" : "technologies: [VIDEO_SURVEILLANCE, ALGORITHMIC_VIDEO_ANALYSIS]\n");
      Files.writeString(file, text + line.replace("\\n", "\n") + "\n");
      Run r = run("decide", file, "--date", "2023-06-01");
      assertThat(r.code()).as(r.err()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).startsWith(file + ": ").contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("an invalid date in a file, with its place")
    void invalidDate(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("bad.yaml"), Files.readString(LILLE).replace("2025-01-31", "2025-02-30"));
      Run r = run("decide", file);
      assertThat(r.code()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).contains("line 10, column 32, $.period.to: '2025-02-30' is not a valid date");
    }

    @Test
    @DisplayName("the problems as JSON with --format json, suggestions included")
    void problemsAsJson(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("bad.yaml"), Files.readString(LILLE).replace("MUNICIPAL_POLICE", "MUNICIPAL_POLISE"));
      Run r = run("decide", file, "--format", "json");
      JsonNode problem = JSON.readTree(r.out()).get("problems").get(0);
      assertThat(problem.get("path").asString()).isEqualTo("$.controller.kind");
      assertThat(problem.get("line").asInt()).isEqualTo(3);
      assertThat(problem.get("suggestions").get(0).asString()).isEqualTo("MUNICIPAL_POLICE");
    }

    @Test
    @DisplayName("a missing file, a file that is not JSON or YAML, an empty directory")
    void files(@TempDir Path dir) throws IOException {
      assertThat(run("decide", dir.resolve("missing.yaml")).err()).contains("the file cannot be read");
      Path txt = Files.writeString(dir.resolve("lille.txt"), "x");
      Run r = run("decide", txt);
      assertThat(r.code()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).contains("name it .json, .yaml or .yml");
      Path empty = Files.createDirectory(dir.resolve("empty"));
      assertThat(run("decide", empty).code()).isEqualTo(Dpia.BAD_INPUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"decide|--lang|de", "decide|--date|2023-13-01", "decide|--format|pdf", "frobnicate|x|y"})
    @DisplayName("bad options and unknown commands")
    void badOptions(String command, String option, String value) {
      Run r = run(command, LILLE, option, value);
      assertThat(r.code()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).startsWith("dpia: ").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("no command at all")
    void noCommand() {
      Run r = run();
      assertThat(r.code()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).contains("Commands:").contains("a command is required");
    }
  }

  @Nested
  @DisplayName("audit")
  class Audit {
    @Test
    @DisplayName("the Lille history: the duty breached while BriefCam ran; exit 1, since whether the 2021 DPIA met it is open on other days")
    void lilleHistory() {
      Run r = run("audit", GALLERY.resolve("lille-history.history.yaml"), "--date", "2025-06-30");
      assertThat(r.code()).as(r.err()).isEqualTo(Dpia.UNDETERMINED);
      assertThat(r.out()).contains("whether the duty was met is undetermined from 2021-12-31 to 2022-10-31");
      assertThat(r.out()).contains("from 2022-11-01 to 2025-01-31 (the DPIAs carried out do not cover this version)");
    }

    @Test
    @DisplayName("an operation over its period, as JSON")
    void operationAsJson() {
      Run r = run("audit", LILLE, "--format", "json");
      JsonNode receipt = JSON.readTree(r.out());
      assertThat(receipt.get("dpiaAuditVersion").asString()).isEqualTo("1");
      assertThat(receipt.get("breached").get(0).get("from").asString()).isEqualTo("2022-11-01");
    }

    @Test
    @DisplayName("many files: one summary line each")
    void many() {
      Run r = run("audit", LILLE, GALLERY.resolve("lille-history.history.yaml"), "--date", "2025-06-30");
      assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.contains(": DPIA required from"));
    }

    @Test
    @DisplayName("an operation whose start is unknown cannot be audited: exit 2")
    void noStart(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("x.yaml"), "name: x\ncontroller: {name: y}\n");
      Run r = run("audit", file);
      assertThat(r.code()).isEqualTo(Dpia.BAD_INPUT);
      assertThat(r.err()).contains("an audit needs the day the processing started");
    }
  }

  @Nested
  @DisplayName("ask")
  class Ask {
    static final Path LOYALTY = GALLERY.resolve("undetermined-loyalty-programme-profiling.yaml");

    @Test
    @DisplayName("one answer settles the loyalty-card case; the completed description comes out with the answer")
    void settles() {
      Run r = answering("y\n", "ask", LOYALTY, "--date", "2024-06-01");
      assertThat(r.code()).as(r.err()).isEqualTo(Dpia.DECIDED);
      assertThat(r.err()).contains("Question 1: ").contains("DPIA REQUIRED");
      assertThat(r.out()).contains("answers:").contains(": true");
    }

    @Test
    @DisplayName("the input ends before an answer: exit 1, the description written as it stands")
    void inputEnds() {
      Run r = answering("", "ask", LOYALTY, "--date", "2024-06-01", "--lang", "fr");
      assertThat(r.code()).isEqualTo(Dpia.UNDETERMINED);
      assertThat(r.err()).contains("Question 1 : ").contains("Fin des réponses");
      assertThat(r.out()).startsWith("name: ").doesNotContain("answers:");
    }

    @Test
    @DisplayName("a bad answer is asked again; the file written with --output reads back with its answers")
    void output(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("completed.json");
      Run r = answering("maybe\noui\n", "ask", LOYALTY, "--date", "2024-06-01", "-o", out);
      assertThat(r.err()).contains("Answer yes, no or ?");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
      Run decided = run("decide", out, "--date", "2024-06-01");
      assertThat(decided.code()).isEqualTo(Dpia.DECIDED);
      assertThat(decided.out()).contains("DPIA REQUIRED");
    }

    @Test
    @DisplayName("a history is refused")
    void history() {
      assertThat(run("ask", GALLERY.resolve("lille-history.history.yaml")).code()).isEqualTo(Dpia.BAD_INPUT);
    }
  }

  @Test
  @DisplayName("schema prints the description schema, or the decision schema")
  void schema() {
    Run r = run("schema");
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(JSON.readTree(run("schema", "--decision").out()).get("title").asString()).startsWith("dpia decision receipt");
    assertThat(JSON.readTree(run("schema", "--audit").out()).get("title").asString()).startsWith("dpia audit receipt");
    assertThat(run("schema", "--audit", "--decision").code()).isEqualTo(Dpia.BAD_INPUT);
  }

  @Test
  @DisplayName("--help lists the commands and the exit codes; --version")
  void help() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("decide").contains("audit").contains("ask").contains("schema")
        .contains("Exit codes:").contains("2   bad input");
    assertThat(run("--version").out()).startsWith("dpia ");
    assertThat(run("decide", "--help").out()).contains("--date").contains("--lang").contains("--format");
  }
}
