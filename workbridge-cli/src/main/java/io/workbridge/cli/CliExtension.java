package io.workbridge.cli;

/**
 * A subcommand another module adds to the {@code workbridge} command line. {@link WorkBridgeCli} finds every
 * implementation on the class path with {@link java.util.ServiceLoader} (list it in {@code
 * META-INF/services/io.workbridge.cli.CliExtension}) and registers its command under its name, so a
 * module the runtime must not depend on (the demo, which runs the testkit simulators) can still offer a
 * command.
 *
 * <pre>{@code
 * public final class HelloExtension implements CliExtension {
 *   public String name() { return "hello"; }
 *   public Object command() { return new HelloCommand(); }   // a picocli @Command
 * }
 * }</pre>
 */
public interface CliExtension {

  /** {@return the subcommand's name, e.g. {@code demo}; must not clash with a built-in command} */
  String name();

  /** {@return a new picocli command object (a class annotated with {@code @Command}) for the subcommand} */
  Object command();
}
