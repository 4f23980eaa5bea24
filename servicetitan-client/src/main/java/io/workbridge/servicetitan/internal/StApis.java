package io.workbridge.servicetitan.internal;

import io.workbridge.client.spi.http.ApiRuntime;

/** The Retrofit implementations of the ServiceTitan modules on one runtime. */
public final class StApis {
  private final ApiRuntime runtime;
  private final CrmApi crm;
  private final JpmApi jpm;
  private final OpsApi ops;

  /** Creates the implementations on the runtime. */
  public StApis(ApiRuntime runtime) {
    this.runtime = runtime;
    this.crm = runtime.create(CrmApi.class);
    this.jpm = runtime.create(JpmApi.class);
    this.ops = runtime.create(OpsApi.class);
  }

  /** The runtime (for calls Retrofit cannot express, such as downloads). */
  public ApiRuntime runtime() {
    return runtime;
  }

  /** CRM module. */
  public CrmApi crm() {
    return crm;
  }

  /** Appointments, dispatch, payroll, settings, marketing, call reasons, accounting, forms and leads. */
  public OpsApi ops() {
    return ops;
  }

  /** JPM module. */
  public JpmApi jpm() {
    return jpm;
  }
}
