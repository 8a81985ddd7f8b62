package org.dpia.core.report;

/**
 * Writes any string as literal text of a report, so that what a caller wrote (the name of a
 * processing, of a DPIA, of a version; an answer) can never become structure: a heading, an outcome
 * line, a link, an image, raw HTML. Every string a {@link Report} does not write itself goes
 * through here, the rulebook's texts too, so that they also render as written.
 *
 * <p>Plain text: a line break or any other control character (C0 and C1 controls, {@code U+2028},
 * {@code U+2029}, and the bidirectional embeddings, overrides and isolates that would show a line
 * in another order than it is written) becomes a space, so that a name cannot start a line.
 *
 * <p>Markdown (CommonMark, with GitHub's tables, strikethrough and task lists), the same, and then:
 * <ul>
 *   <li>{@code <}, {@code >} and {@code &} as the entities {@code &lt;}, {@code &gt;},
 *       {@code &amp;}: no raw HTML, autolink or entity;
 *   <li>a backslash before {@code \ ` * _ [ ] # | ~ ! { } $ ^}, which open code, emphasis, links
 *       and images, headings (a closing {@code #} too), tables, strikethrough, attributes and maths
 *       wherever they stand (CommonMark reads a backslash before ASCII punctuation as the
 *       punctuation itself);
 *   <li>at the start, where the string may begin a line or a list item: leading spaces dropped (four
 *       would start code), and a backslash before {@code - + =} and before the {@code .} or
 *       {@code )} after leading digits, which would start a list, a rule or an underline.
 * </ul>
 * Other punctuation ({@code ( ) . - + :} elsewhere) cannot make structure once those are escaped,
 * and is left as written so that citations read as lawyers write them.
 */
final class Escape {
  private Escape() {}

  /** The string with line breaks and other control characters replaced by spaces. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue; // CR LF is one line break: one space
      }
      out.append(breaks(c) ? ' ' : c);
    }
    return out.toString();
  }

  /** The string as Markdown text that renders as the string itself, on one line. */
  static String markdown(String s) {
    String line = text(s).stripLeading();
    StringBuilder out = new StringBuilder(line.length() + 16);
    int digits = 0;
    while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!', '{', '}', '$', '^' -> out.append('\\').append(c);
        case '-', '+', '=' -> out.append(i == 0 ? "\\" : "").append(c);
        case '.', ')' -> out.append(i == digits && digits > 0 ? "\\" : "").append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An address as the destination of a Markdown link: spaces, controls, {@code <} and {@code >}
   * percent-encoded, a backslash before {@code ( ) \}, so that the link ends where it should.
   */
  static String markdownDestination(String url) {
    StringBuilder out = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(' || c == ')' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '<' || c == '>' || c == ' ' || Character.isWhitespace(c) || breaks(c)) {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the character breaks a line, is another control, or reorders what a line shows. */
  private static boolean breaks(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
