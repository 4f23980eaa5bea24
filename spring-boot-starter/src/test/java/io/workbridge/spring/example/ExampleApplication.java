package io.workbridge.spring.example;

import io.workbridge.runtime.WorkBridge;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

/**
 * A whole Spring Boot application running WorkBridge: the starter does the work, configured by the {@code
 * workbridge:} section of {@code application.yml}. The one bean here only shows where an application would hook
 * in — a webhook controller of its own, say, calling {@link WorkBridge#trigger(String)}.
 */
@SpringBootApplication
public class ExampleApplication {

  /**
   * Starts the application.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }

  /** {@return logs the streams once the context is up} */
  @Bean
  StartupNote startupNote() {
    return new StartupNote();
  }

  /** Says which streams run, once the context is up. */
  static final class StartupNote {
    @EventListener
    void onStarted(ContextRefreshedEvent event) {
      WorkBridge bridge = event.getApplicationContext().getBean(WorkBridge.class);
      org.slf4j.LoggerFactory.getLogger(ExampleApplication.class).info("WorkBridge streams: {}", bridge.status().keySet());
    }
  }
}
