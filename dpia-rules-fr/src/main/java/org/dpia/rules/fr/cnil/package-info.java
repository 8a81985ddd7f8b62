/**
 * The CNIL's instruments: the list of processing that requires a DPIA (délibération n° 2018-327,
 * {@link org.dpia.rules.fr.cnil.MandatoryList}), the list of processing that does not (délibération
 * n° 2019-118, {@link org.dpia.rules.fr.cnil.ExemptList}), its guidelines on the two-criteria rule
 * (délibération n° 2018-326, {@link org.dpia.rules.fr.cnil.Guidelines2018326}), the transitional
 * tolerance for processing in place before 25 May 2018 ({@link org.dpia.rules.fr.cnil.Transition2018}),
 * and the référentiel and positions the rulebook follows on large scale and innovation.
 */
package org.dpia.rules.fr.cnil;
