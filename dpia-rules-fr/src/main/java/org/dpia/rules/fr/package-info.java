/**
 * The French rulebook: {@link org.dpia.rules.fr.FrenchRulebook} and its rules, one class per legal
 * source — {@link org.dpia.rules.fr.Regimes}, {@link org.dpia.rules.fr.Gdpr} (art. 2, 35, 99),
 * {@link org.dpia.rules.fr.Criteria} (WP248), {@link org.dpia.rules.fr.CnilMandatoryList}
 * (délibération n° 2018-327), {@link org.dpia.rules.fr.CnilExemptList} (délibération n° 2019-118),
 * {@link org.dpia.rules.fr.Transitional} (pre-2018 processing), {@link org.dpia.rules.fr.PoliceJustice}
 * (LIL art. 90 and loi n° 2018-493), {@link org.dpia.rules.fr.SpecialLaws} (loi n° 2023-380) — the
 * facts they read ({@link org.dpia.rules.fr.Facts}) and their sources ({@link org.dpia.rules.fr.Sources}).
 */
package org.dpia.rules.fr;
