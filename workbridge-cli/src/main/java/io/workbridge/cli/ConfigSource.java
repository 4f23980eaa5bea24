package io.workbridge.cli;

import io.workbridge.runtime.WorkBridgeFleet;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where a command reads its configuration: one connection's file, or a directory with one file per connection. */
final class ConfigSource {
  @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
  @Nullable Path config;

  @Option(
      names = "--config-dir",
      required = true,
      description =
          "A directory with one configuration file per connection (*.yaml, *.yml); `run` reads it again every 30 s:"
              + " new files start their connection, changed ones restart it, removed ones stop it.")
  @Nullable Path configDir;

  /** {@return the configuration files: the one given, or the directory's, in name order} */
  List<Path> files() {
    if (configDir == null) {
      return List.of(java.util.Objects.requireNonNull(config));
    }
    return WorkBridgeFleet.connectionFiles(configDir);
  }
}
