package io.workbridge.testkit.servicetitan;

import static io.workbridge.testkit.servicetitan.StViews.id;
import static io.workbridge.testkit.servicetitan.StViews.notFound;
import static io.workbridge.testkit.servicetitan.StViews.view;
import static io.workbridge.testkit.servicetitan.StViews.views;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The CRM module: bookings (provider and tenant-wide), customers, locations and their export feeds. */
final class CrmRoutes {
  private static final String CRM = "/crm/v2/tenant/{tenant}";
  private static final String PROVIDER = CRM + "/booking-provider/{booking_provider}";
  private static final Set<String> CONTACT_TYPES = Set.of("Phone", "Email", "Fax", "MobilePhone");
  private static final Set<String> PRIORITIES = Set.of("Low", "Normal", "High", "Urgent");
  private static final Set<String> CUSTOMER_TYPES = Set.of("Residential", "Commercial");

  private final StState state;
  private final ServiceTitanSimulator.Settings settings;

  CrmRoutes(StState state, ServiceTitanSimulator.Settings settings) {
    this.state = state;
    this.settings = settings;
  }

  void register(ApiSimulator.Builder api) {
    api.post(PROVIDER + "/bookings", this::createBooking)
        .get(PROVIDER + "/bookings", this::listProviderBookings)
        .get(PROVIDER + "/bookings/{id}", this::getProviderBooking)
        .patch(PROVIDER + "/bookings/{id}", this::updateBooking)
        .post(PROVIDER + "/bookings/{id}/dismiss", this::dismissBooking)
        .get(PROVIDER + "/bookings/{id}/contacts", this::listBookingContacts)
        .post(PROVIDER + "/bookings/{id}/contacts", this::createBookingContact)
        .get(CRM + "/bookings", this::listTenantBookings)
        .get(CRM + "/bookings/{id}", this::getTenantBooking)
        .get(CRM + "/export/bookings", req -> export(req, state.bookings))
        .post(CRM + "/customers", this::createCustomer)
        .get(CRM + "/customers", this::listCustomers)
        .get(CRM + "/customers/{id}", this::getCustomer)
        .patch(CRM + "/customers/{id}", this::updateCustomer)
        .get(CRM + "/export/customers", req -> export(req, state.customers))
        .post(CRM + "/locations", this::createLocation)
        .get(CRM + "/locations", this::listLocations)
        .get(CRM + "/locations/{id}", this::getLocation)
        .patch(CRM + "/locations/{id}", this::updateLocation)
        .get(CRM + "/export/locations", req -> export(req, state.locations));
  }

  private SimResponse export(SimRequest request, StTable table) {
    Map<String, @Nullable Object> page = StQuery.export(request, table, settings.exportPageSize());
    @SuppressWarnings("unchecked")
    List<Map<String, @Nullable Object>> data = (List<Map<String, @Nullable Object>>) page.get("data");
    page.put("data", views(data, request));
    return SimResponse.ok(page);
  }

  // ---- bookings

  private long provider(SimRequest request) {
    long provider = request.pathLong("booking_provider");
    if (provider != settings.bookingProviderId() && provider != settings.leadBookingProviderId()) {
      throw new ApiError(403, null, "The application is not connected as booking provider " + provider + ".");
    }
    return provider;
  }

  private SimResponse createBooking(SimRequest request) {
    long provider = provider(request);
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    for (String field : List.of("source", "name", "summary", "externalId")) {
      check.require(body.optString(field).filter(s -> !s.isBlank()).isPresent(), field,
          "The " + field + " field is required.");
    }
    check.require(body.optBoolean("isFirstTimeClient").isPresent(), "isFirstTimeClient",
        "The isFirstTimeClient field is required.");
    body.optObject("address").ifPresent(address -> checkAddress(address, "address", check, false));
    checkContacts(body, check);
    body.optString("priority").ifPresent(p -> check.require(PRIORITIES.contains(p), "priority",
        "The value '" + p + "' is not valid for priority."));
    check.throwIfAny();
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    StViews.copy(body, row, "source", "name", "address", "customerType", "start", "summary", "campaignId",
        "businessUnitId", "jobTypeId", "priority", "isFirstTimeClient", "uploadedImages",
        "isSendConfirmationEmail", "externalId");
    row.putIfAbsent("start", state.now().toString());
    row.put("status", "New");
    row.put("dismissingReasonId", null);
    row.put("jobId", null);
    row.put("bookingProviderId", provider);
    Map<String, @Nullable Object> booking = state.bookings.insert(row);
    for (JsonObject contact : body.objects("contacts")) {
      addBookingContact(id(booking), contact);
    }
    return SimResponse.ok(bookingView(booking, request));
  }

  /** A booking as {@code BookingResponse} shows it: without {@code active}, which only the export adds. */
  private static Map<String, @Nullable Object> bookingView(Map<String, @Nullable Object> booking, SimRequest request) {
    Map<String, @Nullable Object> shown = view(booking, request);
    shown.remove("active");
    return shown;
  }

  /**
   * A booking contact as {@code BookingContactResponse} shows it: {@code id}, {@code type}, {@code value},
   * {@code memo} (a required string: empty when none was given) and {@code modifiedOn}.
   */
  private static Map<String, @Nullable Object> bookingContactView(
      Map<String, @Nullable Object> contact, SimRequest request) {
    Map<String, @Nullable Object> shown = view(contact, request);
    shown.remove("active");
    shown.remove("createdOn");
    if (shown.get("memo") == null) {
      shown.put("memo", "");
    }
    return shown;
  }

  private void addBookingContact(long bookingId, JsonObject contact) {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("type", contact.requireString("type"));
    row.put("value", contact.requireString("value"));
    row.put("memo", contact.optString("memo").orElse(null));
    row.put("_bookingId", bookingId);
    state.bookingContacts.insert(row);
  }

  private Map<String, @Nullable Object> providerBooking(SimRequest request) {
    long provider = provider(request);
    long id = request.pathLong("id");
    return state.bookings
        .find(id)
        .filter(b -> StViews.optLong(b, "bookingProviderId") == provider)
        .orElseThrow(() -> notFound("Booking", id));
  }

  private SimResponse getProviderBooking(SimRequest request) {
    return SimResponse.ok(bookingView(providerBooking(request), request));
  }

  private SimResponse listProviderBookings(SimRequest request) {
    long provider = provider(request);
    return listBookings(request, b -> StViews.optLong(b, "bookingProviderId") == provider);
  }

  private SimResponse listTenantBookings(SimRequest request) {
    return listBookings(request, b -> true);
  }

  private SimResponse listBookings(SimRequest request, Predicate<Map<String, @Nullable Object>> scope) {
    List<Map<String, @Nullable Object>> rows =
        state.bookings.where(
            scope.and(StQuery.ids(request))
                .and(StQuery.dateRanges(request))
                .and(StQuery.equalsParam(request, "externalId", "externalId")));
    return SimResponse.ok(StQuery.page(request, rows.stream().map(b -> bookingView(b, request)).toList()));
  }

  private SimResponse getTenantBooking(SimRequest request) {
    long id = request.pathLong("id");
    return SimResponse.ok(bookingView(state.bookings.find(id).orElseThrow(() -> notFound("Booking", id)), request));
  }

  private SimResponse updateBooking(SimRequest request) {
    Map<String, @Nullable Object> booking = providerBooking(request);
    JsonObject body = request.bodyObject();
    String status = String.valueOf(booking.get("status"));
    if (status.equals("Converted") || status.equals("Dismissed")) {
      throw StViews.conflict("A booking in status " + status + " cannot be changed.");
    }
    StErrors.Check check = new StErrors.Check();
    body.optObject("address").ifPresent(address -> checkAddress(address, "address", check, true));
    body.optString("priority").ifPresent(p -> check.require(PRIORITIES.contains(p), "priority",
        "The value '" + p + "' is not valid for priority."));
    check.throwIfAny();
    StViews.copy(body, booking, "source", "name", "address", "customerType", "start", "summary", "campaignId",
        "businessUnitId", "jobTypeId", "priority", "isFirstTimeClient", "uploadedImages", "externalId");
    state.bookings.touch(id(booking));
    return SimResponse.ok(bookingView(booking, request));
  }

  private SimResponse dismissBooking(SimRequest request) {
    Map<String, @Nullable Object> booking = providerBooking(request);
    JsonObject body = request.bodyObject();
    Optional<Long> reason = body.optLong("callReasonId");
    if (reason.isPresent() && !state.callReasons.contains(reason.get())) {
      new StErrors.Check()
          .require(false, "callReasonId", "Call reason " + reason.get() + " does not exist.")
          .throwIfAny();
    }
    if ("Converted".equals(booking.get("status"))) {
      throw StViews.conflict("A converted booking cannot be dismissed.");
    }
    booking.put("status", "Dismissed");
    booking.put("dismissingReasonId", reason.orElse(null));
    body.optString("dismissingMemo").ifPresent(memo -> booking.put("_dismissingMemo", memo));
    state.bookings.touch(id(booking));
    return SimResponse.status(200);
  }

  private SimResponse listBookingContacts(SimRequest request) {
    long bookingId = id(providerBooking(request));
    List<Map<String, @Nullable Object>> contacts =
        state.bookingContacts.where(c -> Long.valueOf(bookingId).equals(c.get("_bookingId")));
    return SimResponse.ok(StQuery.page(request, contacts.stream().map(c -> bookingContactView(c, request)).toList()));
  }

  private SimResponse createBookingContact(SimRequest request) {
    long bookingId = id(providerBooking(request));
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    checkContact(body, "", check);
    check.throwIfAny();
    addBookingContact(bookingId, body);
    List<Map<String, @Nullable Object>> all = state.bookingContacts.all();
    return SimResponse.ok(bookingContactView(all.get(all.size() - 1), request));
  }

  // ---- customers

  private SimResponse createCustomer(SimRequest request) {
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    check.require(body.optString("name").filter(s -> !s.isBlank()).isPresent(), "name", "The name field is required.");
    Optional<JsonObject> address = body.optObject("address");
    check.require(address.isPresent(), "address", "The address field is required.");
    address.ifPresent(a -> checkAddress(a, "address", check, false));
    body.optString("type").ifPresent(t -> check.require(CUSTOMER_TYPES.contains(t), "type",
        "The value '" + t + "' is not valid for type."));
    List<JsonObject> locations = body.has("locations") ? body.objects("locations") : List.of();
    check.require(!locations.isEmpty(), "locations", "At least one location is required.");
    for (int i = 0; i < locations.size(); i++) {
      JsonObject location = locations.get(i);
      check.require(location.optString("name").isPresent(), "locations[" + i + "].name", "The name field is required.");
      Optional<JsonObject> locationAddress = location.optObject("address");
      check.require(locationAddress.isPresent(), "locations[" + i + "].address", "The address field is required.");
      int index = i;
      locationAddress.ifPresent(a -> checkAddress(a, "locations[" + index + "].address", check, false));
    }
    checkContacts(body, check);
    check.throwIfAny();
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    StViews.copy(body, row, "name", "address", "doNotMail", "doNotService");
    row.put("type", body.optString("type").orElse("Residential"));
    row.putIfAbsent("doNotMail", false);
    row.putIfAbsent("doNotService", false);
    row.put("balance", 0);
    row.put("taxExempt", false);
    row.put("nationalAccount", false);
    row.put("createdById", 1L);
    row.put("customFields", customFields(body));
    row.put("tagTypeIds", body.has("tagTypeIds") ? body.array("tagTypeIds") : new ArrayList<>());
    StViews.externalData(body, row);
    Map<String, @Nullable Object> customer = state.customers.insert(row);
    List<Object> contacts = new ArrayList<>();
    for (JsonObject contact : body.objects("contacts")) {
      Map<String, @Nullable Object> c = new LinkedHashMap<>(Map.of("id", state.nextId(), "type",
          contact.requireString("type"), "value", contact.requireString("value")));
      c.put("memo", contact.optString("memo").orElse(null));
      contacts.add(c);
    }
    customer.put("_contacts", contacts);
    List<Object> createdLocations = new ArrayList<>();
    for (JsonObject location : locations) {
      createdLocations.add(createdLocation(insertLocation(id(customer), location), location, request));
    }
    Map<String, @Nullable Object> answer = view(customer, request);
    answer.put("locations", createdLocations);
    answer.put("contacts", contacts);
    return SimResponse.ok(answer);
  }

  private SimResponse getCustomer(SimRequest request) {
    long id = request.pathLong("id");
    return SimResponse.ok(view(state.customers.find(id).orElseThrow(() -> notFound("Customer", id)), request));
  }

  private SimResponse listCustomers(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request)
            .and(StQuery.active(request))
            .and(StQuery.dateRanges(request))
            .and(contains(request, "name", c -> String.valueOf(c.get("name"))))
            .and(addressFilter(request))
            .and(StQuery.externalData(request))
            .and(phoneFilter(request));
    return SimResponse.ok(pageOf(request, state.customers.where(filter)));
  }

  private Predicate<Map<String, @Nullable Object>> phoneFilter(SimRequest request) {
    Optional<String> phone = request.query("phone");
    if (phone.isEmpty()) {
      return row -> true;
    }
    String digits = phone.get().replaceAll("\\D", "");
    return row -> row.get("_contacts") instanceof List<?> contacts
        && contacts.stream().anyMatch(c -> c instanceof Map<?, ?> m
            && String.valueOf(m.get("value")).replaceAll("\\D", "").equals(digits));
  }

  private SimResponse updateCustomer(SimRequest request) {
    long id = request.pathLong("id");
    Map<String, @Nullable Object> customer = state.customers.find(id).orElseThrow(() -> notFound("Customer", id));
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    body.optObject("address").ifPresent(a -> checkAddress(a, "address", check, false));
    check.throwIfAny();
    StViews.copy(body, customer, "name", "type", "address", "doNotMail", "doNotService", "active", "tagTypeIds");
    if (body.has("customFields")) {
      customer.put("customFields", customFields(body));
    }
    if (body.has("externalData")) {
      StViews.externalData(body, customer);
    }
    state.customers.touch(id);
    return SimResponse.ok(view(customer, request));
  }

  // ---- locations

  private Map<String, @Nullable Object> insertLocation(long customerId, JsonObject body) {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("customerId", customerId);
    StViews.copy(body, row, "name", "address");
    row.put("customFields", customFields(body));
    row.put("tagTypeIds", body.has("tagTypeIds") ? body.array("tagTypeIds") : new ArrayList<>());
    row.put("taxExempt", false);
    row.put("createdById", 1L);
    row.put("zoneId", null);
    row.put("taxZoneId", null);
    StViews.externalData(body, row);
    return state.locations.insert(row);
  }

  private SimResponse createLocation(SimRequest request) {
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    check.require(body.optString("name").isPresent(), "name", "The name field is required.");
    check.require(body.optLong("customerId").isPresent(), "customerId", "The customerId field is required.");
    Optional<JsonObject> address = body.optObject("address");
    check.require(address.isPresent(), "address", "The address field is required.");
    address.ifPresent(a -> checkAddress(a, "address", check, false));
    checkContacts(body, check);
    check.throwIfAny();
    long customerId = body.requireLong("customerId");
    if (!state.customers.contains(customerId)) {
      throw StViews.conflict("Customer " + customerId + " does not exist.");
    }
    return SimResponse.ok(createdLocation(insertLocation(customerId, body), body, request));
  }

  /** The answer to a location create ({@code CreateLocationResponse}): the location with the contacts sent. */
  private Map<String, @Nullable Object> createdLocation(
      Map<String, @Nullable Object> location, JsonObject body, SimRequest request) {
    Map<String, @Nullable Object> answer = view(location, request);
    List<Object> contacts = new ArrayList<>();
    for (JsonObject contact : body.objects("contacts")) {
      Map<String, @Nullable Object> c = new LinkedHashMap<>(Map.of("id", state.nextId(), "type",
          contact.requireString("type"), "value", contact.requireString("value")));
      contact.optString("memo").ifPresent(memo -> c.put("memo", memo));
      contacts.add(c);
    }
    answer.put("contacts", contacts);
    return answer;
  }

  private SimResponse getLocation(SimRequest request) {
    long id = request.pathLong("id");
    return SimResponse.ok(view(state.locations.find(id).orElseThrow(() -> notFound("Location", id)), request));
  }

  private SimResponse listLocations(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request)
            .and(StQuery.active(request))
            .and(StQuery.dateRanges(request))
            .and(StQuery.equalsParam(request, "customerId", "customerId"))
            .and(contains(request, "name", c -> String.valueOf(c.get("name"))))
            .and(addressFilter(request))
            .and(StQuery.externalData(request));
    return SimResponse.ok(pageOf(request, state.locations.where(filter)));
  }

  private SimResponse updateLocation(SimRequest request) {
    long id = request.pathLong("id");
    Map<String, @Nullable Object> location = state.locations.find(id).orElseThrow(() -> notFound("Location", id));
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    body.optObject("address").ifPresent(a -> checkAddress(a, "address", check, true));
    check.throwIfAny();
    body.optLong("customerId").ifPresent(c -> {
      if (!state.customers.contains(c)) {
        throw StViews.conflict("Customer " + c + " does not exist.");
      }
    });
    StViews.copy(body, location, "customerId", "name", "address", "active", "tagTypeIds", "taxZoneId");
    if (body.has("customFields")) {
      location.put("customFields", customFields(body));
    }
    if (body.has("externalData")) {
      StViews.externalData(body, location);
    }
    state.locations.touch(id);
    return SimResponse.ok(view(location, request));
  }

  // ---- shared

  private static Map<String, @Nullable Object> pageOf(SimRequest request, List<Map<String, @Nullable Object>> rows) {
    return StQuery.page(request, views(rows, request));
  }

  private static List<Object> customFields(JsonObject body) {
    List<Object> fields = new ArrayList<>();
    if (body.has("customFields")) {
      for (JsonObject field : body.objects("customFields")) {
        fields.add(Json.obj("typeId", field.requireLong("typeId"), "name", "Field " + field.requireLong("typeId"),
            "value", field.optString("value").orElse(null)));
      }
    }
    return fields;
  }

  private static Predicate<Map<String, @Nullable Object>> contains(
      SimRequest request, String parameter, java.util.function.Function<Map<String, @Nullable Object>, String> field) {
    Optional<String> value = request.query(parameter);
    return value.<Predicate<Map<String, @Nullable Object>>>map(
            v -> row -> field.apply(row).toLowerCase().contains(v.toLowerCase()))
        .orElse(row -> true);
  }

  private static Predicate<Map<String, @Nullable Object>> addressFilter(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> result = row -> true;
    for (String part : List.of("street", "unit", "city", "state", "zip", "country")) {
      Optional<String> value = request.query(part);
      if (value.isPresent()) {
        result = result.and(row -> row.get("address") instanceof Map<?, ?> address
            && String.valueOf(address.get(part)).equalsIgnoreCase(value.get()));
      }
    }
    return result;
  }

  private static void checkAddress(JsonObject address, String path, StErrors.Check check, boolean unitRequired) {
    List<String> required = new ArrayList<>(List.of("street", "city", "state", "zip", "country"));
    if (unitRequired) {
      required.add("unit");
    }
    for (String part : required) {
      check.require(address.has(part) && (part.equals("unit") || address.optString(part).filter(s -> !s.isBlank()).isPresent()),
          path + "." + part, "The " + part + " field is required.");
    }
  }

  private static void checkContacts(JsonObject body, StErrors.Check check) {
    if (!body.has("contacts")) {
      return;
    }
    List<JsonObject> contacts = body.objects("contacts");
    for (int i = 0; i < contacts.size(); i++) {
      checkContact(contacts.get(i), "contacts[" + i + "].", check);
    }
  }

  private static void checkContact(JsonObject contact, String prefix, StErrors.Check check) {
    Optional<String> type = contact.optString("type");
    check.require(type.isPresent() && CONTACT_TYPES.contains(type.get()), prefix + "type",
        "The type field must be Phone, Email, Fax or MobilePhone.");
    check.require(contact.optString("value").filter(s -> !s.isBlank()).isPresent(), prefix + "value",
        "The value field is required.");
  }
}
