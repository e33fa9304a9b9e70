package org.vscp.rest.format;

import java.util.Objects;
import java.util.function.Function;
import org.vscp.rest.event.VscpEvent;

/**
 * Remembers the text of recently rendered events, so that an event that reaches many sessions
 * is turned into text once per form and not once per reader. Events are matched by identity:
 * the bus hands the same {@link VscpEvent} object to every session, and an event is immutable,
 * so its text never changes.
 *
 * <p>The cache is direct-mapped: each event has one slot, and a newer event that maps to the
 * same slot takes it over. It therefore keeps at most {@code slotCount} events and their texts,
 * which stay reachable until their slots are taken. Thread-safe without locks; two threads that
 * miss the same event both render it, and the slot keeps either text.
 */
final class RenderedEventCache {

    private final Entry[] slots;
    private final int indexMask;
    private final Function<VscpEvent, String> render;

    /**
     * @param slotCount the number of slots, a power of two from 1 to 2^20
     * @param render turns an event into its text; called on a miss, on the caller's thread
     * @throws IllegalArgumentException if {@code slotCount} is out of range or not a power of two
     */
    RenderedEventCache(int slotCount, Function<VscpEvent, String> render) {
        if (slotCount < 1 || slotCount > 1 << 20 || Integer.bitCount(slotCount) != 1) {
            throw new IllegalArgumentException(
                    "slotCount must be a power of two from 1 to 1048576, not " + slotCount);
        }
        this.slots = new Entry[slotCount];
        this.indexMask = slotCount - 1;
        this.render = Objects.requireNonNull(render, "render");
    }

    /** Returns the text of {@code event}, from the cache when it is there. Does not block. */
    String text(VscpEvent event) {
        int hash = System.identityHashCode(event);
        int index = (hash ^ (hash >>> 16)) & indexMask;

        // A racy read is safe: Entry's fields are final, so a seen entry is a complete one.
        Entry entry = slots[index];
        if (entry != null && entry.event == event) {
            return entry.text;
        }

        String text = render.apply(event);
        slots[index] = new Entry(event, text);
        return text;
    }

    private record Entry(VscpEvent event, String text) {
    }
}
