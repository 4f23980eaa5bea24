package io.workbridge.leads.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The partner contract's JSON shapes as Java records, read and written by Moshi. Every component is
 * nullable: presence and format are checked when mapping to the public model, so a bad record gets a
 * specific reason instead of a failed page.
 */
public final class WireRecords {
  private WireRecords() {}

  /** {@code {"id","name","dealerId"}}. */
  public record AccountDto(@Nullable String id, @Nullable String name, @Nullable String dealerId) {}

  /** {@code {"data":[Account]}}. */
  public record AccountListDto(@Nullable List<AccountDto> data) {}

  /** {@code {"id","name"}}. */
  public record ProfileDto(@Nullable String id, @Nullable String name) {}

  /** {@code {"data":[Profile]}}. */
  public record ProfileListDto(@Nullable List<ProfileDto> data) {}

  /** {@code address{street,unit,city,state,zip,country}}. */
  public record AddressDto(
      @Nullable String street,
      @Nullable String unit,
      @Nullable String city,
      @Nullable String state,
      @Nullable String zip,
      @Nullable String country) {}

  /** {@code member{firstName,lastName,email,phone,address}}. */
  public record MemberDto(
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String email,
      @Nullable String phone,
      @Nullable AddressDto address) {}

  /** {@code device{hubId,thermostatModel,systemType}}. */
  public record DeviceDto(
      @Nullable String hubId, @Nullable String thermostatModel, @Nullable String systemType) {}

  /** One alert as the vendor sends it. */
  public record AlertDto(
      @Nullable String id,
      @Nullable String accountId,
      @Nullable String profileId,
      @Nullable String type,
      @Nullable String severity,
      @Nullable String status,
      @Nullable String createdAt,
      @Nullable String updatedAt,
      @Nullable String preferredStart,
      @Nullable MemberDto member,
      @Nullable DeviceDto device,
      @Nullable Map<String, String> details,
      @Nullable String trade) {}

  /** The outcome write-back body {@code {"status","externalRef","note"}}; nulls are omitted. */
  public record OutcomeRequestDto(
      String status, @Nullable String externalRef, @Nullable String note) {}
}
