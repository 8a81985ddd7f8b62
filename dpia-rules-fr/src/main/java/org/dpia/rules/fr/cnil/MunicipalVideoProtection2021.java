package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.courts.Beaucaire2024;

/**
 * The CNIL's formal notice to a small commune, made public on 23 December 2021: the commune had
 * carried out no impact assessment although its video-protection scheme « conduit à une
 * surveillance systématique à grande échelle d'une zone accessible au public ». With the Conseil
 * d'État's judgment on Beaucaire (30 April 2024: 73 cameras on public roads, by their nature and
 * scale, required one), it is read as: a commune's video protection of publicly accessible places
 * is a processing on a large scale, whatever the commune's size.
 *
 * <p>Verification: substance (the CNIL's communiqué as reported by two concordant press articles;
 * the notice itself is not public); the reading that it holds for every commune is recorded in
 * LEGAL-SOURCES.md.
 */
public final class MunicipalVideoProtection2021 {
  private MunicipalVideoProtection2021() {}

  /** The day the CNIL made the notice public. */
  public static final LocalDate MADE_PUBLIC = LocalDate.of(2021, 12, 23);

  /** The communiqué. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.2021-12-23.commune-video-protection")
      .title("CNIL, mise en demeure d'une commune pour son dispositif de vidéoprotection, rendue publique le 23 décembre 2021")
      .shortTitles(Text.of("CNIL, a commune's video protection (2021)", "CNIL, vidéoprotection d'une commune (2021)"))
      .url("https://www.lalettredumaire.com/article-reglementation-sur-la-videoprotection-la-cnil-epingle-une-commune-negligente-187583.html")
      .publishedOn(MADE_PUBLIC)
      .language("fr")
      .binding(false)
      .verification(Verification.SUBSTANCE)
      .verificationNote("The CNIL's communiqué read as reported by lalettredumaire.com and dpm-rgpd.fr; the notice itself is not published.")
      .build();

  /** The finding: the scheme leads to the systematic monitoring of a publicly accessible area on a large scale. */
  public static final Citation LARGE_SCALE_FINDING = Citation.builder().source(SOURCE)
      .part(Text.of("systematic monitoring of a publicly accessible area on a large scale",
          "surveillance systématique à grande échelle d'une zone accessible au public")).build();

  /** A commune or its municipal police runs the processing. */
  public static final Fact<ProcessingOperation> COMMUNE = Fact.of("controller.commune",
      Text.of("the controller is a commune or its municipal police", "le responsable de traitement est une commune ou sa police municipale"),
      op -> Facts.anyController(op, c -> c.kind()
          .map(k -> k == StandardControllerKind.LOCAL_AUTHORITY || k == StandardControllerKind.MUNICIPAL_POLICE ? Truth.TRUE
              : k instanceof StandardControllerKind ? Truth.FALSE : Truth.UNKNOWN)
          .orElse(Truth.UNKNOWN)));

  /** Fixed video-protection cameras are used. */
  public static final Fact<ProcessingOperation> VIDEO_PROTECTION = Fact.of("technology.video-surveillance",
      Text.of("video surveillance cameras are used", "des caméras de vidéoprotection sont utilisées"),
      op -> op.technologies().contains(StandardTechnology.VIDEO_SURVEILLANCE));

  /** A commune's video protection of publicly accessible places is on a large scale. */
  public static final Rule<ProcessingOperation> COMMUNE_VIDEO_PROTECTION = Rule.named("large-scale.cnil.commune-video-protection",
          Text.of("A commune's video protection of publicly accessible places: large scale (CNIL, 2021; Conseil d'État, Beaucaire, 2024)",
              "Vidéoprotection de lieux accessibles au public par une commune : grande échelle (CNIL, 2021 ; Conseil d'État, Beaucaire, 2024)"))
      .citing(LARGE_SCALE_FINDING, Beaucaire2024.NATURE_AND_SCALE)
      .when(all(COMMUNE.holds(), VIDEO_PROTECTION.holds(), Facts.PUBLIC_AREA.holds()));
}
