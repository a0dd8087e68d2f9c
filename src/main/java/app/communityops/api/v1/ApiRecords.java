package app.communityops.api.v1;

import app.communityops.community.Channel;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberDetails;
import app.communityops.members.MemberForm;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import app.communityops.money.OrderStatus;
import app.communityops.money.OrderSummary;
import app.communityops.money.SalesChannel;
import app.communityops.screening.ApplicationOutcome;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of API version 1. Field names are the console's; ids are UUIDs; times ISO-8601 instants. */
final class ApiRecords {

    private ApiRecords() {
    }

    record Communities(List<Community> items) {
    }

    record Community(UUID id, String name, @Schema(implementation = Channel.class) String channel,
                     @Schema(implementation = CommunityStatus.class) String status,
                     @Nullable Integer memberCapacity) {
        static Community of(CommunitySummary c) {
            return new Community(c.id(), c.name(), c.channel().name(), c.status().name(), c.memberCapacity());
        }
    }

    /**
     * A member as an integration sends it; {@code externalId} or {@code handle} identifies it. On an update,
     * fields left out keep their values.
     */
    record MemberInput(@Size(max = 120) @Nullable String externalId, @Size(max = 120) @Nullable String handle,
                       @Size(max = 120) @Nullable String name, @Size(max = 120) @Nullable String nickname,
                       @Size(max = 40) @Nullable String phone, @Email @Size(max = 254) @Nullable String email,
                       @Size(max = 20) @Nullable Set<@Size(max = 40) String> tags, @Nullable UUID channelId,
                       @Nullable UUID tierId,
                       @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal lifetimePurchase,
                       @Size(max = 2000) @Nullable String notes) {

        boolean identified() {
            return (externalId != null && !externalId.isBlank()) || (handle != null && !handle.isBlank());
        }

        /** The console's form: this input over what the member already has (or nothing, for a new member). */
        MemberForm over(@Nullable MemberDetails existing) {
            MemberForm form = existing == null ? new MemberForm() : MemberForm.of(existing);
            if (handle != null) {
                form.setHandle(handle);
            } else if (existing == null && externalId != null) {
                form.setHandle(externalId);
            }
            if (name != null) {
                form.setName(name);
            } else if (existing == null) {
                form.setName(form.getHandle());
            }
            if (externalId != null) {
                form.setExternalId(externalId);
            }
            if (nickname != null) {
                form.setNickname(nickname);
            }
            if (phone != null) {
                form.setPhone(phone);
            }
            if (email != null) {
                form.setEmail(email);
            }
            if (tags != null) {
                form.setTags(new LinkedHashSet<>(tags));
            }
            if (channelId != null) {
                form.setChannelId(channelId);
            }
            if (tierId != null) {
                form.setTierId(tierId);
            }
            if (lifetimePurchase != null) {
                form.setLifetimePurchase(lifetimePurchase);
            }
            if (notes != null) {
                form.setNotes(notes);
            }
            return form;
        }
    }

    record Membership(UUID id, @Schema(implementation = MembershipStatus.class) String status, Instant appliedAt,
                      @Nullable Instant joinedAt,
                      @Nullable Instant lastActiveAt) {
        static @Nullable Membership of(@Nullable MembershipSummary m) {
            return m == null ? null : new Membership(m.id(), m.status().name(), m.appliedAt(), m.joinedAt(),
                    m.lastActiveAt());
        }
    }

    record Member(UUID id, @Nullable String externalId, @Nullable String handle, String name, @Nullable String nickname,
                  @Nullable String phone, @Nullable String email, Set<String> tags, @Nullable UUID channelId,
                  @Nullable UUID tierId, @Nullable BigDecimal lifetimePurchase, @Nullable String notes,
                  @Nullable Membership membership) {
        static Member of(MemberDetails d, @Nullable MembershipSummary membership) {
            return new Member(d.id(), d.externalId(), d.handle(), d.name(), d.nickname(), d.phone(), d.email(),
                    d.tags(), d.channelId(), d.tierId(), d.lifetimePurchase(), d.notes(), Membership.of(membership));
        }
    }

    record MemberListItem(UUID memberId, UUID membershipId, String name, @Nullable String handle,
                          @Schema(implementation = MembershipStatus.class) String status,
                          Set<String> tags, @Nullable UUID channelId, @Nullable UUID tierId, Instant appliedAt,
                          @Nullable Instant joinedAt, @Nullable Instant lastActiveAt) {
    }

    /**
     * One page of members; {@code nextCursor} is null on the last page. A record of its own rather than a generic
     * page: the description then names the type of its items, which a client generator needs.
     */
    record MemberPage(List<MemberListItem> items, @Nullable String nextCursor) {
    }

    record Evidence(@Size(max = 120) @Nullable String paymentReference, @Size(max = 32) @Nullable String invitationCode,
                    @Size(max = 4000) @Nullable String answers) {
    }

    record ApplicationInput(@NotNull @Valid MemberInput member, @Valid @Nullable Evidence evidence) {
    }

    record Application(UUID id, UUID communityId, UUID memberId,
                       @Schema(implementation = MembershipStatus.class) String status, Set<String> mechanisms,
                       Instant appliedAt, @Nullable Instant decidedAt, @Nullable String decisionReason,
                       boolean approvedButCommunityFull) {
        static Application of(MembershipSummary m, boolean full) {
            return new Application(m.id(), m.communityId(), m.memberId(), m.status().name(),
                    m.mechanisms().stream().collect(java.util.stream.Collectors.toCollection(
                            java.util.TreeSet::new)), m.appliedAt(), m.decidedAt(), m.decisionReason(), full);
        }

        static Application of(ApplicationOutcome outcome) {
            return of(outcome.membership(), outcome.approvedButCommunityFull());
        }
    }

    /** {@code duplicates} are the positions in the batch of events whose {@code eventId} was already stored. */
    record EventsAccepted(int received, int written, List<Integer> duplicates, int membersCreated) {
    }

    /**
     * The body of an events batch as it is sent. {@link EventBatchParser} reads it token by token (for speed and to
     * stop at the 1,001st event); this record describes the same wire format for the API's description, and the
     * contract test sends the documented examples to the parser.
     */
    @Schema(description = "A batch of engagement events, all-or-nothing.")
    record EventBatch(@Schema(description = "Who sends the batch; with eventId it makes events idempotent.",
                              minLength = 1, maxLength = 60, defaultValue = "api") @Nullable String source,
                      @ArraySchema(maxItems = 1000) List<Event> events) {
    }

    @Schema(description = "One engagement event of a member.")
    record Event(@Schema(description = "The sender's id of the event; a repeat within the source is a duplicate.",
                         maxLength = 120) @Nullable String eventId,
                 @Schema(allowableValues = {"message_posted", "reply", "reaction", "content_viewed",
                         "activity_attended", "check_in", "referral", "custom"}) String type,
                 @Schema(description = "Required with type custom, refused with any other type.", maxLength = 60)
                 @Nullable String customType,
                 @Schema(description = "The member by external id or handle; at least one is required.")
                 MemberName member,
                 @Schema(description = "ISO-8601 time with an offset, at most 400 days ago and 5 minutes ahead.",
                         example = "2026-11-25T09:30:00+08:00") OffsetDateTime occurredAt,
                 @Schema(maxLength = 120) @Nullable String contentRef,
                 @Schema(maxLength = 120) @Nullable String activityRef,
                 @Schema(description = "Any JSON object, at most 4,096 characters as text.")
                 @Nullable Map<String, Object> properties) {
    }

    /** A member named by the integration's own identifiers; the external id is tried first. */
    record MemberName(@Size(max = 120) @Nullable String externalId, @Size(max = 120) @Nullable String handle) {
        boolean identified() {
            return (externalId != null && !externalId.isBlank()) || (handle != null && !handle.isBlank());
        }
    }

    record OrderInput(@NotNull @Valid MemberName member, @Nullable UUID offerId,
                      @Size(max = 120) @Nullable String offerName,
                      @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                      @Schema(description = "ISO-8601 time with an offset, not in the future.") @NotNull
                      OffsetDateTime paidAt,
                      @NotNull SalesChannel channel, @Valid @Nullable MemberName referrer,
                      @Size(max = 120) @Nullable String externalOrderId) {
    }

    record RefundInput(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                       @Size(max = 500) @Nullable String reason) {
    }

    record ReviewInput(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) @Nullable String text) {
    }

    /** {@code purchaseNumber} is 1 for the buyer's first purchase in the community, empty once fully refunded. */
    record Order(UUID id, UUID communityId, UUID memberId, String memberName, UUID offerId, String offerName,
                 BigDecimal amount, String currency, BigDecimal refunded,
                 @Schema(implementation = OrderStatus.class) String status, Instant paidAt,
                 @Schema(implementation = SalesChannel.class) String channel, @Nullable String externalOrderId,
                 @Nullable String referrerName,
                 @Nullable Integer purchaseNumber, @Nullable Integer rating, @Nullable String reviewText) {
        static Order of(OrderSummary o) {
            return new Order(o.id(), o.communityId(), o.memberId(), o.memberName(), o.offerId(), o.offerName(),
                    o.amount(), o.currency(), o.refunded(), o.status().name(), o.paidAt(), o.channel().name(),
                    o.reference(), o.referrerName(), o.purchaseNumber(), o.rating(), o.reviewText());
        }
    }
}
