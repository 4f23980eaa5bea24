package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.WorkOrder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The IVR PIN reaches the ServiceTitan booking, and nowhere else (SDK-6). */
class WorkOrderSecretsTest {

  private static final String CANARY = "SECRET-CANARY-9f2";

  @Test
  void sdk06_ivrPinNeverReachesLogsReportsOrQuarantine() {
    Logger logger = (Logger) LoggerFactory.getLogger("io.workbridge.sync");
    Level before = logger.getLevel();
    Logger workflow = (Logger) LoggerFactory.getLogger(WorkOrderSync.class);
    Level workflowBefore = workflow.getLevel();
    workflow.setLevel(Level.TRACE);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false); // captured here only: the build's console stays at WARN
    try {
      WorkOrderWorld world =
          new WorkOrderWorld(
              settings ->
                  settings.fieldTemplates(
                      FieldTemplates.builder()
                          .putIvr(ACME, IvrInfo.builder().instructions("Call the IVR").pin(CANARY).build())
                          .build()));
      WorkOrder workOrder = world.workOrder(ACME).build();
      FieldJob job = world.workOrderWithJob(workOrder);
      world.serviceTitan.finish(job.id());
      world.serviceTitan.issueInvoice(job.id(), "INV-1", "9000.00", "0", "Exported");
      SyncReport report = world.cycle();

      assertThat(world.onlyBookingFor(workOrder).summary()).contains(CANARY);
      assertThat(world.onlyBookingFor(workOrder).toString()).doesNotContain(CANARY);
      assertThat(world.settings.toString()).doesNotContain(CANARY);
      assertThat(report.quarantined()).isNotEmpty();
      assertThat(report.toString() + report.quarantined()).doesNotContain(CANARY);
      assertThat(world.store.quarantine().list())
          .allSatisfy(entry -> assertThat(entry.payload() + entry.reason()).doesNotContain(CANARY));
      assertThat(appender.list)
          .extracting(ILoggingEvent::getLoggerName)
          .contains(WorkOrderSync.class.getName(), EffectRunner.class.getName());
      assertThat(appender.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .noneMatch(message -> message.contains(CANARY));
    } finally {
      logger.detachAppender(appender);
      logger.setAdditive(true);
      logger.setLevel(before);
      workflow.setLevel(workflowBefore);
    }
  }
}
