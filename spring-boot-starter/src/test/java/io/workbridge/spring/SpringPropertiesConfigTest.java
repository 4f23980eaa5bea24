package io.workbridge.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Flat Spring property names back into the YAML tree the configuration reader reads. */
class SpringPropertiesConfigTest {

  @Test
  void listsMapsAndBracketedKeys_becomeNestedYaml_starterKeysLeftOut_firstSourceWins() {
    StandardEnvironment environment = new StandardEnvironment();
    Map<String, Object> high = new LinkedHashMap<>();
    high.put("workbridge.connectionId", "from-the-command-line");
    high.put("workbridge.spring.autoStart", "false");
    Map<String, Object> low = new LinkedHashMap<>();
    low.put("workbridge.connectionId", "from-application-yml");
    low.put("workbridge.leads.alertTypes[0]", "Water Detected");
    low.put("workbridge.leads.alertTypes[1]", "Say \"hi\"");
    low.put("workbridge.workOrders.subscribers[0].id", "2014917243");
    low.put("workbridge.workOrders.statusMapping[a.b]", "x");
    environment.getPropertySources().addFirst(new MapPropertySource("low", low));
    environment.getPropertySources().addFirst(new MapPropertySource("high", high));

    String yaml = SpringPropertiesConfig.yaml(SpringPropertiesConfig.rawProperties(environment));

    assertThat(yaml)
        .isEqualTo(
            String.join(
                "\n",
                "\"connectionId\": \"from-the-command-line\"",
                "\"leads\":",
                "  \"alertTypes\":",
                "    - \"Water Detected\"",
                "    - \"Say \\\"hi\\\"\"",
                "\"workOrders\":",
                "  \"subscribers\":",
                "    -",
                "      \"id\": \"2014917243\"",
                "  \"statusMapping\":",
                "    \"a.b\": \"x\"",
                ""));
  }
}
