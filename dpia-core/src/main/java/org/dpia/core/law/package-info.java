/**
 * Where each rule comes from: {@link org.dpia.core.law.LegalSource legal sources},
 * {@link org.dpia.core.law.Citation pinpoint citations} and {@link org.dpia.core.law.Validity
 * validity intervals}.
 */
@ValueStyle
package org.dpia.core.law;

import org.dpia.core.ValueStyle;
