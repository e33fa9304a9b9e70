package org.vscp.rest.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vscp.rest.event.VscpEvent;

/**
 * The bounded input queue of one session. When it is full, a new event pushes out the oldest
 * one, which is counted as dropped. Thread-safe.
 */
public final class EventQueue {

    private final int capacity;
    private final ArrayDeque<VscpEvent> events;
    private long droppedCount;

    /**
     * @throws IllegalArgumentException when {@code capacity} is less than 1
     */
    public EventQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A queue needs room for 1 event, not " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 16));
    }

    /** Appends {@code event}, dropping the oldest event when the queue is full. */
    public synchronized void add(VscpEvent event) {
        if (events.size() == capacity) {
            events.pollFirst();
            droppedCount++;
        }
        events.addLast(event);
    }

    /** Removes and returns up to {@code maxCount} events from the head, oldest first. */
    public synchronized List<VscpEvent> take(long maxCount) {
        int n = (int) Math.min(maxCount, events.size());
        List<VscpEvent> taken = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            taken.add(events.pollFirst());
        }
        return taken;
    }

    /** Removes the waiting events that {@code keep} rejects; returns how many were removed. */
    public synchronized int retain(Predicate<VscpEvent> keep) {
        int before = events.size();
        events.removeIf(keep.negate());
        return before - events.size();
    }

    public synchronized void clear() {
        events.clear();
    }

    public synchronized int size() {
        return events.size();
    }

    /** Returns the number of events dropped because the queue was full, since it was created. */
    public synchronized long droppedCount() {
        return droppedCount;
    }

    public int capacity() {
        return capacity;
    }
}
