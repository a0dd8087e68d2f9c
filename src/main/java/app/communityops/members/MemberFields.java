package app.communityops.members;

import org.jspecify.annotations.Nullable;

/**
 * Which of a member's fields a user may receive for one community, as {@link MemberFieldPolicy} decides it, and the
 * stripping of the records the members services hand out. Two groups:
 * <ul>
 *   <li><b>contact</b>: the channel handle (by which anyone can add the person), phone, email, external id, notes,
 *       and the free text that carries them (application answers, decision reasons);</li>
 *   <li><b>money</b>: what one member spent (lifetime purchase, payment reference, their orders).</li>
 * </ul>
 * Name, nickname, status, channel, tier, tags, dates and counts are not in either group: everyone who reads the
 * community reads them.
 */
public record MemberFields(boolean contact, boolean money) {

    /** Staff and scheduled work: every field. */
    public static final MemberFields ALL = new MemberFields(true, true);
    /** A client user with the tenant admin's grant: contact fields, still no per-member money. */
    public static final MemberFields CONTACT = new MemberFields(true, false);
    /** A client user without the grant, and anyone the policy does not know. */
    public static final MemberFields NONE = new MemberFields(false, false);

    public MemberRow strip(MemberRow row) {
        if (contact) {
            return row;
        }
        return new MemberRow(row.membershipId(), row.memberId(), row.name(), null, row.status(), row.channelId(),
                row.tierId(), row.tags(), row.mechanisms(), row.appliedAt(), row.joinedAt(), row.lastActiveAt(),
                row.warningCount(), row.score(), row.segment());
    }

    public MembershipSummary strip(MembershipSummary m) {
        if (contact && money) {
            return m;
        }
        return new MembershipSummary(m.id(), m.communityId(), m.memberId(), m.status(), m.memberName(),
                contact ? m.memberHandle() : null, m.channelId(), m.tierId(), m.tags(), m.mechanisms(), m.appliedAt(),
                m.decidedAt(), contact ? m.decisionReason() : null, m.joinedAt(), m.leftAt(), m.level(),
                m.lastActiveAt(), m.warningCount(), money ? m.paymentReference() : null, m.invitationCodeId(),
                contact ? m.answers() : null, m.checkedConditionIds(), m.screening(), m.version());
    }

    public MemberDetails strip(MemberDetails d) {
        if (contact && money) {
            return d;
        }
        return new MemberDetails(d.id(), d.name(), d.nickname(), contact ? d.handle() : null,
                contact ? d.phone() : null, contact ? d.email() : null, d.tags(), d.channelId(), d.tierId(),
                money ? d.lifetimePurchase() : null, contact ? d.notes() : null, contact ? d.externalId() : null,
                d.version());
    }

    /** A text search must not find members by a field the user may not read (it would confirm a handle). */
    public MemberFilter strip(MemberFilter filter) {
        return contact ? filter : filter.withTextInHandles(false);
    }

    /** Ordering by a hidden field would reveal it bit by bit; such an order falls back to the name. */
    public MemberSort strip(MemberSort sort) {
        return contact || sort.field() != MemberSortField.HANDLE ? sort : new MemberSort(MemberSortField.NAME,
                sort.descending());
    }

    /** A contact value (handle, phone, email, external id, notes, free text) if the user may read it. */
    public @Nullable String contact(@Nullable String value) {
        return contact ? value : null;
    }

    /** A per-member money value (a payment reference, an amount as text) if the user may read it. */
    public @Nullable String money(@Nullable String value) {
        return money ? value : null;
    }

    /** "Name (handle)" where the handle may be read, the name alone where it was stripped. */
    public static String label(String name, @Nullable String handle) {
        return handle == null || handle.isBlank() ? name : name + " (" + handle + ")";
    }
}
