package com.example.app;

import io.workbridge.client.Secret;
import io.workbridge.servicechannel.ServiceChannelClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with a ServiceChannel client bean configured from its properties. */
@SpringBootApplication
public class Application {

  /** The client, closed with the context. */
  @Bean
  ServiceChannelClient serviceChannelClient(
      @Value("${servicechannel.baseUrl}") String baseUrl,
      @Value("${servicechannel.tokenUrl}") String tokenUrl,
      @Value("${servicechannel.clientId}") String clientId,
      @Value("${servicechannel.clientSecret}") String clientSecret,
      @Value("${servicechannel.username}") String username,
      @Value("${servicechannel.password}") String password) {
    return ServiceChannelClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(tokenUrl)
        .clientId(clientId)
        .clientSecret(Secret.of(clientSecret))
        .username(username)
        .password(Secret.of(password))
        .build();
  }

  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
