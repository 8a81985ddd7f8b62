/**
 * The French rulebook: {@link org.dpia.rules.fr.FrenchRulebook}, the table of contents of French law
 * on DPIAs, which declares the regimes, their precedence and the sources to the engine; the plain
 * facts its rules read ({@link org.dpia.rules.fr.Facts}) and the implications between them; and the
 * French vocabulary ({@link org.dpia.rules.fr.FrenchPurpose}, {@link org.dpia.rules.fr.FrenchTechnology},
 * {@link org.dpia.rules.fr.FrenchControllerKind}, {@link org.dpia.rules.fr.FrenchLegalFramework}).
 *
 * <p>The rules themselves are in one class per legal source, in the sub-packages: {@code gdpr},
 * {@code wp248}, {@code cnil}, {@code eu}, {@code lil}, {@code statutes}, {@code courts} and
 * {@code authorities}. {@code LEGAL-SOURCES.md} records every source, its dates and how it was
 * verified.
 */
package org.dpia.rules.fr;
