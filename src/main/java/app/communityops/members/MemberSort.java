package app.communityops.members;

/** A members grid order; ties are always broken by the membership id, so every order is total. */
public record MemberSort(MemberSortField field, boolean descending) {

    public static final MemberSort BY_NAME = new MemberSort(MemberSortField.NAME, false);
}
