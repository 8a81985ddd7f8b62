/**
 * French law on data protection impact assessments as a {@link org.dpia.core.decision.Rulebook}
 * with id {@code "fr"}: the GDPR and the French Data Protection Act, the CNIL's lists and guidance,
 * the police-justice directive as transposed, and the other sources recorded in
 * {@code LEGAL-SOURCES.md}, one package per kind of source and one class per source.
 *
 * <p>{@link org.dpia.rules.fr.FrenchRulebook#create()} gives the rulebook; it is also provided to
 * {@link java.util.ServiceLoader}, so that {@code Rulebook.find("fr")} finds it.
 */
module org.dpia.rules.fr {
  requires transitive org.dpia.core;

  exports org.dpia.rules.fr;
  exports org.dpia.rules.fr.authorities;
  exports org.dpia.rules.fr.cnil;
  exports org.dpia.rules.fr.courts;
  exports org.dpia.rules.fr.eu;
  exports org.dpia.rules.fr.gdpr;
  exports org.dpia.rules.fr.lil;
  exports org.dpia.rules.fr.statutes;
  exports org.dpia.rules.fr.wp248;

  provides org.dpia.core.decision.Rulebook with org.dpia.rules.fr.FrenchRulebook;
}
