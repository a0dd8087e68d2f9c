package app.communityops.api.v1;

/**
 * The examples of the API's description. They are one consistent story (member {@code wx-1001} is created, sends
 * events, buys the paid entry, is refunded part of it and reviews it), because the contract test sends every
 * request example, in this order, to the running endpoints: a request example answers with the status under which
 * the response example of the same name is documented, and that answer must match the documented schema. Times are
 * moved to the last hour when they are sent (a fixed date would fall out of the accepted window one day).
 */
final class ApiExamples {

    private ApiExamples() {
    }

    // Names shared by a request example and the response example it produces.
    static final String NEW_MEMBER = "newMember";
    static final String UPDATED_MEMBER = "updatedMember";
    static final String INVALID_FIELDS = "invalidFields";
    static final String APPLICATION = "application";
    static final String APPLIED_AGAIN = "appliedAgain";
    static final String BATCH = "batch";
    static final String INVALID_EVENTS = "invalidEvents";
    static final String UNKNOWN_MEMBER = "unknownMember";
    static final String NEW_ORDER = "newOrder";
    static final String SAME_EXTERNAL_ORDER_ID = "sameExternalOrderId";
    static final String PARTIAL_REFUND = "partialRefund";
    static final String ABOVE_REFUNDABLE = "aboveRefundable";
    static final String REVIEW = "review";
    // Answers without a request example of their own: a GET, or a condition the contract test creates.
    static final String FOUND = "found";
    static final String INVALID_QUERY = "invalidQuery";

    static final String COMMUNITIES = """
            {"items": [{"id": "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01", "name": "互联网职场成长营 Career Growth Camp",
              "channel": "WECHAT_GROUP", "status": "ACTIVE", "memberCapacity": 500}]}""";

    static final String NEW_MEMBER_REQUEST = """
            {"externalId": "wx-1001", "handle": "lin.yi", "name": "林一", "email": "lin.yi@example.com",
             "tags": ["求职", "trial"]}""";

    static final String NEW_MEMBER_ANSWER = """
            {"id": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01", "externalId": "wx-1001", "handle": "lin.yi", "name": "林一",
             "nickname": null, "phone": null, "email": "lin.yi@example.com", "tags": ["trial", "求职"],
             "channelId": null, "tierId": null, "lifetimePurchase": 0.00, "notes": null,
             "membership": {"id": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e02", "status": "APPLIED",
               "appliedAt": "2026-11-25T01:30:00Z", "joinedAt": null, "lastActiveAt": null}}""";

    static final String UPDATED_MEMBER_REQUEST = """
            {"externalId": "wx-1001", "nickname": "Lin", "tags": ["求职", "paid"]}""";

    static final String UPDATED_MEMBER_ANSWER = """
            {"id": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01", "externalId": "wx-1001", "handle": "lin.yi", "name": "林一",
             "nickname": "Lin", "phone": null, "email": "lin.yi@example.com", "tags": ["paid", "求职"],
             "channelId": null, "tierId": null, "lifetimePurchase": 0.00, "notes": null,
             "membership": {"id": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e02", "status": "APPLIED",
               "appliedAt": "2026-11-25T01:30:00Z", "joinedAt": null, "lastActiveAt": null}}""";

    static final String INVALID_MEMBER_REQUEST = """
            {"handle": "x", "email": "not-an-email", "lifetimePurchase": -1}""";

    static final String INVALID_MEMBER_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/members",
             "errors": [{"field": "email", "message": "must be a well-formed email address"},
                        {"field": "lifetimePurchase", "message": "must be greater than or equal to 0"}]}""";

    static final String MEMBER_PAGE = """
            {"items": [{"memberId": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01",
               "membershipId": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e02", "name": "林一", "handle": "lin.yi",
               "status": "APPLIED", "tags": ["paid", "求职"], "channelId": null, "tierId": null,
               "appliedAt": "2026-11-25T01:30:00Z", "joinedAt": null, "lastActiveAt": "2026-11-25T01:30:00Z"}],
             "nextCursor": "bzox"}""";

    static final String INVALID_QUERY_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/members",
             "errors": [{"field": "limit", "message": "must be between 1 and 200"},
                        {"field": "cursor", "message": "not a cursor this API issued"}]}""";

    static final String APPLICATION_REQUEST = """
            {"member": {"externalId": "wx-2001", "handle": "zhang.wei", "name": "张伟"},
             "evidence": {"paymentReference": "WX-19.90-0001", "answers": "HR director, 8 years"}}""";

    static final String APPLICATION_ANSWER = """
            {"id": "0193a5b0-3b4c-7d5e-8f6a-7b8c9d0e1f01", "communityId": "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01",
             "memberId": "0193a5b0-3b4c-7d5e-8f6a-7b8c9d0e1f02", "status": "APPLIED", "mechanisms": [],
             "appliedAt": "2026-11-25T01:30:00Z", "decidedAt": null, "decisionReason": null,
             "approvedButCommunityFull": false}""";

    static final String APPLIED_AGAIN_REQUEST = """
            {"member": {"externalId": "wx-2001", "handle": "zhang.wei"}}""";

    static final String APPLIED_AGAIN_ANSWER = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "This handle is already taken in your organisation.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/applications",
             "errors": [{"field": "handle", "message": "This handle is already taken in your organisation."}]}""";

    static final String INVALID_APPLICATION_REQUEST = """
            {"member": {"handle": "zhang.wei", "email": "nope"}}""";

    static final String INVALID_APPLICATION_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/applications",
             "errors": [{"field": "member.email", "message": "must be a well-formed email address"}]}""";

    static final String BATCH_REQUEST = """
            {"source": "wecom-bot", "events": [
              {"eventId": "msg-88001", "type": "message_posted", "member": {"externalId": "wx-1001"},
               "occurredAt": "2026-11-25T09:30:00+08:00", "properties": {"chars": 42}},
              {"eventId": "chk-88002", "type": "check_in", "member": {"handle": "lin.yi"},
               "occurredAt": "2026-11-25T01:35:00Z"},
              {"eventId": "quiz-88003", "type": "custom", "customType": "quiz_passed", "member": {"externalId": "wx-1001"},
               "occurredAt": "2026-11-25T09:40:00+08:00", "activityRef": "act-42", "contentRef": "post-7"}]}""";

    static final String BATCH_ANSWER = """
            {"received": 3, "written": 3, "duplicates": [], "membersCreated": 0}""";

    static final String INVALID_EVENTS_REQUEST = """
            {"source": "wecom-bot", "events": [
              {"eventId": "msg-88004", "type": "shout", "member": {"externalId": "wx-1001"},
               "occurredAt": "25/11/2026 09:30"}]}""";

    static final String INVALID_EVENTS_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/events",
             "errors": [{"field": "events[0].occurredAt",
                         "message": "must be an ISO-8601 time with an offset, e.g. 2026-11-25T09:30:00+08:00"},
                        {"field": "events[0].type", "message": "unknown type; one of message_posted, reply, reaction,\
             content_viewed, activity_attended, check_in, referral, custom"}]}""";

    static final String TOO_MANY_EVENTS_ANSWER = """
            {"type": "about:blank", "title": "Content Too Large", "status": 413,
             "detail": "A batch holds at most 1000 events.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/events"}""";

    static final String UNKNOWN_EVENT_MEMBER_REQUEST = """
            {"source": "wecom-bot", "events": [
              {"eventId": "msg-88005", "type": "reply", "member": {"externalId": "wx-9999"},
               "occurredAt": "2026-11-25T09:45:00+08:00"}]}""";

    static final String UNKNOWN_EVENT_MEMBER_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "The batch was refused as a whole; no event of it was written.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/events",
             "errors": [{"field": "events[0].member", "message": "No member of this community has this external id\
             or handle."}]}""";

    static final String NEW_ORDER_REQUEST = """
            {"member": {"externalId": "wx-1001"}, "offerName": "Paid entry 付费入群", "amount": 19.90,
             "currency": "CNY", "paidAt": "2026-11-25T10:00:00+08:00", "channel": "IN_GROUP",
             "referrer": {"handle": "zhang.wei"}, "externalOrderId": "shop-5001"}""";

    static final String ORDER_ANSWER = """
            {"id": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01", "communityId": "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01",
             "memberId": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01", "memberName": "林一",
             "offerId": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a02", "offerName": "Paid entry 付费入群", "amount": 19.90,
             "currency": "CNY", "refunded": 0.00, "status": "PAID", "paidAt": "2026-11-25T02:00:00Z",
             "channel": "IN_GROUP", "externalOrderId": "shop-5001", "referrerName": "张伟", "purchaseNumber": 1,
             "rating": null, "reviewText": null}""";

    static final String INVALID_ORDER_REQUEST = """
            {"member": {"externalId": "wx-1001"}, "offerName": "Paid entry 付费入群", "amount": 0, "currency": "cny",
             "paidAt": "2026-11-25T10:00:00+08:00"}""";

    static final String INVALID_ORDER_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/orders",
             "errors": [{"field": "amount", "message": "must be greater than or equal to 0.01"},
                        {"field": "channel", "message": "must not be null"},
                        {"field": "currency", "message": "must match \\"[A-Z]{3}\\""}]}""";

    static final String UNKNOWN_BUYER_REQUEST = """
            {"member": {"externalId": "wx-9999"}, "offerName": "Paid entry 付费入群", "amount": 19.90,
             "currency": "CNY", "paidAt": "2026-11-25T10:00:00+08:00", "channel": "IN_GROUP"}""";

    static final String UNKNOWN_BUYER_ANSWER = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "The request cannot be carried out as it stands.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/orders",
             "errors": [{"field": "member", "message": "no member this key reaches has this external id or handle"}]}""";

    static final String PARTIAL_REFUND_REQUEST = """
            {"amount": 5.00, "reason": "Missed the first live lesson"}""";

    static final String REFUNDED_ORDER_ANSWER = """
            {"id": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01", "communityId": "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01",
             "memberId": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01", "memberName": "林一",
             "offerId": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a02", "offerName": "Paid entry 付费入群", "amount": 19.90,
             "currency": "CNY", "refunded": 5.00, "status": "PARTIALLY_REFUNDED", "paidAt": "2026-11-25T02:00:00Z",
             "channel": "IN_GROUP", "externalOrderId": "shop-5001", "referrerName": "张伟", "purchaseNumber": 1,
             "rating": null, "reviewText": null}""";

    static final String ABOVE_REFUNDABLE_REQUEST = """
            {"amount": 500.00}""";

    static final String ABOVE_REFUNDABLE_ANSWER = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "The refund is more than what is left of the order (14.90).",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/orders/0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01/refunds",
             "errors": [{"field": "amount", "message": "The refund is more than what is left of the order (14.90)."}]}""";

    static final String INVALID_REFUND_REQUEST = """
            {"amount": 0.001}""";

    static final String INVALID_REFUND_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/orders/0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01/refunds",
             "errors": [{"field": "amount", "message": "must be greater than or equal to 0.01"},
                        {"field": "amount", "message": "numeric value out of bounds (<12 digits>.<2 digits> expected)"}]}""";

    static final String REVIEW_REQUEST = """
            {"rating": 5, "text": "讲得很实用 Very practical"}""";

    static final String REVIEWED_ORDER_ANSWER = """
            {"id": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01", "communityId": "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01",
             "memberId": "0193a5b0-2a3b-7c4d-9e5f-6a7b8c9d0e01", "memberName": "林一",
             "offerId": "0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a02", "offerName": "Paid entry 付费入群", "amount": 19.90,
             "currency": "CNY", "refunded": 5.00, "status": "PARTIALLY_REFUNDED", "paidAt": "2026-11-25T02:00:00Z",
             "channel": "IN_GROUP", "externalOrderId": "shop-5001", "referrerName": "张伟", "purchaseNumber": 1,
             "rating": 5, "reviewText": "讲得很实用 Very practical"}""";

    static final String INVALID_REVIEW_REQUEST = """
            {"rating": 6}""";

    static final String INVALID_REVIEW_ANSWER = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
             "instance": "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/orders/0193a5b0-4c5d-7e6f-9a7b-8c9d0e1f2a01/review",
             "errors": [{"field": "rating", "message": "must be less than or equal to 5"}]}""";
}
