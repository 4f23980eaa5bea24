package io.workbridge.demo;

/**
 * A retail chain issuing work orders in ServiceChannel.
 *
 * @param id the ServiceChannel subscriber id
 * @param name the subscriber's name
 * @param fullCatalogue whether its status catalogue has IN PROGRESS / DISPATCH CONFIRMED and OPEN / DECLINED
 *     (without them, accept and decline fall back to an Action Required note, SC-13)
 * @param notesSynced whether the integrator syncs notes for it (SC-18)
 */
record Subscriber(long id, String name, boolean fullCatalogue, boolean notesSynced) {}
