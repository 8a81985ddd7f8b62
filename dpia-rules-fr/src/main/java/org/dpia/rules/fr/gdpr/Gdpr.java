package org.dpia.rules.fr.gdpr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.constant;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Requirement;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.rules.fr.eu.Rynes;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.lil.TitleIV;

/**
 * Regulation (EU) 2016/679, the General Data Protection Regulation: its scope (art. 2, 4(1)), the
 * day it applies from (art. 99(2)) and the regime it defines. Article 35 is in {@link Article35}.
 *
 * <p>Art. 99(2): « Il est applicable à partir du 25 mai 2018. »
 *
 * <p>Verification: checked (EUR-Lex, ELI); art. 35(1) quoted in French.
 */
public final class Gdpr {
  private Gdpr() {}

  /** The regulation, as published in the Official Journal. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("eu.gdpr")
      .title("Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données)")
      .shortTitles(Text.of("GDPR", "RGPD"))
      .reference("JO L 119 du 4.5.2016, p. 1")
      .url("http://data.europa.eu/eli/reg/2016/679/oj")
      .adoptedOn(LocalDate.of(2016, 4, 27))
      .publishedOn(LocalDate.of(2016, 5, 4))
      .validity(DateRange.from(LocalDate.of(2018, 5, 25)))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Read on EUR-Lex (ELI); art. 35(1) quoted in French; art. 35(3), (4), (5), (10) and recital 91 in substance.")
      .build();

  /** The GDPR applies from 25 May 2018 (art. 99(2)). */
  public static final LocalDate APPLIES_FROM = LocalDate.of(2018, 5, 25);

  /** The days the GDPR applies. */
  public static final DateRange IN_FORCE = DateRange.from(APPLIES_FROM);

  /** An article of the GDPR. */
  public static Citation article(String article) {
    return Citation.of(SOURCE, article);
  }

  /** An article and paragraph of the GDPR. */
  public static Citation article(String article, String paragraph) {
    return Citation.builder().source(SOURCE).article(article).paragraph(paragraph).build();
  }

  /** An article, paragraph and point of the GDPR. */
  public static Citation article(String article, String paragraph, String point) {
    return Citation.builder().source(SOURCE).article(article).paragraph(paragraph).point(point).build();
  }

  /** A recital of the GDPR: "recital 91" in English, "considérant 91" in French. */
  public static Citation recital(String number) {
    return Citation.builder().source(SOURCE).part(Text.of("recital " + number, "considérant " + number)).build();
  }

  // ---- the regime --------------------------------------------------------------------------------

  /** The GDPR, with LIL Title II. */
  public static final Regime REGIME = Regime.of("gdpr",
      Text.of("GDPR (with LIL Title II)", "RGPD (avec le titre II de la loi Informatique et Libertés)"),
      article("2", "1"), Lil.article("62"));

  /** A purpose is neither criminal-law enforcement nor State security. */
  public static final Fact<ProcessingOperation> OTHER_PURPOSE = Fact.of("purpose.other",
      Text.of("a purpose is other than criminal-law enforcement and State security",
          "une finalité n'est ni pénale ni liée à la sûreté de l'État"),
      op -> op.purposes().anyTruth(p -> p.family()
          .map(f -> Truth.of(f != PurposeFamily.CRIMINAL_LAW_ENFORCEMENT && f != PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE))
          .orElse(Truth.UNKNOWN)));

  /**
   * The GDPR governs: another purpose; criminal-law purposes of a body that is not a competent
   * authority (art. 2(2)(d)); or a security purpose of a body not acting on behalf of the State
   * (art. 2(2)(a) read strictly).
   */
  public static final Rule<ProcessingOperation> APPLIES = Rule.named("fr.regime.gdpr",
          Text.of("GDPR regime: purposes outside criminal-law enforcement and State security, or a body that is not a competent authority or does not act for the State",
              "Régime du RGPD : finalités autres que pénales et que la sûreté de l'État, ou organisme qui n'est pas une autorité compétente ou n'agit pas pour le compte de l'État"))
      .citing(article("2", "1"), article("2", "2", "a"), article("2", "2", "d"))
      .when(any(OTHER_PURPOSE.holds(),
          all(Directive2016680.CRIMINAL_PURPOSE.holds(), not(Directive2016680.COMPETENT_AUTHORITY.holds())),
          all(TitleIV.STATE_SECURITY_PURPOSE.holds(), not(TitleIV.ON_BEHALF_OF_THE_STATE.holds()))));

  /** Art. 36(1) in French (four concordant reproductions). */
  static final String ART_36_1_FR = "Le responsable du traitement consulte l'autorité de contrôle préalablement au traitement lorsqu'une "
      + "analyse d'impact relative à la protection des données effectuée au titre de l'article 35 indique que le traitement présenterait "
      + "un risque élevé si le responsable du traitement ne prenait pas de mesures pour atténuer le risque.";

  /** Art. 36(1): prior consultation of the supervisory authority when the DPIA finds a high residual risk. */
  public static final Citation ART_36_1 = Citation.builder().source(SOURCE).article("36").paragraph("1").wording(ART_36_1_FR)
      .validity(IN_FORCE).build();

  /** Art. 36(1) as an audit checks it. */
  public static final Requirement PRIOR_CONSULTATION_REQUIRED = Requirement.of(REGIME, BreachReason.PRIOR_CONSULTATION_MISSING, ART_36_1);

  /** GDPR art. 36(1) and LIL art. 63: prior consultation, given as advice (it depends on the DPIA's result). */
  public static final Advice PRIOR_CONSULTATION = Advice.of("gdpr.36.prior-consultation",
      Text.of("Consult the CNIL before processing if the DPIA shows a high risk that the controller's measures do not mitigate.",
          "Consulter la CNIL préalablement au traitement si l'AIPD indique un risque élevé que les mesures prises par le responsable de traitement ne permettent pas d'atténuer."),
      ART_36_1, Lil.article("63"));

  // ---- scope and date ----------------------------------------------------------------------------

  /**
   * A natural person processes in a purely personal or household activity (art. 2(2)(c)): an
   * exception to the GDPR's scope, construed narrowly (CJEU C-212/13 Ryneš), which whoever invokes
   * it must establish: unless stated, it is read as not established. It is also false whenever the
   * facts show the activity is not purely personal ({@link #NOT_PURELY_PERSONAL}).
   */
  public static final Fact<ProcessingOperation> HOUSEHOLD_ACTIVITY = Fact.presumed("household-activity",
      Text.of("a natural person processes in a purely personal or household activity",
          "une personne physique traite des données dans le cadre d'une activité strictement personnelle ou domestique"),
      Truth.FALSE, (op, date) -> op.householdActivity());

  /** A controller (or a joint controller) acts in a professional, commercial or public capacity (by its kind). */
  public static final Fact<ProcessingOperation> PROFESSIONAL_CONTROLLER = Fact.of("controller.professional",
      Text.of("the controller acts in a professional, commercial or public capacity",
          "le responsable de traitement agit à titre professionnel, commercial ou public"),
      op -> Facts.anyController(op, c -> c.kind().map(ControllerKind::professional).orElse(Truth.UNKNOWN)));

  /** A purpose is a professional, commercial or public one (any of the standard purposes but a personal activity). */
  public static final Fact<ProcessingOperation> PROFESSIONAL_PURPOSE = Fact.of("purpose.professional",
      Text.of("a purpose is a professional, commercial or public one",
          "une finalité est professionnelle, commerciale ou publique"),
      op -> op.purposes().anyTruth(Gdpr::professionalPurpose));

  static Truth professionalPurpose(Purpose p) {
    return p.family().map(f -> Truth.of(f != PurposeFamily.PERSONAL_OR_HOUSEHOLD)).orElse(Truth.UNKNOWN);
  }

  /** The processing is carried out under a legal framework a law names. */
  public static final Fact<ProcessingOperation> UNDER_A_NAMED_LAW = Fact.of("framework.any",
      Text.of("the processing is carried out under a legal framework a law names",
          "le traitement est mis en œuvre dans un cadre juridique prévu par un texte"),
      op -> op.legalFrameworks().isComplete() || !op.legalFrameworks().known().isEmpty()
          ? Truth.of(!op.legalFrameworks().known().isEmpty()) : Truth.UNKNOWN);

  /**
   * The facts show the activity is not purely personal or household: a controller acting in a
   * professional, commercial or public capacity (recital 18: « sans lien avec une activité
   * professionnelle ou commerciale »), a professional purpose, a processing under a framework set
   * by law, or cameras that also film a publicly accessible area (CJEU C-212/13 Ryneš).
   */
  public static final Rule<ProcessingOperation> NOT_PURELY_PERSONAL = Rule.named("gdpr.2-2-c.not-purely-personal",
          Text.of("Not a purely personal or household activity: a professional, commercial or public controller or purpose, a framework set by law, or cameras filming a public space",
              "Pas une activité strictement personnelle ou domestique : responsable ou finalité professionnels, commerciaux ou publics, cadre prévu par un texte, ou caméras filmant un espace public"))
      .citing(article("2", "2", "c"), recital("18"), Rynes.CAMERA_ON_PUBLIC_SPACE)
      .when(any(PROFESSIONAL_CONTROLLER.holds(), PROFESSIONAL_PURPOSE.holds(), UNDER_A_NAMED_LAW.holds(),
          all(Facts.RECORDS_PEOPLE.holds(), Facts.PUBLIC_AREA.holds())));

  /** Outside the material scope: no personal data is processed (art. 2(1), 4(1)). */
  public static final Rule<ProcessingOperation> NO_PERSONAL_DATA = Rule.named("gdpr.2-1.no-personal-data",
          Text.of("No personal data is processed", "Aucune donnée à caractère personnel n'est traitée"))
      .citing(article("2", "1"), article("4", "1"))
      .when(not(Facts.PERSONAL_DATA.holds()));

  /** Outside the material scope: a purely personal or household activity (art. 2(2)(c)). */
  public static final Rule<ProcessingOperation> HOUSEHOLD = Rule.named("gdpr.2-2-c.household",
          Text.of("Purely personal or household activity", "Activité strictement personnelle ou domestique"))
      .citing(article("2", "2", "c"))
      .when(all(HOUSEHOLD_ACTIVITY.holds(), not(NOT_PURELY_PERSONAL)));

  /** Before 25 May 2018 the GDPR did not apply, so no DPIA duty under it existed (art. 99(2)). */
  public static final Rule<ProcessingOperation> NOT_YET_APPLICABLE = Rule.named("gdpr.99-2.not-yet-applicable",
          Text.of("The GDPR did not yet apply: no DPIA duty existed (prior formalities with the CNIL applied instead)",
              "Le RGPD n'était pas encore applicable : aucune obligation d'AIPD n'existait (les formalités préalables auprès de la CNIL s'appliquaient à la place)"))
      .citing(article("99", "2"))
      .valid(DateRange.until(APPLIES_FROM.minusDays(1)))
      .when(constant(Truth.TRUE, "the date is before 25 May 2018"));
}
