package org.xinfang.petition.complaint;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writes and reads the timeline of one kind of subject (a case, a consultation): each line is stamped with the
 * actor as {@link TimelineActors} sees them, the actor's unit and the time, and kept by the subject's repository.
 *
 * @param <S> the subject
 * @param <T> its types of line
 * @param <E> its lines
 */
public abstract class Timeline<S, T extends Enum<T>, E extends TimelineEvent<T>> {

    private final JpaRepository<E, Long> events;
    private final TimelineActors actors;

    protected Timeline(JpaRepository<E, Long> events, TimelineActors actors) {
        this.events = events;
        this.actors = actors;
    }

    /** Records a line; {@code publicNote} is what the citizen may read, {@code comment} stays internal. */
    public E record(S subject, T type, String comment, String publicNote) {
        E event = events.save(line(subject, type, actors.stamp(), comment, publicNote));
        recorded(subject, event);
        return event;
    }

    /** The subject's timeline, oldest first. */
    public abstract List<E> of(S subject);

    /** Who acts now: the authenticated user, a citizen on the public API, or the engine itself. */
    public String currentActor() {
        return actors.current();
    }

    /** The subject's line of this type, as stamped. */
    protected abstract E line(S subject, T type, Stamp stamp, String comment, String publicNote);

    /** Called after each line is saved, in the same transaction. */
    protected void recorded(S subject, E event) {}

    /** Who wrote a line, of which unit (none for a citizen or the engine), and when. */
    public record Stamp(String actor, String actorUnit, Instant at) {}
}
