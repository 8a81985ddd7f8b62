/** An application that embeds dpia: it needs the French rulebook and, through it, the core. */
module org.dpia.embedding {
  requires org.dpia.rules.fr;
  requires org.dpia.core;

  uses org.dpia.core.decision.Rulebook;
}
