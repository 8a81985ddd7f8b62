package org.dpia.rules.fr.eu;

import java.time.LocalDate;
import java.util.Set;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.FrenchControllerKind;

/**
 * Directive (EU) 2016/680, the police-justice directive: what counts as a criminal-law purpose
 * (art. 1(1)) and as a competent authority (art. 3(7)), which choose the police-justice regime; its
 * DPIA (art. 27) and prior consultation (art. 28), transposed in French law by loi n° 2018-493 and
 * then LIL art. 90 (see {@code org.dpia.rules.fr.lil}).
 *
 * <p>Verification: checked (substance of arts. 1, 3(7), 27, 28); not quoted.
 */
public final class Directive2016680 {
  private Directive2016680() {}

  /** The directive. Transposition deadline: 6 May 2018. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("eu.directive-2016-680")
      .title("Directive (UE) 2016/680 du Parlement européen et du Conseil du 27 avril 2016 (directive « police-justice »)")
      .shortTitle("Directive 2016/680")
      .reference("JO L 119 du 4.5.2016, p. 89")
      .adoptedOn(LocalDate.of(2016, 4, 27))
      .publishedOn(LocalDate.of(2016, 5, 4))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Substance of arts. 1, 3(7), 27 and 28 checked; not quoted.")
      .build();

  /** Art. 1: subject matter. */
  public static final Citation ART_1 = Citation.of(SOURCE, "1");
  /** Art. 1(1): the purposes of the directive. */
  public static final Citation ART_1_1 = Citation.builder().source(SOURCE).article("1").paragraph("1").build();
  /** Art. 3(7): competent authority. */
  public static final Citation ART_3_7 = Citation.builder().source(SOURCE).article("3").paragraph("7").build();
  /** Art. 27: the DPIA. */
  public static final Citation ART_27 = Citation.of(SOURCE, "27");
  /** Art. 27(1): the DPIA is carried out « prior to the processing » (English reproduction read). */
  public static final Citation ART_27_1 = Citation.builder().source(SOURCE).article("27").paragraph("1").build();
  /** Art. 28: prior consultation of the supervisory authority. */
  public static final Citation ART_28 = Citation.of(SOURCE, "28");

  /**
   * Whether a purpose is criminal-law enforcement in the sense of art. 1(1): by its family; unknown
   * for a purpose whose family is not known.
   */
  public static Truth criminalPurpose(Purpose p) {
    java.util.Optional<PurposeFamily> family = p.family();
    return family.isEmpty() ? Truth.UNKNOWN : Truth.of(family.get() == PurposeFamily.CRIMINAL_LAW_ENFORCEMENT);
  }

  /** A purpose is criminal-law enforcement in the sense of art. 1(1) and LIL art. 87. */
  public static final Fact<ProcessingOperation> CRIMINAL_PURPOSE = Fact.of("purpose.criminal-law-enforcement",
      Text.of("a purpose is the prevention, investigation, detection or prosecution of criminal offences, the execution of criminal penalties, or safeguarding against threats to public security",
          "une finalité est la prévention et la détection des infractions pénales, les enquêtes et les poursuites en la matière, l'exécution de sanctions pénales, ou la protection contre les menaces pour la sécurité publique"),
      op -> op.purposes().anyTruth(Directive2016680::criminalPurpose));

  /**
   * The controller is a competent authority (art. 3(7); LIL art. 87): police, gendarmerie,
   * municipal police, judicial and prison authorities are; private bodies and individuals are not;
   * a local authority is when it pursues a criminal-law purpose (it can only do so under the police
   * powers the law gives it: CE, 30 April 2024, Commune de Beaucaire, n° 472864); for other public
   * bodies it depends on whether they are entrusted with public authority for those purposes, so
   * it stays unknown unless stated. With joint controllers, one competent authority among them is
   * enough.
   */
  public static final Fact<ProcessingOperation> COMPETENT_AUTHORITY = Fact.of("controller.competent-authority",
      Text.of("the controller is a competent authority for criminal-law enforcement (police, gendarmerie, municipal police, judicial or prison authority, or a body entrusted with that public authority)",
          "le responsable de traitement est une autorité compétente en matière pénale (police, gendarmerie, police municipale, autorité judiciaire ou pénitentiaire, ou organisme investi de cette autorité publique)"),
      op -> Facts.anyController(op, c -> c.kind().map(k -> k == StandardControllerKind.LOCAL_AUTHORITY
          ? (op.purposes().anyTruth(Directive2016680::criminalPurpose) == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN)
          : competentAuthority(k)).orElse(Truth.UNKNOWN)));

  /** Whether a kind of controller is a competent authority. */
  public static Truth competentAuthority(ControllerKind kind) {
    if (!(kind instanceof StandardControllerKind s)) {
      return kind instanceof FrenchControllerKind ? Truth.FALSE : Truth.UNKNOWN;
    }
    return switch (s) {
      case MUNICIPAL_POLICE, NATIONAL_POLICE_OR_GENDARMERIE, JUDICIAL_AUTHORITY, PRISON_ADMINISTRATION -> Truth.TRUE;
      case PUBLIC_BODY, LOCAL_AUTHORITY, INTELLIGENCE_OR_DEFENCE_SERVICE -> Truth.UNKNOWN;
      default -> Truth.FALSE;
    };
  }
}
