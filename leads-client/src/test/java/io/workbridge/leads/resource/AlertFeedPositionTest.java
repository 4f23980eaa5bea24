package io.workbridge.leads.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertFeedPositionTest {
  private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-20T10:05:00Z");

  @Test
  void token_roundTrip_keepsEveryPart() {
    AlertFeedPosition position =
        AlertFeedPosition.since(T1)
            .delivered("al.1,odd\nid", T2)
            .delivered("al-2", T2)
            .afterPage("cursor/with=chars");
    AlertFeedPosition copy = AlertFeedPosition.fromToken(position.token());

    assertThat(copy).isEqualTo(position);
    assertThat(copy.updatedSince()).contains(T1);
    assertThat(copy.cursor()).contains("cursor/with=chars");
    assertThat(copy.watermark()).contains(T2);
    assertThat(copy.deliveredAtWatermark()).containsExactly("al.1,odd\nid", "al-2");
    assertThat(position.token()).matches("[A-Za-z0-9_.-]+");
  }

  @Test
  void manyAlertsAtOneInstant_keepTheTokenBounded_andNoneIsDeliveredTwice() {
    AlertFeedPosition.Walk walk = AlertFeedPosition.since(T1).walk();
    int count = 60_000;
    for (int i = 0; i < count; i++) {
      walk.delivered(String.format("al-%06d", i), T2);
    }
    AlertFeedPosition position = AlertFeedPosition.fromToken(walk.position().afterPage(null).token());

    assertThat(position.deliveredAtWatermark().size()).isLessThanOrEqualTo(AlertFeedPosition.MAX_REMEMBERED_IDS);
    assertThat(position.token().length()).isLessThan(20_000);
    assertThat(position.lastIdAtWatermark()).isPresent();
    for (int i = 0; i < count; i += 997) {
      assertThat(position.alreadyDelivered(String.format("al-%06d", i), T2)).as("al-%06d", i).isTrue();
    }
    assertThat(position.alreadyDelivered(String.format("al-%06d", count - 1), T2)).isTrue();
    // The feed is ordered by updatedAt, then id: a new alert of that instant comes after the last one delivered.
    assertThat(position.alreadyDelivered(String.format("al-%06d", count), T2)).isFalse();
    assertThat(position.alreadyDelivered("al-000001", T1)).isFalse();
  }

  @Test
  void fromToken_readsTheEarlierFormat() {
    String earlier = "v1." + b64(T1.toString()) + ".." + b64(T2.toString()) + "." + b64("al-1") + "." + b64("al-2");

    AlertFeedPosition position = AlertFeedPosition.fromToken(earlier);

    assertThat(position.updatedSince()).contains(T1);
    assertThat(position.alreadyDelivered("al-2", T2)).isTrue();
    assertThat(position.alreadyDelivered("al-3", T2)).isFalse();
  }

  private static String b64(String value) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void beginning_roundTrip_staysTheBeginning() {
    assertThat(AlertFeedPosition.fromToken(AlertFeedPosition.beginning().token()))
        .isEqualTo(AlertFeedPosition.beginning());
  }

  @Test
  void delivered_laterVersion_movesWatermarkAndForgetsOlderIds() {
    AlertFeedPosition position = AlertFeedPosition.beginning().delivered("a", T1).delivered("b", T2);
    assertThat(position.watermark()).contains(T2);
    assertThat(position.deliveredAtWatermark()).containsExactly("b");
    assertThat(position.alreadyDelivered("b", T2)).isTrue();
    assertThat(position.alreadyDelivered("a", T2)).isFalse();
  }

  @Test
  void afterPage_caughtUp_nextWalkStartsAtWatermark() {
    AlertFeedPosition position = AlertFeedPosition.since(T1).delivered("a", T2).afterPage(null);
    assertThat(position.cursor()).isEmpty();
    assertThat(position.updatedSince()).contains(T2);
  }

  @Test
  void afterPage_caughtUpWithNothingDelivered_keepsUpdatedSince() {
    assertThat(AlertFeedPosition.since(T1).afterPage(null)).isEqualTo(AlertFeedPosition.since(T1));
  }

  @Test
  void withoutCursor_midWalk_restartsAtWatermarkKeepingDeliveredIds() {
    AlertFeedPosition midWalk = AlertFeedPosition.since(T1).delivered("a", T2).afterPage("c-9");
    AlertFeedPosition restarted = midWalk.withoutCursor();
    assertThat(restarted.cursor()).isEmpty();
    assertThat(restarted.updatedSince()).contains(T2);
    assertThat(restarted.alreadyDelivered("a", T2)).isTrue();
    assertThat(AlertFeedPosition.since(T1).afterPage("c-1").withoutCursor().updatedSince()).contains(T1);
    assertThat(AlertFeedPosition.since(T1).withoutCursor()).isEqualTo(AlertFeedPosition.since(T1));
  }

  @Test
  void fromToken_garbage_throwsIllegalArgument() {
    assertThatThrownBy(() -> AlertFeedPosition.fromToken("hello"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlertFeedPosition.fromToken("v1.!!!..."))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_doesNotPrintTheCursor() {
    assertThat(AlertFeedPosition.since(T1).afterPage("secret-ish-cursor").toString())
        .doesNotContain("secret-ish-cursor");
  }
}
