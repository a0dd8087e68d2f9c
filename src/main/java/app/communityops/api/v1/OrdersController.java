package app.communityops.api.v1;

import app.communityops.api.web.ApiException;
import app.communityops.api.web.FieldProblem;
import app.communityops.community.CommunitySummary;
import app.communityops.money.OfferService;
import app.communityops.money.OfferSummary;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.OrderSummary;
import app.communityops.money.ReviewForm;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders of a community's members, their refunds and reviews, through {@link OrderService}: the console's rules
 * apply (the buyer and a member referrer belong to the community, the offer is on sale there and in its window, a
 * refund stays within what is left, a membership fee counts as the buyer's paid entry). An {@code externalOrderId}
 * makes the creation idempotent: an order of the community with that id is answered (200) instead of a second one.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{communityId}/orders", produces = "application/json")
@Tag(name = "Orders")
class OrdersController {

    /** The console form's field names, as the API calls them. */
    private static final Map<String, String> FIELDS = Map.of("memberId", "member", "offerId", "offer",
            "referrerMemberId", "referrer", "reference", "externalOrderId");

    private final ApiAccess access;
    private final ApiJson json;
    private final OrderService orders;
    private final OfferService offers;
    private final TenantZone zones;

    OrdersController(ApiAccess access, ApiJson json, OrderService orders, OfferService offers, TenantZone zones) {
        this.access = access;
        this.json = json;
        this.orders = orders;
        this.offers = offers;
        this.zones = zones;
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "createOrder", summary = "Record an order (scope write:orders)", description = "The"
            + " member and a referrer are named by external id or handle, the offer by id or name; paidAt is an"
            + " ISO-8601 time with an offset. With an externalOrderId the creation is idempotent: an order of the"
            + " community with that id is answered with 200 instead of a second one.")
    @RequestBody(
            required = true, description = "The order.",
            content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiRecords.OrderInput.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.NEW_ORDER, value = ApiExamples.NEW_ORDER_REQUEST),
                            @ExampleObject(name = ApiExamples.SAME_EXTERNAL_ORDER_ID,
                                    value = ApiExamples.NEW_ORDER_REQUEST),
                            @ExampleObject(name = ApiExamples.INVALID_FIELDS,
                                    value = ApiExamples.INVALID_ORDER_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.UNKNOWN_MEMBER, value = ApiExamples.UNKNOWN_BUYER_REQUEST)}))
    @ApiResponse(
            responseCode = "200",
            description = "The order of the community with this externalOrderId, recorded earlier.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Order.class),
                    examples = @ExampleObject(
                            name = ApiExamples.SAME_EXTERNAL_ORDER_ID, value = ApiExamples.ORDER_ANSWER)))
    @ApiResponse(
            responseCode = "201", description = "The order, recorded.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Order.class),
                    examples = @ExampleObject(name = ApiExamples.NEW_ORDER, value = ApiExamples.ORDER_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "Invalid fields; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_ORDER_ANSWER)))
    @ApiResponse(
            responseCode = "422",
            description = "Refused by the console's rules: an unknown buyer, referrer or offer, an offer not on sale "
                    + "then, or a refund above what is left.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.UNKNOWN_MEMBER, value = ApiExamples.UNKNOWN_BUYER_ANSWER)))
    ResponseEntity<ApiRecords.Order> create(@PathVariable String communityId, HttpServletRequest request)
            throws IOException {
        CommunitySummary community = access.community(communityId);
        ApiRecords.OrderInput input = json.read(request.getInputStream(), ApiRecords.OrderInput.class);
        String externalId = input.externalOrderId() == null || input.externalOrderId().isBlank() ? null
                : input.externalOrderId().strip();
        if (externalId != null) {
            Optional<UUID> earlier = access.orderByReference(community.id(), externalId);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(ApiRecords.Order.of(orders.find(earlier.get()).orElseThrow()));
            }
        }
        OrderForm form = new OrderForm();
        form.setMemberId(member(input.member(), "member"));
        if (input.referrer() != null) {
            form.setReferrerMemberId(member(input.referrer(), "referrer"));
        }
        form.setOfferId(offer(community.id(), input.offerId(), input.offerName()));
        form.setAmount(input.amount());
        form.setCurrency(input.currency());
        form.setPaidAt(input.paidAt().atZoneSameInstant(zones.current()).toLocalDateTime());
        form.setChannel(input.channel());
        form.setReference(externalId);
        OrderSummary order = refusals(() -> orders.create(community.id(), form));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiRecords.Order.of(order));
    }

    @GetMapping("/{orderId}")
    @Operation(operationId = "getOrder", summary = "One order with its refunds so far and its review (scope read)")
    @ApiResponse(
            responseCode = "200", description = "The order.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Order.class),
                    examples = @ExampleObject(name = ApiExamples.FOUND, value = ApiExamples.REVIEWED_ORDER_ANSWER)))
    ApiRecords.Order get(@PathVariable String communityId, @PathVariable String orderId) {
        return ApiRecords.Order.of(order(communityId, orderId));
    }

    @PostMapping(path = "/{orderId}/refunds", consumes = "application/json")
    @Operation(operationId = "refundOrder", summary = "Refund part or all of what is left of an order"
            + " (scope write:orders)")
    @RequestBody(
            required = true, description = "The refund.",
            content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiRecords.RefundInput.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.PARTIAL_REFUND,
                                    value = ApiExamples.PARTIAL_REFUND_REQUEST),
                            @ExampleObject(name = ApiExamples.ABOVE_REFUNDABLE,
                                    value = ApiExamples.ABOVE_REFUNDABLE_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_REFUND_REQUEST)}))
    @ApiResponse(
            responseCode = "200", description = "The order with the refund.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Order.class),
                    examples = @ExampleObject(
                            name = ApiExamples.PARTIAL_REFUND, value = ApiExamples.REFUNDED_ORDER_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "Invalid fields; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_REFUND_ANSWER)))
    @ApiResponse(
            responseCode = "422", description = "More than what is left of the order.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.ABOVE_REFUNDABLE, value = ApiExamples.ABOVE_REFUNDABLE_ANSWER)))
    ApiRecords.Order refund(@PathVariable String communityId, @PathVariable String orderId,
                            HttpServletRequest request) throws IOException {
        OrderSummary order = order(communityId, orderId);
        ApiRecords.RefundInput input = json.read(request.getInputStream(), ApiRecords.RefundInput.class);
        return ApiRecords.Order.of(refusals(() -> orders.refund(order.id(), input.amount(), input.reason())));
    }

    @PostMapping(path = "/{orderId}/review", consumes = "application/json")
    @Operation(operationId = "reviewOrder", summary = "The buyer's review of the order, 1 to 5 stars; a second"
            + " review replaces the first (scope write:orders)")
    @RequestBody(
            required = true, description = "The review.",
            content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiRecords.ReviewInput.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.REVIEW, value = ApiExamples.REVIEW_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_REVIEW_REQUEST)}))
    @ApiResponse(
            responseCode = "200", description = "The order with its review.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Order.class),
                    examples = @ExampleObject(name = ApiExamples.REVIEW, value = ApiExamples.REVIEWED_ORDER_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "Invalid fields; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_REVIEW_ANSWER)))
    ApiRecords.Order review(@PathVariable String communityId, @PathVariable String orderId,
                            HttpServletRequest request) throws IOException {
        OrderSummary order = order(communityId, orderId);
        ApiRecords.ReviewInput input = json.read(request.getInputStream(), ApiRecords.ReviewInput.class);
        ReviewForm form = ReviewForm.of(order.memberId(), input.rating(), input.text());
        return ApiRecords.Order.of(refusals(() -> orders.review(order.id(), form)));
    }

    /** An order of this community; any other id, of this tenant or another, is not found. */
    private OrderSummary order(String communityId, String orderId) {
        CommunitySummary community = access.community(communityId);
        return orders.find(ApiAccess.uuid(orderId)).filter(order -> order.communityId().equals(community.id()))
                .orElseThrow(NotFoundException::new);
    }

    private UUID member(ApiRecords.MemberName name, String field) {
        Optional<UUID> found = name.externalId() == null || name.externalId().isBlank() ? Optional.empty()
                : access.memberByExternalId(name.externalId());
        if (found.isEmpty() && name.handle() != null && !name.handle().isBlank()) {
            found = access.memberByHandle(name.handle());
        }
        return found.orElseThrow(() -> ApiException.unprocessable(List.of(new FieldProblem(field,
                name.identified() ? "no member this key reaches has this external id or handle"
                        : "externalId or handle is required"))));
    }

    private UUID offer(UUID communityId, @Nullable UUID offerId, @Nullable String offerName) {
        if (offerId == null && (offerName == null || offerName.isBlank())) {
            throw ApiException.invalid(List.of(new FieldProblem("offerId", "offerId or offerName is required")));
        }
        List<OfferSummary> sold = offers.forCommunity(communityId);
        String wanted = offerName == null ? "" : offerName.strip().toLowerCase(Locale.ROOT);
        Optional<OfferSummary> offer = offerId != null
                ? sold.stream().filter(candidate -> candidate.id().equals(offerId)).findFirst()
                : sold.stream().filter(candidate -> candidate.name().strip().toLowerCase(Locale.ROOT)
                        .equals(wanted)).findFirst();
        return offer.map(OfferSummary::id).orElseThrow(() -> ApiException.unprocessable(List.of(new FieldProblem(
                offerId != null ? "offerId" : "offerName", "no offer of this name or id is sold in the community"))));
    }

    /** The service's refusals name the console form's fields; the answer names the API's. */
    private static OrderSummary refusals(java.util.function.Supplier<OrderSummary> call) {
        try {
            return call.get();
        } catch (UserFacingException e) {
            String field = e.field() == null ? null : FIELDS.getOrDefault(e.field(), e.field());
            throw new UserFacingException(e.messageKey(), field, e.arguments());
        }
    }
}
