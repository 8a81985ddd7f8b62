package org.dpia.examples.rulings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Version;

/**
 * A real ruling on whether a DPIA was required: who decided, when, under which reference, what was
 * held, and the processing described with the facts the ruling itself states, and only those. The
 * library's answer is compared with what was held: it may be undetermined (the stated facts do not
 * settle it), never the opposite of the holding.
 *
 * <p>A ruling that finds art. 35 infringed, because no DPIA was carried out or because the one
 * carried out fell short, holds that a DPIA was required; a ruling that rejects a complaint under
 * art. 35, or that says no DPIA was needed, holds that it was not.
 */
public final class Ruling {

  /** Who decided: a supervisory authority, a court, or guidance given by an authority on a real case. */
  public enum Kind {
    /** A decision of a supervisory authority (sanction, reprimand, formal notice, closure). */
    SUPERVISORY_AUTHORITY,
    /** A judgment of a court. */
    COURT
  }

  private final String id;
  private final Kind kind;
  private final String authority;
  private final String country;
  private final String reference;
  private final LocalDate decidedOn;
  private final String url;
  private final Outcome held;
  private final String holding;
  private final ProcessingOperation operation;
  private final LocalDate date;
  private final String divergence;
  private final DeficientDpia deficientDpia;

  /**
   * A DPIA the ruling found carried out and deficient: the DPIA as the ruling describes it, the day
   * to audit it on, and the points the ruling held it fell short on.
   *
   * @param dpia the DPIA, with what the ruling says of its content, the DPO's advice, the residual
   *     risk and the consultation; a DPIA the ruling does not date is recorded as completed on the
   *     day audited, the latest it can have been (its javadoc says so)
   * @param auditedOn the day audited: a day of the processing on which the DPIA was in place
   * @param held the points the ruling held
   */
  public record DeficientDpia(DpiaRecord dpia, LocalDate auditedOn, List<BreachReason> held) {
    /** Checks the parts: the DPIA was in place on the day audited, and at least one point was held. */
    public DeficientDpia {
      Objects.requireNonNull(dpia, "dpia");
      Objects.requireNonNull(auditedOn, "auditedOn");
      held = List.copyOf(held);
      if (held.isEmpty() || dpia.countedFrom().isAfter(auditedOn)) {
        throw new IllegalArgumentException("a deficient DPIA in place on the day audited, with the points held: " + dpia.title());
      }
    }
  }

  private Ruling(Builder b) {
    this.id = require(b.id, "id");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.authority = require(b.authority, "authority");
    this.country = require(b.country, "country");
    this.reference = require(b.reference, "reference");
    this.decidedOn = Objects.requireNonNull(b.decidedOn, "decidedOn");
    this.url = require(b.url, "url");
    this.held = Objects.requireNonNull(b.held, "held");
    if (held == Outcome.UNDETERMINED) {
      throw new IllegalArgumentException("a ruling holds that a DPIA was required or that it was not: " + id);
    }
    this.holding = require(b.holding, "holding");
    this.operation = Objects.requireNonNull(b.operation, "operation");
    this.date = Objects.requireNonNull(b.date, "date");
    this.divergence = b.divergence;
    this.deficientDpia = b.deficientDpia;
  }

  private static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a ruling needs a " + name);
    }
    return value;
  }

  /** Starts a ruling with its id, such as {@code "se-imy-skelleftea-facial-recognition"}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The id to call it by. */
  public String id() {
    return id;
  }

  /** A supervisory authority's decision or a court's judgment. */
  public Kind kind() {
    return kind;
  }

  /** The authority or court, such as {@code "CNIL"} or {@code "Kammarrätten i Stockholm"}. */
  public String authority() {
    return authority;
  }

  /** The country, as an ISO 3166 code ({@code "FR"}), or {@code "EU"} for the Court of Justice. */
  public String country() {
    return country;
  }

  /** The ruling's reference (number, date), as the authority gives it. */
  public String reference() {
    return reference;
  }

  /** The day the ruling was given. */
  public LocalDate decidedOn() {
    return decidedOn;
  }

  /** Where the ruling, or a faithful summary of it, was read. */
  public String url() {
    return url;
  }

  /** What was held: {@link Outcome#REQUIRED} or {@link Outcome#NOT_REQUIRED}. */
  public Outcome held() {
    return held;
  }

  /** What the ruling said about the DPIA, in a sentence. */
  public String holding() {
    return holding;
  }

  /** The processing, described with the facts the ruling states. */
  public ProcessingOperation operation() {
    return operation;
  }

  /** The day on which the processing is judged (a day of the processing the ruling looked at). */
  public LocalDate date() {
    return date;
  }

  /**
   * Why French law, as the rulebook encodes it, answers the opposite of this ruling, when it does:
   * the ruling applied a rule French law does not have (another Member State's list, a reading of
   * guidance the CNIL applies differently). Empty for a ruling French law should follow.
   */
  public java.util.Optional<String> divergence() {
    return java.util.Optional.ofNullable(divergence);
  }

  /** The DPIA the ruling found carried out and deficient, if it did. */
  public Optional<DeficientDpia> deficientDpia() {
    return Optional.ofNullable(deficientDpia);
  }

  /**
   * Audits the deficient DPIA on its day, with the processing as the ruling describes it: the
   * library's answer to "was the duty met?", compared with the points the ruling held.
   *
   * @throws IllegalStateException if the ruling found no deficient DPIA
   */
  public Audit auditDpia(Rulebook rulebook) {
    DeficientDpia d = deficientDpia().orElseThrow(() -> new IllegalStateException("no deficient DPIA in " + id));
    ProcessingHistory history = ProcessingHistory.builder()
        .name(operation.name())
        .addVersions(Version.of(AS_JUDGED, d.auditedOn(), operation))
        .addDpias(d.dpia())
        .build();
    return rulebook.audit(history, d.auditedOn());
  }

  /** The label of the one version audited, which a ruling's DPIA names: it assessed the processing judged. */
  public static final String AS_JUDGED = "as judged";

  @Override
  public String toString() {
    return id + " (" + authority + ", " + decidedOn + ")";
  }

  /** Builds a {@link Ruling}; every field is required. */
  public static final class Builder {
    private final String id;
    private Kind kind;
    private String authority;
    private String country;
    private String reference;
    private LocalDate decidedOn;
    private String url;
    private Outcome held;
    private String holding;
    private ProcessingOperation operation;
    private LocalDate date;
    private String divergence;
    private DeficientDpia deficientDpia;

    private Builder(String id) {
      this.id = id;
    }

    /** Who decided, and of which kind: a supervisory authority or a court; the country as an ISO code. */
    public Builder by(Kind kind, String authority, String country) {
      this.kind = kind;
      this.authority = authority;
      this.country = country;
      return this;
    }

    /** The ruling's reference and the day it was given. */
    public Builder reference(String reference, LocalDate decidedOn) {
      this.reference = reference;
      this.decidedOn = decidedOn;
      return this;
    }

    /** Where it was read. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** What was held, and what the ruling said, in a sentence. */
    public Builder held(Outcome held, String holding) {
      this.held = held;
      this.holding = holding;
      return this;
    }

    /** The processing, with the facts the ruling states, judged on a day of that processing. */
    public Builder processing(ProcessingOperation operation, LocalDate date) {
      this.operation = operation;
      this.date = date;
      return this;
    }

    /** Why French law answers the opposite of the holding: the rule the ruling applied that French law does not have. */
    public Builder divergesBecause(String reason) {
      this.divergence = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * The DPIA the ruling found carried out and deficient, audited on a day of the processing, with
     * the points held. Name the version {@link Ruling#AS_JUDGED} in the DPIA: it assessed this processing.
     */
    public Builder dpiaHeldDeficient(DpiaRecord dpia, LocalDate auditedOn, BreachReason... held) {
      this.deficientDpia = new DeficientDpia(dpia, auditedOn, List.of(held));
      return this;
    }

    /** The ruling. */
    public Ruling build() {
      return new Ruling(this);
    }
  }
}
