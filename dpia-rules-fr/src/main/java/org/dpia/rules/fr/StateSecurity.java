package org.dpia.rules.fr;

import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * Processing concerning State security and defence: outside Union law (GDPR art. 2(2)(a)) and
 * governed by LIL Title IV, whose formality is a prior authorisation after the CNIL's opinion. No
 * provision of Title IV imposing a DPIA was found; that search was made on an unofficial
 * compilation and is to be confirmed on Légifrance (see LEGAL-SOURCES.md).
 */
public final class StateSecurity {
  private StateSecurity() {}

  /** No statutory DPIA duty was found in LIL Title IV. */
  public static final Rule<ProcessingOperation> NO_DPIA_PROVISION = Rule.named("fr.lil.title-iv.no-dpia",
          "State security and defence (LIL Title IV): no statutory DPIA duty found")
      .citing(Sources.gdpr("2", "2", "a"), org.dpia.core.law.Citation.of(Sources.LIL))
      .when(Conditions.constant(Truth.TRUE, "LIL Title IV contains no DPIA provision (as far as checked)"));
}
