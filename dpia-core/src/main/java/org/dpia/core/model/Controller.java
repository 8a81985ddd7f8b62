package org.dpia.core.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The controller: who determines the purposes and means of the processing (GDPR art. 4(7)).
 *
 * <pre>{@code
 * Controller lille = Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE);
 * }</pre>
 */
@Value.Immutable
public abstract class Controller implements WithController {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Controller() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Controller}. */
  public static class Builder extends ImmutableController.Builder {
    /** An empty builder, the same as {@link Controller#builder()}. */
    public Builder() {}

    /**
     * The controller, checked.
     *
     * @throws InvalidDescriptionException listing every problem, each required part not given included
     */
    @Override
    public Controller build() {
      return Checks.built("controller", super::build);
    }
  }

  /** A controller of a known kind. */
  public static Controller of(String name, ControllerKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** The controller's name. */
  public abstract String name();

  /** What kind of body it is; empty if not known. */
  public abstract Optional<ControllerKind> kind();

  /** How many people it employs; empty if not known. */
  public abstract OptionalInt staff();

  @Value.Check
  void check() {
    Checks.verify(
        "controller '" + name() + "'",
        Checks.require(!Checks.blank(name()), () -> "the controller's name is blank"),
        Checks.require(
            staff().orElse(0) >= 0, () -> "the controller's staff is negative (" + staff().getAsInt() + ")"));
  }
}
