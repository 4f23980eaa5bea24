package io.workbridge.demo;

import io.workbridge.cli.CliExtension;

/** Adds {@code demo} to the {@code workbridge} command line (listed in {@code META-INF/services}). */
public final class DemoExtension implements CliExtension {

  /** Used by {@link java.util.ServiceLoader}. */
  public DemoExtension() {}

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public Object command() {
    return new DemoCommand();
  }
}
