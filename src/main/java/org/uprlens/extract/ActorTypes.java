package org.uprlens.extract;

/** The values of the {@code actor_type} column, in one place. */
public final class ActorTypes {
  private ActorTypes() {}

  public static final String STATE = "state";
  public static final String TREATY_BODY = "treaty_body";
  public static final String UN_AGENCY = "un_agency";
  public static final String SPECIAL_PROCEDURE = "special_procedure";
  public static final String NGO = "ngo";
  public static final String NHRI = "nhri";
  public static final String OTHER = "other";
  public static final String UNKNOWN = "unknown";
}
