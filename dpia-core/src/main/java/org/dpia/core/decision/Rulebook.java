package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dpia.core.law.LegalSource;
import org.dpia.core.model.ProcessingOperation;

/**
 * A jurisdiction's law on DPIAs, as rules: the seam where a country plugs in. Implementations are
 * immutable and thread-safe; build one once and reuse it. They are found with
 * {@link ServiceLoader} ({@link #available()}, {@link #find(String)}) or constructed directly.
 */
public interface Rulebook {

  /** A stable id, such as {@code "fr"}. */
  String id();

  /** The version of the rulebook (of its encoding of the law). */
  String version();

  /** Its name in plain words. */
  String name();

  /** Every legal source it encodes, with its dates. */
  List<LegalSource> sources();

  /**
   * Decides whether a DPIA was mandatory for the operation on the date, applying the law in force
   * on that date. Never throws for a valid operation: what the facts do not settle comes out
   * {@link Outcome#UNDETERMINED}, with the missing facts.
   */
  Decision decide(ProcessingOperation operation, LocalDate date);

  /** The rulebooks on the class path or module path, by {@link ServiceLoader}. */
  static List<Rulebook> available() {
    List<Rulebook> found = new ArrayList<>();
    ServiceLoader.load(Rulebook.class).forEach(found::add);
    return found;
  }

  /** The rulebook with this id on the class path or module path, if any. */
  static Optional<Rulebook> find(String id) {
    return available().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
