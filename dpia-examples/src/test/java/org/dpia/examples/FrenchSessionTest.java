package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpia.core.decision.Option;
import org.dpia.core.decision.Topic;
import org.dpia.examples.cases.LilleBriefCam;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole French session, from an empty description to the Lille BriefCam answer: the questions,
 * options, prompts, summary, report and completed description are all in French, and the README
 * shows this very session.
 */
class FrenchSessionTest {
  /** The Lille facts, as a DPO answers them: prevention and investigation; don't know; images and plates; CCTV and video analytics; a municipal police; … */
  static final String LILLE = "21 22\n?\n4 6\n2 3\n3\n1\n1\n";

  final ByteArrayOutputStream out = new ByteArrayOutputStream();

  String session() {
    int status = Questionnaire.run(new String[] {"--lang", "fr", "--date", "2023-06-01"}, new BufferedReader(new StringReader(LILLE)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("from an empty start, seven French questions settle the Lille case as the direct decision does: AIPD OBLIGATOIRE")
  void settlesLille() {
    String session = session();
    assertThat(session).contains("Question 7 :").doesNotContain("Question 8 :").contains("La réponse est acquise.")
        .contains("Résultat : AIPD OBLIGATOIRE").contains("Vos réponses :").contains("La description complétée (à conserver) :")
        .contains("  responsable du traitement : une police municipale")
        .contains("  technologies : des caméras de vidéoprotection ; l'analyse algorithmique d'images vidéo");
    assertThat(LilleBriefCam.briefcamCase().outcome().name()).isEqualTo("REQUIRED");
  }

  /** Every English text the session could print: the rulebook's and the questionnaire's English words, and the options'. */
  static List<String> englishTexts() {
    List<String> english = new ArrayList<>();
    FrenchRulebook france = FrenchRulebook.create();
    ResourceBundle en = france.texts(Locale.ENGLISH).orElseThrow();
    ResourceBundle fr = france.texts(Locale.FRENCH).orElseThrow();
    for (String k : Collections.list(en.getKeys())) {
      if (!en.getString(k).equals(fr.getString(k))) {
        english.add(en.getString(k));
      }
    }
    ResourceBundle qen = ResourceBundle.getBundle("org.dpia.examples.questionnaire", Locale.ROOT);
    ResourceBundle qfr = ResourceBundle.getBundle("org.dpia.examples.questionnaire", Locale.FRENCH);
    for (String k : Collections.list(qen.getKeys())) {
      String text = qen.getString(k).replace("{0}", "").replace("''", "'");
      if (!text.equals(qfr.getString(k)) && text.length() > 4) {
        english.add(text.contains("\"") ? text.substring(0, text.indexOf('"')) : text);
      }
    }
    for (Topic t : france.interviewPlan().topics()) {
      for (Option o : t.options()) {
        if (!o.text().english().equals(o.text().in(Locale.FRENCH))) {
          english.add(o.text().english());
        }
      }
    }
    // a word or two may be French too ("patients", "Question"): the words below catch those
    return english.stream().map(String::strip).filter(t -> t.split(" ").length >= 3).toList();
  }

  static final Pattern ENGLISH_WORDS = Pattern.compile(
      "\\b(the|is|are|of|and|yes|no|criterion|rule|question asked|UNDETERMINED|REQUIRED|Outcome|Reference|don't know|none|other|back)\\b");

  @Test
  @DisplayName("a French session contains no English: no English question, help, option or message, and no common English word")
  void noEnglish() {
    String session = session();
    List<String> english = englishTexts();
    assertThat(english).hasSizeGreaterThan(100);
    assertThat(english).allSatisfy(text -> assertThat(session).as("English text").doesNotContain(text.strip()));
    List<String> words = new ArrayList<>();
    Matcher m = ENGLISH_WORDS.matcher(session);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      words.add(session.substring(from, Math.min(session.length(), m.end() + 20)));
    }
    assertThat(words).as("English words in the French session").isEmpty();
  }

  @Test
  @DisplayName("every line of the README's French session is a line the questionnaire prints")
  void readmeSessionIsWhatTheQuestionnairePrints() throws IOException {
    Path readme = Path.of("").toAbsolutePath();
    while (!Files.exists(readme.resolve("README.md")) || !Files.exists(readme.resolve("dpia-core"))) {
      readme = readme.getParent();
    }
    List<String> lines = Files.readAllLines(readme.resolve("README.md"));
    int heading = lines.indexOf("### A French session: the Lille case from an empty start");
    assertThat(heading).isNotNegative();
    int open = lines.subList(heading, lines.size()).indexOf("```") + heading;
    int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
    List<String> excerpt = lines.subList(open + 1, close).stream().filter(l -> !l.equals("…") && !l.startsWith("$ ") && !l.startsWith("      -D")).toList();
    List<String> printed = session().lines().toList();
    assertThat(excerpt).hasSizeGreaterThan(20);
    assertThat(printed).containsAll(excerpt);
  }
}
