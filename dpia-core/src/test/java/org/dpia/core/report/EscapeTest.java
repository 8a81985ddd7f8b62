package org.dpia.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Escape: what a report quotes stays text")
class EscapeTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {'\n', '\r', '\t', 0x0B, 0x0C, 0x00, 0x1B, 0x7F, 0x85, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069})
  @DisplayName("a line break, another control or a bidirectional override becomes a space, in both formats")
  void lineBreaksAndControls(int c) {
    String s = "a" + (char) c + "b";
    assertThat(Escape.text(s)).isEqualTo("a b");
    assertThat(Escape.markdown(s)).isEqualTo("a b");
  }

  @Test
  @DisplayName("CR LF is one line break, one space; text keeps everything else as written")
  void crLfAndPlainText() {
    assertThat(Escape.text("a\r\nb")).isEqualTo("a b");
    assertThat(Escape.text("a\r")).isEqualTo("a ");
    assertThat(Escape.text("a\u2029\u202F\u2065b")).as("a narrow no-break space is not a control").isEqualTo("a \u202F\u2065b");
    assertThat(Escape.text("a\n\nb")).isEqualTo("a  b");
    assertThat(Escape.text("Outcome: # <img> \\ *x* [a](b) «é»")).isEqualTo("Outcome: # <img> \\ *x* [a](b) «é»");
    assertThat(Escape.text("")).isEmpty();
    assertThat(Escape.markdown("")).isEmpty();
  }

  static Stream<Arguments> markdown() {
    return Stream.of(
        arguments("<img src=x>", "&lt;img src=x&gt;"),
        arguments("a & b", "a &amp; b"),
        arguments("&lt;", "&amp;lt;"),
        arguments("a\\b", "a\\\\b"),
        arguments("a\\*b", "a\\\\\\*b"),
        arguments("`code`", "\\`code\\`"),
        arguments("*em* _em_", "\\*em\\* \\_em\\_"),
        arguments("[link](http://x)", "\\[link\\](http://x)"),
        arguments("![img](x)", "\\!\\[img\\](x)"),
        arguments("# heading", "\\# heading"),
        arguments("name #", "name \\#"),
        arguments("a | b", "a \\| b"),
        arguments("~~gone~~", "\\~\\~gone\\~\\~"),
        arguments("{#id} $x$ ^y^", "\\{\\#id\\} \\$x\\$ \\^y\\^"),
        arguments("- item", "\\- item"),
        arguments("+ item", "\\+ item"),
        arguments("---", "\\---"),
        arguments("===", "\\==="),
        arguments("1. item", "1\\. item"),
        arguments("12) item", "12\\) item"),
        arguments("0. item", "0\\. item"),
        arguments("9) item", "9\\) item"),
        arguments("/. item", "/. item"),
        arguments(":) item", ":) item"),
        arguments(". item", ". item"),
        arguments("    code", "code"),
        arguments("\n# Outcome", "\\# Outcome"),
        arguments("GDPR art. 35(3)(b), 2018-327, n° 4: a + b = c.", "GDPR art. 35(3)(b), 2018-327, n° 4: a + b = c."),
        arguments("73 cameras", "73 cameras"),
        arguments("Liste « CNIL » : l'item", "Liste « CNIL » : l'item"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @DisplayName("Markdown: what would open structure is escaped where it could, the rest left as written")
  void markdown(String input, String expected) {
    assertThat(Escape.markdown(input)).isEqualTo(expected);
  }

  @Test
  @DisplayName("Markdown: no ASCII punctuation that CommonMark reads as structure is left bare")
  void everySpecialCharacter() {
    for (char c : "\\`*_[]#|~!{}$^".toCharArray()) {
      assertThat(Escape.markdown("a" + c + "b")).as("%s", c).isEqualTo("a\\" + c + "b");
    }
    assertThat(Escape.markdown("a<b>c&d")).isEqualTo("a&lt;b&gt;c&amp;d");
  }

  @Test
  @DisplayName("a link's address keeps its parentheses and cannot end the link early or break the line")
  void destination() {
    assertThat(Escape.markdownDestination("https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_E/02666/2020"))
        .isEqualTo("https://gdprhub.eu/index.php?title=AEPD_\\(Spain\\)_-_E/02666/2020");
    assertThat(Escape.markdownDestination("https://x.example/a b<c>\nd\\"))
        .isEqualTo("https://x.example/a%20b%3Cc%3E%0Ad\\\\");
    assertThat(Escape.markdownDestination("https://example.org/tdpa")).isEqualTo("https://example.org/tdpa");
  }
}
