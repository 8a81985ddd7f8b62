package org.dpia.rules.fr.gdpr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.not;

import java.util.List;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Requirement;
import org.dpia.core.decision.Advice;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.logic.Truth;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.cnil.Guidelines2018326;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * GDPR art. 35: the DPIA. Paragraph 1 sets the duty, read with the WP248 criteria as a presumption;
 * paragraph 3 names three cases; paragraph 10 disapplies paragraphs 1 to 7 where the law that is
 * the processing's legal basis was adopted with a general impact assessment. Recital 91 is in
 * {@link Recital91}; the CNIL's lists of paragraphs 4 and 5 are in {@code org.dpia.rules.fr.cnil}.
 *
 * <p>Art. 35(1): « Lorsqu'un type de traitement, en particulier par le recours à de nouvelles
 * technologies, et compte tenu de la nature, de la portée, du contexte et des finalités du
 * traitement, est susceptible d'engendrer un risque élevé pour les droits et libertés des personnes
 * physiques, le responsable du traitement effectue, avant le traitement, une analyse de l'impact
 * des opérations de traitement envisagées sur la protection des données à caractère personnel. »
 *
 * <p>Verification: checked (art. 35(1) quoted; 35(3) and 35(10) in substance).
 */
public final class Article35 {
  private Article35() {}

  /** Art. 35(1) in French. */
  public static final String ART_35_1_FR =
      "Lorsqu'un type de traitement, en particulier par le recours à de nouvelles technologies, et compte tenu de la "
          + "nature, de la portée, du contexte et des finalités du traitement, est susceptible d'engendrer un risque élevé "
          + "pour les droits et libertés des personnes physiques, le responsable du traitement effectue, avant le "
          + "traitement, une analyse de l'impact des opérations de traitement envisagées sur la protection des données à "
          + "caractère personnel.";

  /** Art. 35(1), with its French wording. */
  public static final Citation ART_35_1 =
      Citation.builder().source(Gdpr.SOURCE).article("35").paragraph("1").wording(ART_35_1_FR).build();

  // ---- art. 35(10) ---------------------------------------------------------------------------------

  /**
   * GDPR art. 35(10): a legal basis that regulates the processing and whose adoption carried a
   * general impact assessment. It is an exception the controller invokes: unless stated, it is
   * read as not established (the decision lists it among the exceptions assumed not to apply).
   * A named legal framework in force on the date whose law was so assessed establishes it. A
   * statement that the legal basis was assessed is taken as made, unless the frameworks named are
   * all there are and none is in force on the date: the law it rested on has ended (art. 35(10)
   * ends with it).
   */
  public static final Fact<ProcessingOperation> LEGAL_BASIS_ASSESSED = Fact.presumed("legal-basis-assessed",
      Text.of("the processing rests on a law (GDPR art. 6(1)(c) or (e)) that regulates it and whose adoption carried a general data protection impact assessment",
          "le traitement repose sur une loi (RGPD, art. 6(1)(c) ou (e)) qui l'encadre et dont l'adoption a donné lieu à une analyse d'impact générale relative à la protection des données"),
      Truth.FALSE, Article35::legalBasisAssessed);

  static Truth legalBasisAssessed(ProcessingOperation op, java.time.LocalDate date) {
    boolean inForce = false;
    for (LegalFramework f : op.legalFrameworks().known()) {
      if (f.validity().contains(date)) {
        inForce = true;
        if (f.generalImpactAssessment() == Truth.TRUE) {
          return Truth.TRUE;
        }
      }
    }
    Truth stated = op.legalBasisAssessed();
    boolean allNamedEnded = op.legalFrameworks().isComplete() && !op.legalFrameworks().known().isEmpty() && !inForce;
    return stated == Truth.TRUE && allNamedEnded ? Truth.FALSE : stated;
  }

  /**
   * Art. 35(10): processing under art. 6(1)(c) or (e) whose legal basis regulates it and whose
   * adoption carried a general impact assessment is exempt from paragraphs 1 to 7, unless the Member
   * State deems a DPIA necessary (which an explicit legal duty expresses; it ranks above).
   */
  public static final Rule<ProcessingOperation> ART_35_10 = Rule.named("gdpr.35-10",
          Text.of("Legal basis adopted with a general impact assessment (art. 35(10))",
              "Base juridique adoptée avec une analyse d'impact générale (RGPD, art. 35(10))"))
      .citing(Gdpr.article("35", "10"))
      .valid(Gdpr.IN_FORCE)
      .when(LEGAL_BASIS_ASSESSED.holds());

  // ---- art. 35(3) ----------------------------------------------------------------------------------

  /** A systematic and extensive evaluation of personal aspects based on automated processing, including profiling. */
  public static final Fact<ProcessingOperation> EXTENSIVE_EVALUATION = Fact.of("extensive-evaluation",
      Text.of("personal aspects of people are evaluated systematically and extensively by automated processing, including profiling",
          "des aspects personnels des personnes font l'objet d'une évaluation systématique et approfondie fondée sur un traitement automatisé, y compris le profilage"),
      // with no evaluation or scoring at all, there is no extensive evaluation either
      op -> op.extensiveEvaluation().isKnown() ? op.extensiveEvaluation()
          : op.profiling() == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN);

  /**
   * Decisions producing legal or similarly significant effects are based on that evaluation, taken
   * by people or by automated means: as stated; else false when no such decision is based on
   * automated processing at all (the evaluation being automated, a decision based on it is).
   */
  public static final Fact<ProcessingOperation> DECISIONS_ON_EVALUATION = Fact.of("decisions-on-evaluation",
      Text.of("decisions producing legal effects concerning people, or similarly significantly affecting them, are based on the evaluation",
          "des décisions produisant des effets juridiques à l'égard des personnes, ou les affectant de manière significative de façon similaire, sont fondées sur l'évaluation"),
      op -> op.decisionsOnEvaluation().isKnown() ? op.decisionsOnEvaluation()
          : op.automatedDecisions() == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN);

  /**
   * Art. 35(3)(a): « l'évaluation systématique et approfondie d'aspects personnels concernant des
   * personnes physiques, qui est fondée sur un traitement automatisé, y compris le profilage, et sur
   * la base de laquelle sont prises des décisions produisant des effets juridiques à l'égard d'une
   * personne physique ou l'affectant de manière significative de façon similaire » (wording in
   * substance). The decisions are based on the evaluation; they need not be taken solely by
   * automated means (that is art. 22, a different provision). "Systematic and extensive" is a
   * condition of its own: not every profiling is such an evaluation.
   */
  public static final Rule<ProcessingOperation> ART_35_3_A = Rule.named("gdpr.35-3-a",
          Text.of("Systematic and extensive evaluation on which decisions producing legal or similarly significant effects are based (art. 35(3)(a))",
              "Évaluation systématique et approfondie sur la base de laquelle sont prises des décisions produisant des effets juridiques ou affectant les personnes de manière significative de façon similaire (RGPD, art. 35(3)(a))"))
      .citing(Gdpr.article("35", "3", "a"))
      .valid(Gdpr.IN_FORCE)
      .when(all(EXTENSIVE_EVALUATION.holds(), DECISIONS_ON_EVALUATION.holds()));

  /** Art. 35(3)(b): processing on a large scale of special categories (art. 9(1)) or of criminal-offence data (art. 10). */
  public static final Rule<ProcessingOperation> ART_35_3_B = Rule.named("gdpr.35-3-b",
          Text.of("Large-scale processing of special categories or criminal-offence data (art. 35(3)(b))",
              "Traitement à grande échelle de catégories particulières de données ou de données relatives aux condamnations pénales et aux infractions (RGPD, art. 35(3)(b))"))
      .citing(Gdpr.article("35", "3", "b"))
      .valid(Gdpr.IN_FORCE)
      .when(all(any(Facts.SPECIAL_DATA.holds(), Facts.CRIMINAL_DATA.holds()), Wp248.LARGE_SCALE));

  /** Art. 35(3)(c): a systematic monitoring of a publicly accessible area on a large scale. */
  public static final Rule<ProcessingOperation> ART_35_3_C = Rule.named("gdpr.35-3-c",
          Text.of("Systematic monitoring of a publicly accessible area on a large scale (art. 35(3)(c))",
              "Surveillance systématique à grande échelle d'une zone accessible au public (RGPD, art. 35(3)(c))"))
      .citing(Gdpr.article("35", "3", "c"))
      .valid(Gdpr.IN_FORCE)
      .when(all(Facts.PUBLIC_AREA.holds(), Wp248.SYSTEMATIC_MONITORING, Wp248.LARGE_SCALE));

  // ---- art. 35(1) read with WP248 ------------------------------------------------------------------

  /**
   * Art. 35(1) as read by WP248 rev.01 and the CNIL: a processing meeting two or more of the nine
   * criteria is presumed likely to result in a high risk. A presumption: the controller may document
   * why it is not.
   */
  public static final Rule<ProcessingOperation> PRESUMPTION = Rule.named("gdpr.35-1.two-criteria",
          Text.of("Two or more WP248 criteria met: high risk presumed (art. 35(1))",
              "Au moins deux critères WP248 remplis : risque élevé présumé (RGPD, art. 35(1))"))
      .citing(ART_35_1, Wp248.TWO_CRITERIA_RULE, Guidelines2018326.TWO_CRITERIA)
      .valid(Gdpr.IN_FORCE)
      .when(Wp248.atLeastTwo());

  /** Fewer than two criteria: no presumption of high risk (a DPIA remains advisable when in doubt). */
  public static final Rule<ProcessingOperation> BELOW_THRESHOLD = Rule.named("gdpr.35-1.below-threshold",
          Text.of("Fewer than two WP248 criteria met: no high risk presumed (art. 35(1))",
              "Moins de deux critères WP248 remplis : pas de présomption de risque élevé (RGPD, art. 35(1))"))
      .citing(ART_35_1, Wp248.TWO_CRITERIA_RULE)
      .valid(Gdpr.IN_FORCE)
      .when(not(Wp248.atLeastTwo()));

  /** Art. 35(11) in French (two concordant reproductions). */
  static final String ART_35_11_FR = "Si nécessaire, le responsable du traitement procède à un examen afin d'évaluer si le traitement est "
      + "effectué conformément à l'analyse d'impact relative à la protection des données, au moins quand il se produit une modification "
      + "du risque présenté par les opérations de traitement.";

  /** Art. 35(11): a review, at least when the risk changes. */
  public static final Citation ART_35_11 = Citation.builder().source(Gdpr.SOURCE).article("35").paragraph("11").wording(ART_35_11_FR)
      .validity(Gdpr.IN_FORCE).build();

  /** Art. 35(11): review, given as advice. */
  public static final Advice REVIEW = Advice.of("gdpr.35-11.review",
      Text.of("Review the DPIA at least when the risk represented by the processing changes (new technology, data, purpose).",
          "Réexaminer l'AIPD au moins lorsque le risque présenté par le traitement évolue (nouvelle technologie, nouvelles données, nouvelle finalité)."),
      ART_35_11);

  // ---- what a DPIA must be: art. 35(1) "before the processing", 35(2), 35(7), 35(11) --------------

  /** Art. 35(1), cited from 25 May 2018 for the duty's timing: the DPIA is carried out « avant le traitement ». */
  public static final Citation BEFORE_PROCESSING = Citation.builder().from(ART_35_1).validity(Gdpr.IN_FORCE).build();

  /** Art. 35(2) in French (two concordant reproductions). */
  static final String ART_35_2_FR = "Lorsqu'il effectue une analyse d'impact relative à la protection des données, le responsable du "
      + "traitement demande conseil au délégué à la protection des données, si un tel délégué a été désigné.";

  /** Art. 35(2): the DPO's advice is sought, where a DPO was designated. */
  public static final Citation ART_35_2 = Citation.builder().source(Gdpr.SOURCE).article("35").paragraph("2").wording(ART_35_2_FR)
      .validity(Gdpr.IN_FORCE).build();

  /** Art. 35(7)(a), in French (one reproduction; the English text concords). */
  public static final Citation ART_35_7_A = content("a", "une description systématique des opérations de traitement envisagées et des "
      + "finalités du traitement, y compris, le cas échéant, l'intérêt légitime poursuivi par le responsable du traitement");
  /** Art. 35(7)(b). */
  public static final Citation ART_35_7_B = content("b",
      "une évaluation de la nécessité et de la proportionnalité des opérations de traitement au regard des finalités");
  /** Art. 35(7)(c). */
  public static final Citation ART_35_7_C = content("c",
      "une évaluation des risques pour les droits et libertés des personnes concernées conformément au paragraphe 1");
  /** Art. 35(7)(d). */
  public static final Citation ART_35_7_D = content("d", "les mesures envisagées pour faire face aux risques, y compris les garanties, "
      + "mesures et mécanismes de sécurité visant à assurer la protection des données à caractère personnel et à apporter la preuve du "
      + "respect du présent règlement, compte tenu des droits et des intérêts légitimes des personnes concernées et des autres personnes affectées");

  private static Citation content(String point, String wording) {
    return Citation.builder().source(Gdpr.SOURCE).article("35").paragraph("7").point(point).wording(wording)
        .verification(Verification.ONE_SOURCE).validity(Gdpr.IN_FORCE).build();
  }

  /**
   * What art. 35 requires of a DPIA under the GDPR regime, as audits check it: carried out before
   * the processing, covering it (35(1)); the DPO's advice sought (35(2)); the four parts of 35(7);
   * reviewed after a change that altered the risk, and by the date it set itself (35(11)).
   */
  public static final List<Requirement> REQUIREMENTS = List.of(
      Requirement.of(Gdpr.REGIME, BreachReason.NO_DPIA, BEFORE_PROCESSING),
      Requirement.of(Gdpr.REGIME, BreachReason.LATE, BEFORE_PROCESSING),
      Requirement.of(Gdpr.REGIME, BreachReason.DOES_NOT_COVER_VERSION, BEFORE_PROCESSING),
      Requirement.content(Gdpr.REGIME, DpiaElement.DESCRIPTION, ART_35_7_A),
      Requirement.content(Gdpr.REGIME, DpiaElement.NECESSITY_AND_PROPORTIONALITY, ART_35_7_B),
      Requirement.content(Gdpr.REGIME, DpiaElement.RISK_ASSESSMENT, ART_35_7_C),
      Requirement.content(Gdpr.REGIME, DpiaElement.MEASURES, ART_35_7_D),
      Requirement.of(Gdpr.REGIME, BreachReason.DPO_NOT_CONSULTED, ART_35_2),
      Requirement.of(Gdpr.REGIME, BreachReason.NOT_REVIEWED_AFTER_CHANGE, ART_35_11),
      Requirement.of(Gdpr.REGIME, BreachReason.REVIEW_OVERDUE, ART_35_11));

  /** The remark shown with the presumption. */
  public static final Text PRESUMPTION_REMARK = Text.of(
      "a presumption: a controller who concludes there is no high risk must document why (WP248)",
      "il s'agit d'une présomption : le responsable de traitement qui conclut à l'absence de risque élevé doit en documenter les raisons (WP248)");
}
