package org.dpia.core.model;

/**
 * A part of what a DPIA must contain at least. The laws name these parts: the GDPR all four (art.
 * 35(7)(a) to (d)); the police-justice directive a description, the risks and the measures (art.
 * 27(2) of Directive 2016/680). Which parts are required, and under which provision, is each
 * rulebook's to declare.
 */
public enum DpiaElement {
  /** A description of the processing operations envisaged and of their purposes. */
  DESCRIPTION,
  /** An assessment of the necessity and proportionality of the processing in relation to its purposes. */
  NECESSITY_AND_PROPORTIONALITY,
  /** An assessment of the risks to the rights and freedoms of the people concerned. */
  RISK_ASSESSMENT,
  /** The measures envisaged to address those risks: safeguards, security measures and mechanisms. */
  MEASURES
}
