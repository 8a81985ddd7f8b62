/**
 * Where each rule comes from: {@link org.dpia.core.law.LegalSource legal sources} with their
 * {@link org.dpia.core.law.Verification verification status}, and
 * {@link org.dpia.core.law.Citation pinpoint citations} with the days they exist.
 */
@ValueStyle
package org.dpia.core.law;

import org.dpia.core.ValueStyle;
