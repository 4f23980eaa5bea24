package io.workbridge.testkit.leads;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The vendor's vocabulary as the simulator uses it: alert types, severities, details, people and places. */
final class AlertCatalog {
  private AlertCatalog() {}

  /** The seven actionable types (SPEC LD-3). */
  static final List<String> ACTIONABLE_TYPES =
      List.of(
          "Water Detected",
          "Poor Heating Performance",
          "Poor Cooling Performance",
          "Coil Freeze Warning",
          "Service Request-Normal",
          "Service Request-Tune Up",
          "Service Request-Emergency");

  /** Insights and notices the vendor also raises; never actionable. */
  static final List<String> OTHER_TYPES =
      List.of(
          "Filter Change Reminder",
          "High Indoor Humidity",
          "Hub Offline",
          "Runtime Insight",
          "Thermostat Battery Low");

  /** Severities the vendor has used over time. */
  static final List<String> SEVERITIES = List.of("Critical", "Urgent", "Warning", "Caution", "Watching");

  static final List<String> FIRST_NAMES =
      List.of("Dana", "Lee", "Ana", "Sam", "Priya", "Marcus", "Elena", "Tom", "Keisha", "Hiro", "Grace",
          "Diego", "Olivia", "Raj", "Megan", "Victor");

  static final List<String> LAST_NAMES =
      List.of("Whitfield", "Okafor", "Ruiz", "Patel", "Nguyen", "Johnson", "Kowalski", "Brennan", "Tanaka",
          "Alvarez", "Fischer", "Moreau", "Singh", "O'Brien", "Carter", "Lindqvist");

  static final List<String> STREETS =
      List.of("Shoal Creek Blvd", "Burnet Rd", "Pecan St", "Oak Hollow Dr", "Live Oak Ln", "Mesa Dr",
          "Bluebonnet Trl", "Red River St", "Cypress Creek Rd", "Sunset Ridge");

  /** City, state, zip. */
  static final List<String[]> CITIES =
      List.of(
          new String[] {"Austin", "TX", "78756"},
          new String[] {"Austin", "TX", "78731"},
          new String[] {"Round Rock", "TX", "78664"},
          new String[] {"Pflugerville", "TX", "78660"},
          new String[] {"Cedar Park", "TX", "78613"},
          new String[] {"Georgetown", "TX", "78626"});

  static final List<String> THERMOSTATS = List.of("T6 Pro", "T9 Smart", "Lyric Round", "Sensi Touch 2");

  static final List<String> SYSTEM_TYPES = List.of("HVAC", "Heat Pump", "Furnace", "Boiler", "Water Heater");

  /** A plausible severity for a type: actionable types are mostly Critical/Urgent, others rarely are. */
  static String severityFor(String type, Random random) {
    if (type.equals("Water Detected") || type.equals("Service Request-Emergency")) {
      return random.nextInt(10) < 8 ? "Critical" : "Urgent";
    }
    if (ACTIONABLE_TYPES.contains(type)) {
      int roll = random.nextInt(10);
      return roll < 3 ? "Critical" : roll < 8 ? "Urgent" : "Warning";
    }
    int roll = random.nextInt(10);
    return roll < 5 ? "Watching" : roll < 8 ? "Caution" : "Warning";
  }

  /** Details the dealer dashboard shows for a type. */
  static Map<String, String> detailsFor(String type, Random random) {
    return switch (type) {
      case "Water Detected" -> linked(
          "sensorLocation", pick(List.of("Water heater closet", "Under kitchen sink", "Laundry room", "Basement"), random),
          "wetFor", (5 + random.nextInt(55)) + " min");
      case "Poor Heating Performance" -> linked(
          "supplyTemp", (88 + random.nextInt(10)) + "F", "setpoint", "70F", "indoorTemp", (61 + random.nextInt(5)) + "F");
      case "Poor Cooling Performance" -> linked(
          "deltaT", (8 + random.nextInt(6)) + "F", "setpoint", "74F", "indoorTemp", (78 + random.nextInt(6)) + "F");
      case "Coil Freeze Warning" -> linked("coilTemp", (29 + random.nextInt(4)) + "F", "runtime", (3 + random.nextInt(6)) + " h");
      case "Service Request-Normal", "Service Request-Tune Up", "Service Request-Emergency" -> linked(
          "memberNote",
          pick(List.of("AC making a rattling noise", "Annual tune-up please", "No heat since this morning",
              "Please call before arriving", "Gate code 4417"), random));
      case "Filter Change Reminder" -> linked("filterAge", (85 + random.nextInt(40)) + " days");
      case "High Indoor Humidity" -> linked("humidity", (62 + random.nextInt(15)) + "%");
      case "Hub Offline" -> linked("offlineFor", (2 + random.nextInt(30)) + " h");
      default -> linked();
    };
  }

  /** An insertion-ordered map from alternating keys and values (Map.of has no stable order). */
  static Map<String, String> linked(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
