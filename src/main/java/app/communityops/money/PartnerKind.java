package app.communityops.money;

/** A partner earning commission: a person or an organisation, a member of a community or not. */
public enum PartnerKind {
    PERSON, ORGANISATION
}
