package io.workbridge.runtime.config;

import io.workbridge.sync.store.SyncStoreSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where the sync keeps its state: a {@code SyncStoreProvider} by name and its properties. The default is the
 * embedded H2 database in {@link #directory()}; a {@link #url()} chooses another database (PostgreSQL for
 * several instances sharing the work). The URL may hold a password from an environment variable; it is
 * never shown ({@code toString()}, messages and {@code config show} mask it).
 */
@Value.Immutable
public interface StoreConfig {
  /** The provider used when none is named. */
  String DEFAULT_PROVIDER = "jdbc";

  /** The directory of the embedded database when none is named. */
  String DEFAULT_DIRECTORY = "workbridge-data";

  /**
   * {@return the provider by name: {@code jdbc} (default), {@code memory} (nothing kept), or your own on the
   * class path}
   */
  @Value.Default
  default String provider() {
    return DEFAULT_PROVIDER;
  }

  /** {@return a JDBC URL; empty for the embedded H2 database in {@link #directory()}} May hold a secret. */
  @Value.Redacted
  Optional<String> url();

  /** {@return the database schema holding the tables; empty for the database's default} */
  @Value.Default
  default String schema() {
    return "";
  }

  /** {@return the embedded database's directory} */
  @Value.Default
  default String directory() {
    return DEFAULT_DIRECTORY;
  }

  /**
   * {@return further properties for the provider, by name (e.g. {@code file} for the examples' file store)}
   */
  @Value.Redacted
  Map<String, String> options();

  /**
   * {@return the name of this process, kept across its restarts (e.g. {@code bridge-1}): restarted under the
   * same name, it reclaims at once the reservations its previous incarnation left when it died, instead of
   * waiting for their leases} No two processes running at once may share it. None by default (leases only).
   */
  Optional<String> owner();

  /**
   * {@return how long an effect reservation holds before another process may take it over (default 5 min)}
   */
  @Value.Default
  default Duration lease() {
    return SyncStoreSettings.DEFAULT_LEASE;
  }

  /**
   * {@return whether the store creates and migrates its schema when it opens (default true); false for a host
   * that owns its schema (applied from {@code JdbcSyncStore.schemaScript}): the store then only checks the
   * schema's version and creates nothing}
   */
  @Value.Default
  default boolean migrate() {
    return true;
  }

  /**
   * {@return the settings as properties for the provider: the options, then {@code url}, {@code schema},
   * {@code directory}}
   */
  default Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>(options());
    url().ifPresent(url -> properties.put("url", url));
    properties.put("schema", schema());
    properties.put("directory", directory());
    return properties;
  }

  /** Checks the provider, the URL's form, the schema's name and the lease. */
  @Value.Check
  default void check() {
    Checks checks = new Checks().notBlank(provider(), "provider").positive(lease(), "lease").notBlank(directory(), "directory");
    owner().ifPresent(owner -> checks.notBlank(owner, "owner"));
    url().ifPresent(
        url ->
            checks.require(
                !provider().equals(DEFAULT_PROVIDER) || url.startsWith("jdbc:"),
                "url",
                "expected a JDBC URL starting with jdbc:, such as jdbc:postgresql://db:5432/ops, was '" + Checks.masked(url) + "'"));
    checks.require(
        schema().isEmpty() || Pattern.matches("[A-Za-z_][A-Za-z0-9_]{0,62}", schema()),
        "schema",
        "expected a plain SQL name (letters, digits, '_'), was '" + schema() + "'");
    for (String name : options().keySet()) {
      checks.require(Pattern.matches("[A-Za-z][A-Za-z0-9_-]*", name), "options." + name, "expected a name of letters, digits, '_' and '-'");
    }
    checks.done("store");
  }

  /** {@return the defaults: the embedded database in {@value #DEFAULT_DIRECTORY}} */
  static StoreConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StoreConfig} instances. */
  final class Builder extends ImmutableStoreConfig.Builder {}
}
