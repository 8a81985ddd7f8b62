package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dpia.core.law.Citation;
import org.dpia.core.text.Text;

/**
 * Something the controller should do that follows from a decision without being the decision:
 * consult the supervisory authority before processing, review the DPIA on change, document why no
 * DPIA was carried out.
 */
public final class Advice {
  private final String id;
  private final Text text;
  private final List<Citation> citations;

  private Advice(String id, Text text, List<Citation> citations) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.citations = List.copyOf(citations);
  }

  /** Advice with a stable id, its text in several languages and its legal sources. */
  public static Advice of(String id, Text text, Citation... citations) {
    return new Advice(id, text, List.of(citations));
  }

  /** Advice with a stable id, its text in English and its legal sources. */
  public static Advice of(String id, String text, Citation... citations) {
    return of(id, Text.of(text), citations);
  }

  /** Its stable id, such as {@code "gdpr.36.prior-consultation"}. */
  public String id() {
    return id;
  }

  /** What to do, in plain English. */
  public String text() {
    return text.english();
  }

  /** What to do, in every language it is written in. */
  public Text texts() {
    return text;
  }

  /** Where it comes from. */
  public List<Citation> citations() {
    return citations;
  }

  /** This advice as given on a date: citing only the provisions that exist, in that numbering, then. */
  public Advice on(LocalDate date) {
    boolean all = true;
    for (Citation c : citations) {
      all &= c.inForceOn(date);
    }
    return all ? this : new Advice(id, text, citations.stream().filter(c -> c.inForceOn(date)).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Advice
        && ((Advice) o).id.equals(id)
        && ((Advice) o).text.equals(text)
        && ((Advice) o).citations.equals(citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, citations);
  }

  @Override
  public String toString() {
    return text + " " + citations;
  }
}
