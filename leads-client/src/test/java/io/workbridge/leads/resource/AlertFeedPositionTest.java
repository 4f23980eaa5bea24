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
