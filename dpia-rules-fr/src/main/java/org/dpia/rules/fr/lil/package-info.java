/**
 * The French Data Protection Act (loi n° 78-17 du 6 janvier 1978, « Informatique et Libertés »,
 * {@link org.dpia.rules.fr.lil.Lil}): its police-justice title ({@link org.dpia.rules.fr.lil.TitleIII},
 * art. 87 and 90), its State-security title ({@link org.dpia.rules.fr.lil.TitleIV}) and the former
 * chapter XIII of loi n° 2018-493 ({@link org.dpia.rules.fr.lil.Loi2018493}).
 */
package org.dpia.rules.fr.lil;
