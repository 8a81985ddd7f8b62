package org.dpia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's section on the command line says what the command does: its YAML block is the
 * Lille file, and each {@code $ ./dpia …} block, run here, prints every line it shows, in order
 * ({@code …} stands for lines left out, or for the rest of a line).
 */
@DisplayName("The README's commands print what the README shows")
class ReadmeCommandsTest {
  static final Path ROOT = CliTest.ROOT;

  static String section() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("## Descriptions as data, and the command line");
    assertThat(start).as("the README's section").isPositive();
    int end = readme.indexOf("\n## ", start + 3);
    return readme.substring(start, end);
  }

  @Test
  @DisplayName("the ten-line YAML is examples/lille.yaml, word for word")
  void yamlIsTheFile() throws IOException {
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(Files.readString(ROOT.resolve("examples/lille.yaml")));
    assertThat(m.group(1).lines()).hasSize(10);
  }

  @Test
  @DisplayName("every command shown prints the lines shown, with the exit code the README gives")
  void commands() throws IOException {
    Matcher m = Pattern.compile("```\n\\$ \\./dpia (.*?)\n(.*?)```", Pattern.DOTALL).matcher(section());
    int blocks = 0;
    while (m.find()) {
      blocks++;
      List<String> args = new ArrayList<>();
      for (String arg : m.group(1).split(" ")) {
        args.add(Files.exists(ROOT.resolve(arg)) ? ROOT.resolve(arg).toString() : arg);
      }
      CliTest.Run run = CliTest.run(args.toArray());
      List<String> printed = (run.out() + run.err()).replace(ROOT + "/", "").lines().toList();
      int at = 0;
      for (String expected : m.group(2).lines().toList()) {
        if (expected.equals("…")) {
          continue;
        }
        int ellipsis = expected.indexOf('…');
        String prefix = ellipsis < 0 ? expected : expected.substring(0, ellipsis);
        int found = -1;
        for (int i = at; i < printed.size(); i++) {
          if (ellipsis < 0 ? printed.get(i).equals(expected) : printed.get(i).startsWith(prefix)) {
            found = i;
            break;
          }
        }
        assertThat(found).as("'./dpia %s' prints, after line %d:%n%s%nin:%n%s", m.group(1), at, expected, String.join("\n", printed))
            .isGreaterThanOrEqualTo(0);
        at = found + 1;
      }
      if (m.group(1).contains("mistakes")) {
        assertThat(run.code()).isEqualTo(Dpia.BAD_INPUT);
      } else if (m.group(1).startsWith("decide gallery")) {
        assertThat(run.code()).isEqualTo(Dpia.UNDETERMINED);
      } else {
        assertThat(run.code()).isEqualTo(Dpia.DECIDED);
      }
    }
    assertThat(blocks).as("command blocks in the section").isEqualTo(4);
  }
}
