package io.workbridge.servicetitan.resource;

import io.workbridge.servicetitan.model.ReferenceItem;
import java.util.List;

/**
 * Reference data that changes rarely: business units, job types, campaigns, call reasons, job cancel and
 * hold reasons, tag types. Each list holds active and inactive entries (see {@link ReferenceItem#active()}).
 * With a time-to-live (builder option {@code referenceDataTtl}), a list is fetched once and served from
 * memory until it is older than the TTL; {@link #invalidate()} forgets everything.
 */
public interface ReferenceDataResource {
  /** {@return business units} */
  List<ReferenceItem> businessUnits();

  /** {@return job types} */
  List<ReferenceItem> jobTypes();

  /** {@return marketing campaigns} */
  List<ReferenceItem> campaigns();

  /** {@return call reasons (for dismissing bookings and leads)} */
  List<ReferenceItem> callReasons();

  /** {@return job cancel reasons} */
  List<ReferenceItem> jobCancelReasons();

  /** {@return job hold reasons} */
  List<ReferenceItem> jobHoldReasons();

  /** {@return tag types} */
  List<ReferenceItem> tagTypes();

  /** Forgets every cached list. */
  void invalidate();
}
