package io.workbridge.cli.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Everything WorkBridge logs while open, at every level down to TRACE (HTTP headers and bodies
 * included): messages with their arguments filled in, and the stack traces of logged exceptions.
 */
final class CapturedLogs implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.workbridge");
  private final Level previous;
  private final boolean previouslyAdditive;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private CapturedLogs() {
    previous = logger.getLevel();
    previouslyAdditive = logger.isAdditive();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false); // captured here only: the build's console stays at WARN
    appender.start();
    logger.addAppender(appender);
  }

  /** Starts capturing. */
  static CapturedLogs start() {
    return new CapturedLogs();
  }

  /** How many events were logged. */
  int count() {
    return appender.list.size();
  }

  /** The events at WARN and above, one line each (logger, level, message): what to show when a test fails. */
  String warnings() {
    return appender.list.stream()
        .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
        .map(event -> event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage())
        .collect(Collectors.joining("\n"));
  }

  /** Every event as text: logger, level, message and stack trace. */
  String text() {
    return appender.list.stream()
        .map(
            event ->
                event.getLoggerName()
                    + " "
                    + event.getLevel()
                    + " "
                    + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
    logger.setAdditive(previouslyAdditive);
    appender.stop();
  }
}
