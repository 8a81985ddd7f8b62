package org.dpia.embedding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.report.Report;

/** What an application does with dpia: find the French rulebook, decide the Lille case, report it. */
public final class LilleCheck {
  private LilleCheck() {}

  /** The Lille municipal police's BriefCam video analytics, as the README's quick start describes it. */
  public static ProcessingOperation briefcam() {
    return ProcessingOperation.builder()
        .name("BriefCam video analytics — Lille municipal police")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
        .build();
  }

  /** The rulebooks {@link ServiceLoader} finds for this application. */
  public static List<Rulebook> discovered() {
    List<Rulebook> found = new ArrayList<>();
    ServiceLoader.load(Rulebook.class).forEach(found::add);
    return found;
  }

  /** The French rulebook's decision on 1 June 2023. */
  public static Decision decide(Rulebook rulebook) {
    return rulebook.decide(briefcam(), LocalDate.of(2023, 6, 1));
  }

  /** Decides the Lille case and prints its report in French (Markdown) and English (text). */
  public static void main(String[] args) {
    Rulebook france = Rulebook.find("fr").orElseThrow(() -> new IllegalStateException("no French rulebook found"));
    Decision d = decide(france);
    System.out.println(Report.of(france, Locale.FRENCH, Report.Format.MARKDOWN).render(d));
    System.out.println(Report.of(france, Locale.ENGLISH, Report.Format.TEXT).render(d));
  }
}
