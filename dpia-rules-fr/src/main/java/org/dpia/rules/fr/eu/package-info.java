/**
 * European Union law other than the GDPR: the police-justice directive 2016/680
 * ({@link org.dpia.rules.fr.eu.Directive2016680}, who is a competent authority) and the Court of
 * Justice on the household exemption ({@link org.dpia.rules.fr.eu.Rynes}).
 */
package org.dpia.rules.fr.eu;
