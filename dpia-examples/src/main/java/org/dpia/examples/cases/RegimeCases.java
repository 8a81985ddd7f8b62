package org.dpia.examples.cases;

import org.dpia.rules.fr.lil.TitleIV;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;

/**
 * Which body of law governs, and whether it has a DPIA duty at all: the police-justice regime
 * (Directive 2016/680, LIL Title III, art. 90), State security and defence (GDPR art. 2(2)(a), LIL
 * Title IV), processing outside the scope of data protection law (GDPR art. 2), and a processing
 * with mixed purposes that falls under two regimes, each for its purposes, as the CNIL reasons for
 * municipal video systems (« sur le fondement du RGPD et/ou de la directive police-justice »).
 *
 * <p>The facts are illustrative. Cases are decided on {@link #DECIDED}, when LIL Title III is in
 * force.
 */
public final class RegimeCases {
  private RegimeCases() {}

  /** The day every case of this family is decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  /**
   * The police record the genetic profiles of suspects for their investigations: sensitive data
   * (LIL art. 6 I), which LIL art. 90 names as a reason of high risk.
   */
  public static Case policeGeneticProfiles() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Genetic profiles of suspects in a police investigation file")
        .controller(Controller.of("Police nationale (illustrative service)", StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE))
        .purposes(StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.GENETIC)
        .dataSubjects(DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("regime-police-justice-sensitive-data",
        "The police record suspects' genetic profiles for their investigations",
        "LIL art. 90 and art. 6 I; Directive (EU) 2016/680 art. 27", op, DECIDED)
        .expect(Outcome.REQUIRED, TitleIII.SENSITIVE_DATA).under(TitleIII.REGIME);
  }

  /**
   * An intelligence service keeps a file for State security, with profiling and political opinions
   * that would meet several WP248 criteria elsewhere. Outside Union law (GDPR art. 2(2)(a)); no DPIA
   * provision was found in LIL Title IV (the rulebook's reading, to be confirmed on Légifrance).
   */
  public static Case intelligenceServiceFile() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("File of an intelligence service")
        .controller(Controller.of("Intelligence service (illustrative)", StandardControllerKind.INTELLIGENCE_OR_DEFENCE_SERVICE))
        .purposes(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.POLITICAL_OPINIONS)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .profiling(true)
        .systematicMonitoring(true)
        .combinesDatasets(true)
        .externalSources(true)
        .build();
    return Case.of("regime-state-security",
        "An intelligence service keeps a file for State security",
        "RGPD art. 2(2)(a); LIL Title IV", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, TitleIV.NO_DPIA_PROVISION).under(TitleIV.REGIME);
  }

  /**
   * A private individual keeps an address book and photographs of family and friends. Family and
   * friends are none of the vocabulary's categories of data subjects, which are left unknown: the
   * processing is outside the scope of the law whoever they are.
   */
  public static Case familyAddressBook() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Address book and family photographs of a private individual")
        .controller(Controller.of("A private individual", StandardControllerKind.PRIVATE_INDIVIDUAL))
        .householdActivity(true)
        .purposes(StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.IMAGES)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HOME)
        .build();
    return Case.of("regime-household-activity",
        "A private individual keeps an address book and family photographs",
        "RGPD art. 2(2)(c)", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, Gdpr.HOUSEHOLD).under(Gdpr.REGIME);
  }

  /** A city counts the bicycles passing on its cycle paths, with sensors that record no personal data. */
  public static Case anonymousBicycleCounts() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Bicycle counts on a city's cycle paths")
        .controller(Controller.of("City (illustrative)", StandardControllerKind.LOCAL_AUTHORITY))
        .personalData(false)
        .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(FactSet.none())
        .dataSubjects(FactSet.none())
        .technologies(StandardTechnology.CONNECTED_DEVICES)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .build();
    return Case.of("regime-no-personal-data",
        "A city counts bicycles with sensors that record no personal data",
        "RGPD art. 2(1) and art. 4(1)", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, Gdpr.NO_PERSONAL_DATA).under(Gdpr.REGIME);
  }

  /**
   * A municipal police service runs the town's CCTV both to prevent crime (police-justice) and to
   * manage road traffic (GDPR), across the whole town, permanently: each regime requires a DPIA for
   * its purposes — art. 90 on two WP248 criteria, the GDPR on art. 35(3)(c).
   */
  public static Case municipalCctvMixedPurposes() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Municipal CCTV for crime prevention and traffic management")
        .controller(Controller.of("Commune (police municipale, illustrative)", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .profiling(false)
        .automatedDecisions(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .build();
    return Case.of("regime-mixed-municipal-cctv",
        "A town's CCTV serves both crime prevention and traffic management",
        "RGPD art. 35(3)(c) and LIL art. 90; CNIL letters on municipal video systems (« RGPD et/ou directive police-justice »)",
        op, DECIDED)
        .expect(Outcome.REQUIRED, TitleIII.TWO_CRITERIA, Article35.ART_35_3_C);
  }

  /**
   * A public body (an intermunicipal public establishment, say) runs CCTV over a whole town,
   * permanently, to prevent crime. Whether it acts here as a competent authority (police-justice)
   * or not (GDPR) is left unknown on purpose: a DPIA is required under either regime — art. 90 on
   * two WP248 criteria, or GDPR art. 35(3)(c) — so the answer does not wait for it. (A commune
   * would be a competent authority: CE, 30 April 2024, Commune de Beaucaire.)
   */
  public static Case townHallCctvRegimeUnknown() {
    ProcessingOperation op = ProcessingOperation.builder()
        .from(municipalCctvMixedPurposes().operation())
        .name("Town-wide CCTV for crime prevention, by a public body whose status is not known")
        .controller(Controller.of("Établissement public (illustrative)", StandardControllerKind.PUBLIC_BODY))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .build();
    return Case.of("regime-unknown-town-hall-cctv",
        "A public body films a whole town to prevent crime; which regime governs is not known",
        "RGPD art. 35(3)(c) or LIL art. 90, whichever governs (Directive (EU) 2016/680 art. 3(7))", op, DECIDED)
        .expect(Outcome.REQUIRED, TitleIII.TWO_CRITERIA, Article35.ART_35_3_C);
  }

  /** Every case of the family. */
  public static List<Case> all() {
    return List.of(policeGeneticProfiles(), intelligenceServiceFile(), familyAddressBook(), anonymousBicycleCounts(),
        municipalCctvMixedPurposes(), townHallCctvRegimeUnknown());
  }
}
