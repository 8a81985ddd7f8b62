package org.dpia.core.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;

/**
 * A question an application can put to its user to settle an undetermined decision: about one
 * missing fact, with its text, a help text saying what the law means by it, the provisions that
 * make it matter, and what the outcome would become for each answer. Every question is answered
 * yes, no or "don't know"; give the answer back with
 * {@link Rulebook#decide(org.dpia.core.model.ProcessingOperation, java.time.LocalDate, java.util.Map)}.
 */
public final class Question implements Prompt {

  /** The most references a question or a choice shows: those that ground it, not every rule that reads it. */
  public static final int MAX_REFERENCES = 3;

  /** The kinds of answer a question takes. */
  public enum AnswerType {
    /** Yes, no, or don't know. */
    YES_NO,
    /** One or several options of a list, "none of these", "other", or don't know: a {@link Choice}. */
    CHOICE
  }

  private final MissingFact fact;
  private final String text;
  private final String help;
  private final List<Citation> references;
  private final String stated;

  private Question(MissingFact fact, String text, String help, List<Citation> references, String stated) {
    this.fact = Objects.requireNonNull(fact);
    this.text = Objects.requireNonNull(text);
    this.help = help;
    this.references = List.copyOf(references);
    this.stated = stated;
  }

  /**
   * The questions for a decision's missing facts, in their order (most decisive first), in the
   * locale's language. A question's text is looked up in the rulebook's texts as
   * {@code question.<fact id>}, its help as {@code help.<fact id>}; without them the question is
   * made from the fact's description.
   */
  public static List<Question> forDecision(Decision decision, Locale locale, Optional<ResourceBundle> texts) {
    return forDecision(decision, locale, texts, factId -> Optional.empty());
  }

  /**
   * The questions for a decision's missing facts, as {@link #forDecision(Decision, Locale, Optional)}
   * makes them, each with what the description already says that bears on it (the user's own
   * numbers beside a question on scale), as {@code stated} gives it per fact id.
   */
  public static List<Question> forDecision(Decision decision, Locale locale, Optional<ResourceBundle> texts,
      Function<String, Optional<Text>> stated) {
    List<Question> questions = new ArrayList<>();
    for (MissingFact m : decision.missingFacts()) {
      String context = stated.apply(m.factId()).map(t -> t.in(locale.getLanguage()).orElse(t.english())).orElse(null);
      questions.add(new Question(m, questionText(texts, locale, m), lookup(texts, "help." + m.factId()).orElse(null), references(decision, m.factId()),
          context));
    }
    return questions;
  }

  /**
   * The questions for a decision's presumptions that change the outcome alone: the exceptions
   * assumed not to apply, each asked so that the controller can establish it, in the locale's
   * language, looked up and made as {@link #forDecision} does. The answer that establishes it is the
   * opposite of the presumption; the other answer leaves the outcome as it is. (A presumption that
   * changes the outcome only with others is listed by the decision, not asked alone.)
   */
  public static List<Question> forPresumptions(Decision decision, Locale locale, Optional<ResourceBundle> texts) {
    List<Question> questions = new ArrayList<>();
    for (Presumption p : decision.presumptions()) {
      if (!p.changesAlone()) {
        continue;
      }
      MissingFact asked = MissingFact.builder()
          .factId(p.factId())
          .description(p.description())
          .ifTrue(p.established() == Truth.TRUE ? p.ifEstablished() : decision.outcome())
          .ifFalse(p.established() == Truth.FALSE ? p.ifEstablished() : decision.outcome())
          .build();
      questions.add(new Question(asked, questionText(texts, locale, asked), lookup(texts, "help." + p.factId()).orElse(null),
          references(decision, p.factId()), null));
    }
    return questions;
  }

  /**
   * The question about a fact the decision read as unknown but did not rank among its missing facts,
   * with no outcome known for either answer.
   */
  static Question about(Decision decision, String factId, Locale locale, Optional<ResourceBundle> texts) {
    MissingFact m = decision.missingFacts().stream().filter(f -> f.factId().equals(factId)).findFirst()
        .orElseGet(() -> MissingFact.builder().factId(factId)
            .description(decision.unknownFactTexts().getOrDefault(factId, Text.of(factId)))
            .ifTrue(Outcome.UNDETERMINED).ifFalse(Outcome.UNDETERMINED).build());
    return new Question(m, questionText(texts, locale, m), lookup(texts, "help." + factId).orElse(null), references(decision, factId), null);
  }

  private static String questionText(Optional<ResourceBundle> texts, Locale locale, MissingFact m) {
    return lookup(texts, "question." + m.factId())
        .or(() -> m.description().in(locale.getLanguage()).filter(d -> !"en".equals(locale.getLanguage())).map(d -> d + " ?"))
        .orElse("Is it so that " + m.description().english() + "?");
  }

  private static Optional<String> lookup(Optional<ResourceBundle> texts, String key) {
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(texts.get().getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The citations of the rules under which the fact was read and could still change the outcome:
   * the undecided ones for a missing fact, those resting on a presumption for a presumed fact;
   * each once, the first {@value #MAX_REFERENCES} met.
   */
  static List<Citation> references(Decision decision, String factId) {
    List<Citation> refs = new ArrayList<>();
    boolean presumed = decision.presumptions().stream().anyMatch(p -> p.factId().equals(factId));
    for (Trace rule : decision.trace().rules()) {
      if (rule.kind() == Trace.Kind.RULE && (presumed || rule.truth() == Truth.UNKNOWN) && rule.reads(factId)) {
        for (Citation c : rule.citations()) {
          if (!refs.contains(c) && refs.size() < MAX_REFERENCES) {
            refs.add(c);
          }
        }
      }
    }
    return refs;
  }

  /** The id of the fact asked about. */
  public String factId() {
    return fact.factId();
  }

  /** The id of the fact asked about, the same as {@link #factId()}. */
  @Override
  public String id() {
    return fact.factId();
  }

  /** The question. */
  @Override
  public String text() {
    return text;
  }

  /** What the law means by it, when the rulebook says. */
  @Override
  public Optional<String> help() {
    return Optional.ofNullable(help);
  }

  /** What the description already says that bears on the question (the user's own numbers), if anything. */
  public Optional<String> stated() {
    return Optional.ofNullable(stated);
  }

  /** The provisions under which the answer matters, at most {@value #MAX_REFERENCES}. */
  @Override
  public List<Citation> references() {
    return references;
  }

  /** The kind of answer it takes. */
  public AnswerType answerType() {
    return AnswerType.YES_NO;
  }

  /** The outcome if the answer is yes, all else unchanged. */
  public Outcome ifYes() {
    return fact.ifTrue();
  }

  /** The outcome if the answer is no, all else unchanged. */
  public Outcome ifNo() {
    return fact.ifFalse();
  }

  /** The fact behind the question, with the outcome each answer gives (for a presumption, one answer leaves it as it is). */
  public MissingFact missingFact() {
    return fact;
  }

  @Override
  public String toString() {
    return factId() + ": " + text;
  }
}
