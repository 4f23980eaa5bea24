package io.workbridge.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code workbridge --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = WorkBridgeCli.class.getPackage().getImplementationVersion();
    return new String[] {"workbridge " + (version == null ? "development build" : version)};
  }
}
