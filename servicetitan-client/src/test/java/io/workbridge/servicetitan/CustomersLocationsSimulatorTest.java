package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Address;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.CustomerType;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.ExternalDataEntry;
import io.workbridge.servicetitan.model.ExternalPatchMode;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewCustomer;
import io.workbridge.servicetitan.model.NewLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customers and locations against the simulator. */
class CustomersLocationsSimulatorTest extends SimulatorTestBase {

  static Address address(String street) {
    return Address.builder().street(street).city("Austin").state("TX").zip("73301").country("USA").build();
  }

  static NewCustomer customer(String name, String workOrder) {
    return NewCustomer.builder()
        .name(name)
        .type(CustomerType.COMMERCIAL)
        .address(address("1 Bill St"))
        .addLocation(NewLocation.builder().name(name + " #1").address(address("5 Site Rd")).build())
        .addContact(Contact.builder().type(ContactType.PHONE).value("(512) 555-0101").build())
        .addExternalData(ExternalDataEntry.of("sc_work_order_id", workOrder))
        .build();
  }

  @Test
  void create_returnsCustomerWithCreatedLocationAndExternalData() {
    Customer created = st.customers().create(customer("Acme Stores", "WO-1"));

    assertThat(created.type()).isEqualTo(CustomerType.COMMERCIAL);
    assertThat(created.locations()).singleElement().satisfies(l -> {
      assertThat(l.customerId()).isEqualTo(created.id());
      assertThat(l.address().orElseThrow().street()).isEqualTo("5 Site Rd");
    });
    assertThat(created.contacts()).extracting(Contact::value).containsExactly("(512) 555-0101");
    assertThat(sim.journal().last("POST", ".*/customers").orElseThrow().bodyString())
        .contains("\"applicationGuid\":\"" + APP_GUID + "\"", "\"key\":\"sc_work_order_id\"");
    assertThat(st.customers().get(created.id()).name()).isEqualTo("Acme Stores");
  }

  @Test
  void list_byExternalData_findsTheStampedCustomer() {
    st.customers().create(customer("Acme Stores", "WO-1"));
    Customer other = st.customers().create(customer("Beta Shops", "WO-2"));

    List<Customer> found =
        st.customers()
            .list(CustomerQuery.builder().externalDataKey("sc_work_order_id").addExternalDataValue("WO-2").build())
            .stream()
            .toList();

    assertThat(found).extracting(Customer::id).containsExactly(other.id());
    assertThat(found.get(0).externalData()).containsExactly(ExternalDataEntry.of("sc_work_order_id", "WO-2"));
  }

  @Test
  void list_hidesInactiveUnlessAny() {
    Customer a = st.customers().create(customer("Acme Stores", "WO-1"));
    Customer b = st.customers().create(customer("Beta Shops", "WO-2"));
    sim.officeDeactivateCustomer(b.id());

    assertThat(st.customers().list(CustomerQuery.all()).stream().map(Customer::id).toList()).containsExactly(a.id());
    assertThat(st.customers().list(CustomerQuery.builder().active(ActiveFilter.ANY).build()).stream().map(Customer::id).toList())
        .containsExactly(a.id(), b.id());
    assertThat(sim.journal().last().orElseThrow().queryParam("active")).contains("Any");
  }

  @Test
  void list_byPhoneAndName_matches() {
    Customer a = st.customers().create(customer("Acme Stores", "WO-1"));
    st.customers().create(customer("Beta Shops", "WO-2"));
    assertThat(st.customers().list(CustomerQuery.builder().name("acme").phone("5125550101").build()).stream().map(Customer::id).toList())
        .containsExactly(a.id());
  }

  @Test
  void update_mergesExternalDataAndRenames() {
    Customer c = st.customers().create(customer("Acme Stores", "WO-1"));
    Customer updated =
        st.customers()
            .update(c.id(), CustomerUpdate.builder()
                .name("Acme Stores Inc")
                .externalData(List.of(ExternalDataEntry.of("sc_store", "114")))
                .externalDataPatchMode(ExternalPatchMode.MERGE)
                .build());
    assertThat(updated.name()).isEqualTo("Acme Stores Inc");
    assertThat(updated.externalData())
        .containsExactly(ExternalDataEntry.of("sc_work_order_id", "WO-1"), ExternalDataEntry.of("sc_store", "114"));
    assertThat(updated.modifiedOn()).isAfterOrEqualTo(c.modifiedOn());
  }

  @Test
  void create_withoutLocations_isRejectedBeforeSending() {
    NewCustomer none = NewCustomer.builder().name("X").address(address("1 A St")).build();
    assertThatThrownBy(() -> st.customers().create(none)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sim.journal().count("POST", ".*/customers")).isZero();
  }

  @Test
  void locations_createForCustomer_listByCustomer_updateAndExport() {
    Customer c = st.customers().create(customer("Acme Stores", "WO-1"));
    Location second =
        st.locations().create(NewLocation.builder().customerId(c.id()).name("Acme #2").address(address("9 Other Rd")).build());

    assertThat(st.locations().list(LocationQuery.builder().customerId(c.id()).build()).stream().map(Location::name).toList())
        .containsExactly("Acme Stores #1", "Acme #2");
    Location renamed = st.locations().update(second.id(), LocationUpdate.builder().name("Acme #2 (back door)").build());
    assertThat(renamed.name()).isEqualTo("Acme #2 (back door)");
    assertThat(st.locations().get(second.id()).name()).isEqualTo("Acme #2 (back door)");
    assertThat(st.locations().export(null).stream().map(Location::id).toList()).containsExactly(c.locations().get(0).id(), second.id());
    assertThat(st.customers().export(null).stream().map(Customer::id).toList()).containsExactly(c.id());
  }

  @Test
  void locations_createForUnknownCustomer_isConflict() {
    NewLocation orphan = NewLocation.builder().customerId(987654L).name("Nowhere").address(address("0 Void")).build();
    assertThatThrownBy(() -> st.locations().create(orphan)).isInstanceOf(ServiceTitanConflictException.class);
  }

  @Test
  void locations_missingAddressField_isValidation() {
    Customer c = st.customers().create(customer("Acme Stores", "WO-1"));
    NewLocation bad =
        NewLocation.builder().customerId(c.id()).name("Bad").address(Address.builder().street("1 St").city(" ").state("TX").zip("1").country("USA").build()).build();
    assertThatThrownBy(() -> st.locations().create(bad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).contains("address.city"));
  }

  @Test
  void get_unknownCustomer_isNotFound() {
    assertThatThrownBy(() -> st.customers().get(5L)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> st.locations().get(5L)).isInstanceOf(NotFoundException.class);
  }
}
