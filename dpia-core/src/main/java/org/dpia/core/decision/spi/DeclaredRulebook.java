package org.dpia.core.decision.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SortedSet;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.audit.Requirement;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * A rulebook that is its declared {@link Jurisdiction}, under a class name of its own: the class a
 * jurisdiction registers with {@link java.util.ServiceLoader} (which needs a public class with a
 * public no-argument constructor) and gives its callers.
 *
 * <pre>{@code
 * public final class ToyRulebook extends DeclaredRulebook {
 *   public ToyRulebook() {
 *     super(LAW);
 *   }
 * }
 * }</pre>
 */
public abstract class DeclaredRulebook implements Rulebook {
  private final Jurisdiction law;

  /** A rulebook that decides with the declared law. */
  protected DeclaredRulebook(Jurisdiction law) {
    this.law = Objects.requireNonNull(law, "law");
  }

  /** The declared law this rulebook runs. */
  public final Jurisdiction jurisdiction() {
    return law;
  }

  @Override
  public final String id() {
    return law.id();
  }

  @Override
  public final String version() {
    return law.version();
  }

  @Override
  public final String name() {
    return law.name();
  }

  @Override
  public final List<LegalSource> sources() {
    return law.sources();
  }

  @Override
  public final Decision decide(ProcessingOperation operation, LocalDate date, Map<String, Truth> answers) {
    return law.decide(operation, date, answers);
  }

  @Override
  public final SortedSet<LocalDate> lawChangeDates() {
    return law.lawChangeDates();
  }

  @Override
  public final List<Requirement> requirements() {
    return law.requirements();
  }

  @Override
  public final Optional<ResourceBundle> texts(Locale locale) {
    return law.texts(locale);
  }
  @Override
  public final List<Question> questions(Decision decision, Locale locale) {
    return law.questions(decision, locale);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " (" + id() + " " + version() + ")";
  }
}
