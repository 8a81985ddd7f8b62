package org.dpia.rules.fr;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;

/**
 * Every legal source the French rulebook encodes, with its official reference and dates. What was
 * checked, and where, is recorded in {@code dpia-rules-fr/LEGAL-SOURCES.md}.
 */
public final class Sources {
  private Sources() {}

  private static final String LEGIFRANCE_JORF = "https://www.legifrance.gouv.fr/jorf/id/";

  /** Regulation (EU) 2016/679, the GDPR; applies from 25 May 2018 (art. 99(2)). */
  public static final LegalSource GDPR = LegalSource.builder()
      .id("eu.gdpr")
      .title("Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données)")
      .shortTitle("RGPD")
      .reference("JO L 119 du 4.5.2016, p. 1")
      .url("http://data.europa.eu/eli/reg/2016/679/oj")
      .adoptedOn(LocalDate.of(2016, 4, 27))
      .publishedOn(LocalDate.of(2016, 5, 4))
      .language("fr")
      .build();

  /** Directive (EU) 2016/680, the police-justice directive; transposition deadline 6 May 2018. */
  public static final LegalSource DIRECTIVE_2016_680 = LegalSource.builder()
      .id("eu.directive-2016-680")
      .title("Directive (UE) 2016/680 du Parlement européen et du Conseil du 27 avril 2016 (directive « police-justice »)")
      .shortTitle("Directive 2016/680")
      .reference("JO L 119 du 4.5.2016, p. 89")
      .adoptedOn(LocalDate.of(2016, 4, 27))
      .publishedOn(LocalDate.of(2016, 5, 4))
      .language("fr")
      .build();

  /** Loi n° 78-17 du 6 janvier 1978 (loi Informatique et Libertés), as rewritten from 1 June 2019. */
  public static final LegalSource LIL = LegalSource.builder()
      .id("fr.lil")
      .title("Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés")
      .shortTitle("LIL")
      .reference("LEGITEXT000006068624")
      .url("https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006068624/")
      .adoptedOn(LocalDate.of(1978, 1, 6))
      .language("fr")
      .build();

  /** Ordonnance n° 2018-1125 du 12 décembre 2018, which rewrote the LIL with effect from 1 June 2019. */
  public static final LegalSource ORDONNANCE_2018_1125 = LegalSource.builder()
      .id("fr.ordonnance-2018-1125")
      .title("Ordonnance n° 2018-1125 du 12 décembre 2018 (réécriture de la loi Informatique et Libertés)")
      .shortTitle("Ord. n° 2018-1125")
      .reference("JORFTEXT000037800506")
      .url(LEGIFRANCE_JORF + "JORFTEXT000037800506")
      .adoptedOn(LocalDate.of(2018, 12, 12))
      .language("fr")
      .build();

  /** Décret n° 2019-536 du 29 mai 2019, with which the rewritten LIL entered into force on 1 June 2019. */
  public static final LegalSource DECRET_2019_536 = LegalSource.builder()
      .id("fr.decret-2019-536")
      .title("Décret n° 2019-536 du 29 mai 2019 pris pour l'application de la loi n° 78-17 du 6 janvier 1978")
      .shortTitle("Décret n° 2019-536")
      .reference("JORFTEXT000038528420")
      .adoptedOn(LocalDate.of(2019, 5, 29))
      .language("fr")
      .build();

  /** Loi n° 2018-493 du 20 juin 2018, which first transposed Directive 2016/680 (former LIL chapter XIII). */
  public static final LegalSource LOI_2018_493 = LegalSource.builder()
      .id("fr.loi-2018-493")
      .title("Loi n° 2018-493 du 20 juin 2018 relative à la protection des données personnelles")
      .shortTitle("Loi n° 2018-493")
      .reference("JORFTEXT000037085952")
      .url(LEGIFRANCE_JORF + "JORFTEXT000037085952")
      .adoptedOn(LocalDate.of(2018, 6, 20))
      .publishedOn(LocalDate.of(2018, 6, 21))
      .language("fr")
      .build();

  /** CNIL délibération n° 2018-327 du 11 octobre 2018: the list of processing types that require a DPIA. */
  public static final LegalSource CNIL_2018_327 = LegalSource.builder()
      .id("fr.cnil.2018-327")
      .title("Délibération n° 2018-327 du 11 octobre 2018 portant adoption de la liste des types d'opérations de traitement pour lesquelles une analyse d'impact relative à la protection des données est requise")
      .shortTitle("CNIL délib. n° 2018-327")
      .reference("NOR CNIL1829647X; JORF 6 novembre 2018, texte n° 82")
      .url(LEGIFRANCE_JORF + "JORFTEXT000037559521")
      .adoptedOn(LocalDate.of(2018, 10, 11))
      .publishedOn(LocalDate.of(2018, 11, 6))
      .language("fr")
      .build();

  /** CNIL délibération n° 2019-118 du 12 septembre 2019: the list of processing types for which no DPIA is required. */
  public static final LegalSource CNIL_2019_118 = LegalSource.builder()
      .id("fr.cnil.2019-118")
      .title("Délibération n° 2019-118 du 12 septembre 2019 portant adoption de la liste des types d'opérations de traitement pour lesquelles une analyse d'impact relative à la protection des données n'est pas requise")
      .shortTitle("CNIL délib. n° 2019-118")
      .reference("JORF 22 octobre 2019")
      .url(LEGIFRANCE_JORF + "JORFTEXT000039248939")
      .adoptedOn(LocalDate.of(2019, 9, 12))
      .publishedOn(LocalDate.of(2019, 10, 22))
      .language("fr")
      .build();

  /** The CNIL's published position on processing in place before 25 May 2018 (communiqué of 19 February 2018). */
  public static final LegalSource CNIL_TRANSITION = LegalSource.builder()
      .id("fr.cnil.transition-2018")
      .title("CNIL, « RGPD : comment la CNIL vous accompagne dans cette période transitoire », 19 février 2018")
      .shortTitle("CNIL, période transitoire")
      .url("https://www.cnil.fr/fr/rgpd-comment-la-cnil-vous-accompagne-dans-cette-periode-transitoire")
      .publishedOn(LocalDate.of(2018, 2, 19))
      .language("fr")
      .binding(false)
      .build();

  /** WP29 Guidelines on DPIA, WP248 rev.01 (adopted 4 April 2017, revised 4 October 2017, endorsed by the EDPB 25 May 2018). */
  public static final LegalSource WP248 = LegalSource.builder()
      .id("eu.wp248")
      .title("Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) and determining whether processing is \"likely to result in a high risk\", WP248 rev.01")
      .shortTitle("WP248 rev.01")
      .adoptedOn(LocalDate.of(2017, 10, 4))
      .language("en")
      .binding(false)
      .build();

  /** WP29 Guidelines on Data Protection Officers, WP243 rev.01 (adopted 13 December 2016, revised 5 April 2017): examples of "large scale". */
  public static final LegalSource WP243 = LegalSource.builder()
      .id("eu.wp243")
      .title("Article 29 Working Party, Guidelines on Data Protection Officers ('DPOs'), WP243 rev.01")
      .shortTitle("WP243 rev.01")
      .adoptedOn(LocalDate.of(2017, 4, 5))
      .language("en")
      .binding(false)
      .build();

  /** CNIL position on « caméras augmentées » in public spaces, July 2022. */
  public static final LegalSource CNIL_AUGMENTED_CAMERAS = LegalSource.builder()
      .id("fr.cnil.cameras-augmentees-2022")
      .title("CNIL, Déploiement de caméras « augmentées » dans les espaces publics : la position de la CNIL, juillet 2022")
      .shortTitle("CNIL, caméras augmentées (2022)")
      .language("fr")
      .binding(false)
      .build();

  /** Loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024. */
  public static final LegalSource LOI_2023_380 = LegalSource.builder()
      .id("fr.loi-2023-380")
      .title("Loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024 et portant diverses autres dispositions")
      .shortTitle("Loi n° 2023-380")
      .reference("JORFTEXT000047561974")
      .url(LEGIFRANCE_JORF + "JORFTEXT000047561974")
      .adoptedOn(LocalDate.of(2023, 5, 19))
      .language("fr")
      .build();

  /** Décret n° 2023-828 du 28 août 2023, implementing art. 10 of loi n° 2023-380; JORF 30 August 2023, in force the next day. */
  public static final LegalSource DECRET_2023_828 = LegalSource.builder()
      .id("fr.decret-2023-828")
      .title("Décret n° 2023-828 du 28 août 2023 relatif aux modalités de mise en œuvre des traitements algorithmiques prévus à l'article 10 de la loi n° 2023-380")
      .shortTitle("Décret n° 2023-828")
      .reference("JORFTEXT000048007135")
      .url(LEGIFRANCE_JORF + "JORFTEXT000048007135")
      .adoptedOn(LocalDate.of(2023, 8, 28))
      .publishedOn(LocalDate.of(2023, 8, 30))
      .language("fr")
      .build();

  /** Every source, in the order above. */
  public static final List<LegalSource> ALL = List.of(
      GDPR, DIRECTIVE_2016_680, LIL, ORDONNANCE_2018_1125, DECRET_2019_536, LOI_2018_493,
      CNIL_2018_327, CNIL_2019_118, CNIL_TRANSITION, WP248, WP243, CNIL_AUGMENTED_CAMERAS,
      LOI_2023_380, DECRET_2023_828);

  /** GDPR article, paragraph and optional point. */
  static Citation gdpr(String article, String paragraph, String point) {
    Citation.Builder b = Citation.builder().source(GDPR).article(article);
    if (paragraph != null) {
      b.paragraph(paragraph);
    }
    if (point != null) {
      b.point(point);
    }
    return b.build();
  }

  /** A recital of the GDPR. */
  static Citation gdprRecital(String number) {
    return Citation.builder().source(GDPR).item("recital " + number).build();
  }

  /** An article of the LIL in its numbering from 1 June 2019. */
  static Citation lil(String article) {
    return Citation.of(LIL, article);
  }

  /** An item of a CNIL list. */
  static Citation item(LegalSource list, int number, String wording) {
    Citation.Builder b = Citation.builder().source(list).item(Integer.toString(number));
    if (wording != null) {
      b.wording(wording);
    }
    return b.build();
  }

  /** A part of the WP29 guidelines on DPIA. */
  static Citation wp248(String part) {
    return Citation.builder().source(WP248).item(part).build();
  }
}
