package org.dpia.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in the README is code that compiles and, for the examples, runs: each
 * {@code ```java} block is found, line for line (indentation aside), in a source file of the
 * project; a block may quote several excerpts of one file separated by a line {@code // …}.
 * The examples themselves are regions of {@link ReadmeExamplesTest}, whose assertions check what
 * the README's comments say.
 */
@DisplayName("The README's Java snippets are quoted from compiled sources")
class ReadmeSnippetsTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  @DisplayName("every ```java block of the README is quoted word for word from a source file")
  void everySnippetIsQuoted() throws IOException {
    List<List<String>> blocks = javaBlocks(Files.readAllLines(ROOT.resolve("README.md")));
    assertThat(blocks).as("the README's Java blocks").hasSizeGreaterThanOrEqualTo(4);
    Map<Path, List<String>> sources = sources();

    List<String> unquoted = new ArrayList<>();
    for (List<String> block : blocks) {
      for (List<String> excerpt : excerpts(block)) {
        if (sources.values().stream().noneMatch(lines -> containsRun(lines, excerpt))) {
          unquoted.add(String.join("\n", excerpt));
        }
      }
    }
    assertThat(unquoted).as("README excerpts found in no source file").isEmpty();
  }

  @Test
  @DisplayName("the examples' regions are all quoted by the README")
  void everyRegionIsQuoted() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md")).stream().map(String::strip).toList();
    Path examples = ROOT.resolve("dpia-examples/src/test/java/org/dpia/examples/readme/ReadmeExamplesTest.java");
    List<String> lines = Files.readAllLines(examples);
    int regions = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("// README: ") && !lines.get(i).strip().equals("// README: end")) {
        List<String> region = new ArrayList<>();
        for (int j = i + 1; !lines.get(j).strip().equals("// README: end"); j++) {
          if (!lines.get(j).isBlank()) {
            region.add(lines.get(j).strip());
          }
        }
        regions++;
        assertThat(containsRun(readme, region)).as("the README quotes the region %s", lines.get(i).strip()).isTrue();
      }
    }
    assertThat(regions).isEqualTo(4);
  }

  /** The lines of each ```java block. */
  static List<List<String>> javaBlocks(List<String> markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown) {
      if (current == null && line.strip().equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** The excerpts of a block, split at {@code // …} lines, each without its blank lines' indentation. */
  static List<List<String>> excerpts(List<String> block) {
    List<List<String>> excerpts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : block) {
      if (line.strip().equals("// …")) {
        excerpts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.strip());
      }
    }
    excerpts.add(current);
    excerpts.forEach(e -> e.removeIf(String::isEmpty));
    excerpts.removeIf(List::isEmpty);
    return excerpts;
  }

  /** Whether the lines, stripped and without blank ones, hold the excerpt as a run of consecutive lines. */
  static boolean containsRun(List<String> lines, List<String> excerpt) {
    List<String> text = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i + excerpt.size() <= text.size(); i++) {
      if (text.subList(i, i + excerpt.size()).equals(excerpt)) {
        return true;
      }
    }
    return false;
  }

  static Map<Path, List<String>> sources() throws IOException {
    Map<Path, List<String>> sources = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(ROOT)) {
      walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/") && !p.toString().contains("/target/"))
          .forEach(p -> {
            try {
              sources.put(p, Files.readAllLines(p));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return sources;
  }
}
