package org.vscp.rest.bridge;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.vscp.rest.event.VscpEvent;

/**
 * The bounded queue of events waiting to leave through a bridge. Adding never blocks: when the
 * queue is full the oldest event is dropped and counted. Thread-safe.
 */
final class OutboundQueue {

    private final int capacity;
    private final ArrayDeque<VscpEvent> events = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long droppedCount;

    /**
     * @throws IllegalArgumentException when {@code capacity} is less than 1
     */
    OutboundQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException(
                    "An outgoing queue needs room for 1 event, not " + capacity + ".");
        }
        this.capacity = capacity;
    }

    /** Appends {@code event}, dropping the oldest waiting event when the queue is full. */
    void add(VscpEvent event) {
        lock.lock();
        try {
            if (events.size() == capacity) {
                events.pollFirst();
                droppedCount++;
            }
            events.addLast(event);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts back an event that could not be sent, at the head so that it leaves first. When the
     * queue is full the newest event is dropped instead, to keep the order.
     */
    void putBack(VscpEvent event) {
        lock.lock();
        try {
            if (events.size() == capacity) {
                events.pollLast();
                droppedCount++;
            }
            events.addFirst(event);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the oldest event, waiting up to {@code timeout} for one. Blocks.
     *
     * @return the event, or null when none arrived in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    VscpEvent poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (events.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return events.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return events.size();
        } finally {
            lock.unlock();
        }
    }

    long droppedCount() {
        lock.lock();
        try {
            return droppedCount;
        } finally {
            lock.unlock();
        }
    }
}
