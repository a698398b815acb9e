package org.xinfang.petition.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** The anonymous submissions from one client address (kept as a keyed hash) in its current window. */
@Entity
@Table(name = "submission_allowance")
class SubmissionAllowance implements Persistable<String> {

  @Id
  @Column(name = "address_hash")
  private String addressHash;

  private int submissions;

  @Column(name = "window_started_at")
  private Instant windowStartedAt;

  /**
   * A row made here is inserted, never merged: two first submissions from one address both insert, and the loser
   * fails on the key and counts again on the winner's row, instead of overwriting its count.
   */
  @Transient
  private boolean made;

  protected SubmissionAllowance() {}

  SubmissionAllowance(String addressHash, Instant now) {
    this.addressHash = addressHash;
    this.windowStartedAt = now;
    this.made = true;
  }

  @Override
  public String getId() {
    return addressHash;
  }

  @Override
  public boolean isNew() {
    return made;
  }

  @PostPersist
  void inserted() {
    made = false;
  }

  /**
   * Takes one submission if the window has room for it; a window that is over starts anew at {@code now}.
   *
   * @return whether the submission was taken
   */
  boolean take(Instant now, int limit, Duration window) {
    if (!now.isBefore(windowEndsAt(window))) {
      windowStartedAt = now;
      submissions = 0;
    }
    if (submissions >= limit) {
      return false;
    }
    submissions++;
    return true;
  }

  /** Gives a submission back that was taken in the window starting at {@code windowStartedAt}, if still current. */
  void giveBack(Instant windowStartedAt) {
    if (windowStartedAt.equals(this.windowStartedAt) && submissions > 0) {
      submissions--;
    }
  }

  Instant getWindowStartedAt() {
    return windowStartedAt;
  }

  Instant windowEndsAt(Duration window) {
    return windowStartedAt.plus(window);
  }
}
