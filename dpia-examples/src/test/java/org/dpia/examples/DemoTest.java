package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dpia.examples.cases.Gallery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Demo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("with no argument the demo prints the Lille report and its audit")
  void printsLilleByDefault() {
    assertThat(run()).isZero();
    assertThat(out()).contains("BriefCam").contains("DPIA REQUIRED").contains("LIL art. 90")
        .contains("duty breached from 2022-11-01 to 2025-01-31");
  }

  @Test
  @DisplayName("every line of the README's demo excerpt is a line the demo prints")
  void readmeExcerptIsWhatTheDemoPrints() throws java.io.IOException {
    java.nio.file.Path readme = java.nio.file.Path.of("").toAbsolutePath();
    while (!java.nio.file.Files.exists(readme.resolve("README.md")) || !java.nio.file.Files.exists(readme.resolve("dpia-core"))) {
      readme = readme.getParent();
    }
    java.util.List<String> lines = java.nio.file.Files.readAllLines(readme.resolve("README.md"));
    int heading = lines.indexOf("### The Lille case, as the library reports it");
    int open = lines.subList(heading, lines.size()).indexOf("```") + heading;
    int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
    java.util.List<String> excerpt = lines.subList(open + 1, close).stream().filter(l -> !l.equals("…")).toList();

    assertThat(run()).isZero();
    java.util.List<String> printed = out().lines().toList();
    assertThat(excerpt).hasSizeGreaterThan(5);
    assertThat(printed).containsAll(excerpt);
  }

  @Test
  @DisplayName("in French, the report speaks French and quotes LIL art. 90")
  void printsInFrench() {
    assertThat(run("lille-briefcam", "--lang", "fr")).isZero();
    assertThat(out()).contains("AIPD OBLIGATOIRE").contains("« Si le traitement est susceptible d'engendrer un risque élevé");
  }

  @Test
  @DisplayName("in French, a list item is cited as « n° », in English as « item »")
  void listItemsCitedInTheReportsLanguage() {
    assertThat(run("cnil-exempt-01-small-employer-staff", "--lang", "fr")).isZero();
    assertThat(out()).contains("CNIL délib. n° 2019-118, n° 1").doesNotContain("2019-118, item 1");
    out.reset();
    assertThat(run("cnil-exempt-01-small-employer-staff")).isZero();
    assertThat(out()).contains("CNIL deliberation no. 2019-118, item 1").doesNotContain("délib");
  }

  @Test
  @DisplayName("in Markdown, headings and links are Markdown")
  void printsMarkdown() {
    assertThat(run("--format", "markdown")).isZero();
    assertThat(out()).startsWith("# ").contains("](https://www.legifrance.gouv.fr/");
  }

  @Test
  @DisplayName("--list lists every case of the gallery")
  void listsCases() {
    assertThat(run("--list")).isZero();
    assertThat(out().lines()).hasSize(Gallery.all().size());
    assertThat(out()).startsWith("lille-briefcam\t");
  }

  @Test
  @DisplayName("every case of the gallery prints without error, in both languages")
  void everyCasePrints() {
    for (var c : Gallery.all()) {
      assertThat(run(c.id(), "--lang", "fr")).as(c.id()).isZero();
      assertThat(run(c.id())).as(c.id()).isZero();
    }
    assertThat(err()).isEmpty();
  }

  @Test
  @DisplayName("an unknown case is refused with a clear message and exit status 2")
  void unknownCase() {
    assertThat(run("no-such-case")).isEqualTo(2);
    assertThat(err()).contains("no case named 'no-such-case'").contains("--list");
    assertThat(out()).isEmpty();
  }

  @Test
  @DisplayName("bad options are refused with the usage and exit status 2")
  void badOptions() {
    assertThat(run("--lang", "de")).isEqualTo(2);
    assertThat(run("--format")).isEqualTo(2);
    assertThat(run("--verbose")).isEqualTo(2);
    assertThat(err()).contains("--lang takes en or fr").contains("--format takes text or markdown").contains("unknown option --verbose")
        .contains(Demo.USAGE);
  }
}
