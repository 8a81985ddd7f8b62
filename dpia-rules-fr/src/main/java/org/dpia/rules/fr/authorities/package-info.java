/**
 * Findings of other Member States' supervisory authorities that the French rulebook reads as
 * persuasive where French law and the EDPB give no number or no example: the Estonian inspectorate's
 * large-scale thresholds ({@link org.dpia.rules.fr.authorities.EstonianLargeScale}) and the Spanish
 * AEPD on drones as an innovative technology ({@link org.dpia.rules.fr.authorities.AepdFuenlabrada2021}).
 */
package org.dpia.rules.fr.authorities;
