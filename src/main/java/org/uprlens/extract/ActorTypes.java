package org.uprlens.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.uprlens.States;

/**
 * The values of the {@code actor_type} column, and a small lexicon-driven classifier of actor names. A list of
 * actors ("UNICEF and the Committee against Torture") takes the type of its first member; a group with its members
 * named ("Several States, including Germany and Norway") the group's type.
 */
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

  // Checked in this order: "the Special Rapporteur of the Committee" is still a special procedure.
  private static final Pattern SPECIAL_PROCEDURE_NAME = Pattern.compile(
      "(?i)\\b(?:special rapporteurs?|independent experts?|working group on|special procedures?|mandate[- ]holders?"
          // the Council's investigations, mandated as its special procedures are
          + "|commissions? of inquiry|fact-finding mission|commission on human rights (?:in|on)"
          + "|special representative|(?:un|united nations) (?:human rights )?experts)\\b");
  private static final Pattern NHRI_NAME = Pattern.compile(
      "(?i)\\b(?:national human rights (?:institution|commission)|human rights commission"
          + "|(?:national )?commission (?:on|for) human rights|ombuds(?:man|person|woman)|nhri"
          + "|human rights commissioner|commissioner for human rights|people'?s advocate|public defender"
          // Institutions that UN documents name in French, Spanish or Portuguese
          + "|(?:commission|conseil) nationale? (?:des|de) droits|d[ée]fenseur des droits"
          + "|m[ée]diateur de la r[ée]publique"
          + "|defensor[ií]a del pueblo|defensor del pueblo|comisi[oó]n nacional de (?:los )?derechos humanos"
          + "|procuradur[ií]a (?:de|para la defensa de) (?:los )?derechos humanos|provedor(?:ia)? de justi[çc]a)\\b");
  private static final Pattern TREATY_BODY_NAME = Pattern.compile(
      "(?i)\\b(?:committee|subcommittee|treaty bod(?:y|ies))\\b|^(?:CAT|CERD|CEDAW|CRC|CRPD|CED|CMW|CESCR|HRC|SPT)$");
  private static final Pattern UN_AGENCY_NAME = Pattern.compile(
      "(?i)\\b(?:country team|united nations|UN Women|UNCT|UNICEF|UNHCR|UNESCO|ILO|WHO|UNDP|UNFPA|OHCHR|UNAIDS"
          + "|UNODC|IOM|FAO|UNEP|UN-Habitat|WFP|high commissioner|secretary-general"
          + "|(?:UN|United Nations) agenc(?:y|ies)|UN (?:human )?rights (?:office|chief))"
          + "\\b");
  /** Regional and other intergovernmental bodies, including the Council of Europe's committees; parliaments'. */
  private static final Pattern OTHER_NAME = Pattern.compile(
      "(?i)\\b(?:european union|council of europe|CoE|OSCE|african union|organization of american states|ODIHR"
          + "|world bank|international monetary fund|IMF"
          // regional bodies by their acronyms and names: "The IACHR recommends", "GREVIO urges"
          + "|IACHR|ACHPR|ECRI|GREVIO|CPT|GRECO|ECSR|AICHR|IPHRC|venice commission|asean|OIC"
          + "|arab human rights committee|league of arab states|commonwealth secretariat"
          + "|organi[sz]ation of islamic cooperation|organi[sz]ation for security and co-?operation"
          + "|inter-american (?:commission|court)|african (?:commission|committee|court)|european (?:committee|commission"
          + "|court|parliament)|parliamentary assembly|committee of ministers|human rights council|the council"
          // a parliament's committee, not a treaty body; a State's own inquiry
          + "|(?:joint|select|standing|parliamentary) committee|royal commission|(?:national|public) inquiry)\\b");
  /**
   * Organisations whose names carry none of the words {@link #NGO_NAME} knows them by, and the one a treaty body's
   * word would mislead: "Save the Children", "Committee to Protect Journalists".
   */
  private static final Pattern KNOWN_NGO = Pattern.compile("(?i)\\b(?:committee to protect journalists"
      + "|save the children|oxfam|reporters without borders|reporters sans fronti[eè]res|greenpeace|access now"
      + "|walk free|equality now|upr info|freedom now|global witness|m[ée]decins sans fronti[eè]res"
      + "|doctors without borders|world vision|human rights first|redress|index on censorship|outright"
      + "|ilga(?:[- ]world|[- ]europe)?|pen (?:america|international))\\b");
  /** The ILO's supervisory committee: "ILO Committee of Experts", "CEACR". */
  private static final Pattern ILO_EXPERTS = Pattern.compile("(?i)\\b(?:ILO Committee of Experts|CEACR)\\b");
  private static final Pattern UN_HIGH_COMMISSIONER =
      Pattern.compile("(?i)\\b(?:(?:UN|United Nations)\\s+)?High\\s+Commissioner\\b");
  private static final Pattern NGO_NAME = Pattern.compile(
      "(?i)\\b(?:watch|amnesty|international|foundation|coalition|network|association|centre|center|society"
          + "|alliance|federation|institute|league|sources?|stakeholders?|submissions?|organi[sz]ations?|ngos?"
          + "|civil society|defenders|union|front line|article 19|freedom house|campaign|project|initiative|forum|trust"
          + "|movement|platform|collective|monitor|advocates|lawyers|rights)\\b");
  /** Stakeholder submissions in summaries: "JS3", "AI", "HRW", "ADF International". */
  private static final Pattern SUBMITTER_ACRONYM = Pattern.compile("^(?:JS\\d+|[A-Z][A-Z0-9&-]{1,9}\\d*)$");

  /** An aside naming a group's members: "Several States, including Germany and Norway". */
  private static final Pattern MEMBERS_ASIDE = Pattern.compile(
      "(?i),\\s*(?:including|notably|namely|especially|particularly|among\\s+(?:them|whom)|such\\s+as)\\s+(.+?),?$");

  /** The type of the actor a name refers to; null when there is no actor. */
  public static String of(String actor) {
    if (actor == null || actor.isBlank()) {
      return null;
    }
    java.util.regex.Matcher aside = MEMBERS_ASIDE.matcher(actor);
    if (aside.find() && aside.start() > 0) {   // the group's type; its members' when the group's words tell none
      String group = of(actor.substring(0, aside.start()));
      return UNKNOWN.equals(group) ? of(aside.group(1)) : group;
    }
    List<String> members = ActorResolver.members(actor);
    String first = members.isEmpty() ? actor.strip() : members.get(0);
    if (States.byNameOrCapital(first).isPresent() || allStates(actor)) {
      return STATE;
    }
    String lower = first.toLowerCase(Locale.ROOT);
    if (KNOWN_NGO.matcher(first).find()) {
      return NGO;
    }
    if (SPECIAL_PROCEDURE_NAME.matcher(first).find()) {
      return SPECIAL_PROCEDURE;
    }
    if (OTHER_NAME.matcher(first).find()) {   // before NHRI: the Council of Europe Commissioner for Human Rights
      return OTHER;
    }
    if (UN_HIGH_COMMISSIONER.matcher(first).find()) {   // before NHRI: "Commissioner for Human Rights" in both
      return UN_AGENCY;
    }
    if (NHRI_NAME.matcher(first).find()) {
      return NHRI;
    }
    if (ILO_EXPERTS.matcher(first).find()) {   // a UN agency's committee, not a treaty body
      return UN_AGENCY;
    }
    if (TREATY_BODY_NAME.matcher(first).find() && !lower.contains("national")) {
      return TREATY_BODY;
    }
    if (UN_AGENCY_NAME.matcher(first).find()) {
      return UN_AGENCY;
    }
    if (NGO_NAME.matcher(first).find() || SUBMITTER_ACRONYM.matcher(first).matches()) {
      return NGO;
    }
    // "Several delegations", "Western countries", "Arab States", "UN member states"; not "United Nations".
    if (lower.matches("(?:[\\p{L}-]+ ){0,3}(?:states|delegations?|governments?|countries|nations)")
        && !lower.contains("united nations")) {
      return STATE;
    }
    return UNKNOWN;
  }

  /**
   * The States an actor names, by their canonical names, when it names States only ("Germany and France" →
   * Germany, France); empty otherwise ("Several delegations", "Germany and UNICEF", a treaty body).
   */
  public static List<String> states(String actor) {
    if (actor == null || actor.isBlank()) {
      return List.of();
    }
    java.util.regex.Matcher aside = MEMBERS_ASIDE.matcher(actor);
    if (aside.find() && aside.start() > 0) {
      return states(aside.group(1));   // "Several States, including Germany and Norway": the two named
    }
    List<String> names = new java.util.ArrayList<>();
    for (String part : parts(actor)) {
      var state = States.byNameOrCapital(part);
      if (state.isEmpty()) {
        return List.of();
      }
      names.add(state.get().name());
    }
    return List.copyOf(names);
  }

  private static boolean allStates(String actor) {
    return parts(actor).stream().allMatch(part -> States.byName(part).isPresent());
  }

  /**
   * The members of a list of names: "Germany, Chile and Peru" → three; a name with "and" in it stays whole where
   * joining its parts names a State ("Trinidad and Tobago and Chile" → two).
   */
  private static List<String> parts(String actor) {
    String[] pieces = actor.split(",\\s*(?:and\\s+)?|\\s+and\\s+");
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < pieces.length; i++) {
      String part = pieces[i].strip();
      for (int j = pieces.length - 1; j > i; j--) {
        String joined = String.join(" and ", java.util.Arrays.asList(pieces).subList(i, j + 1)).strip();
        if (States.byName(joined).isPresent()) {
          part = joined;
          i = j;
          break;
        }
      }
      parts.add(part);
    }
    return parts;
  }
}
