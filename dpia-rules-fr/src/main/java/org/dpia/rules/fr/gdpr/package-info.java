/**
 * The GDPR (regulation (EU) 2016/679): its scope and date of application
 * ({@link org.dpia.rules.fr.gdpr.Gdpr}), article 35 ({@link org.dpia.rules.fr.gdpr.Article35}) and
 * recital 91 ({@link org.dpia.rules.fr.gdpr.Recital91}).
 */
package org.dpia.rules.fr.gdpr;
