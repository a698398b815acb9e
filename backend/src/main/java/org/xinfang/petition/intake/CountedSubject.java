package org.xinfang.petition.intake;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A counter row keyed by the hash of what it counts (an address, a tracking number). A row made here is inserted,
 * never merged: when two nodes make the same row at once, both insert, and the loser fails on the key and counts
 * again on the winner's row instead of overwriting its count.
 */
@MappedSuperclass
abstract class CountedSubject implements Persistable<String> {

  @Transient
  private boolean made;

  /** For rows read from the table. */
  protected CountedSubject() {}

  /** For a row made here, to be inserted. */
  protected CountedSubject(boolean made) {
    this.made = made;
  }

  @Override
  public boolean isNew() {
    return made;
  }

  @PostPersist
  void inserted() {
    made = false;
  }
}
