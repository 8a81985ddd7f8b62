package org.dpia.rules.fr.cnil;

import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.text.Text;

/**
 * The CNIL's position on « caméras augmentées » in public spaces (July 2022): such devices, which
 * analyse images automatically, create new risks for rights and freedoms. Cited by WP248 criterion
 * 8 (innovative use), where algorithmic video analysis is judged innovative.
 *
 * <p>Verification: checked in substance; not quoted.
 */
public final class AugmentedCameras2022 {
  private AugmentedCameras2022() {}

  /** The position. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.cameras-augmentees-2022")
      .title("CNIL, Déploiement de caméras « augmentées » dans les espaces publics : la position de la CNIL, juillet 2022")
      .shortTitles(Text.of("CNIL, augmented cameras (2022)", "CNIL, caméras augmentées (2022)"))
      .language("fr")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Substance checked (new risks; innovative use); not quoted.")
      .build();

  /** The position as a whole. */
  public static final Citation POSITION = Citation.of(SOURCE);
}
