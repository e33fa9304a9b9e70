package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

class EventListJsonTest {

    static Stream<Reply> replies() {
        VscpEvent maxData = new VscpEvent(0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF_FFFFL,
                Instant.parse("9999-12-31T23:59:59Z"), 0xFFFF_FFFFL,
                Guid.parse("FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF"), new byte[512]);
        return Stream.of(Fixtures.NO_EVENTS, Fixtures.ONE_EVENT, Fixtures.THREE_EVENTS,
                new Reply.Events(Long.MAX_VALUE, 1, List.of(maxData), Integer.MAX_VALUE, 3));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void directOutputEqualsJsonb(Reply reply) {
        JsonWriter writer = new JsonWriter();

        assertEquals(writer.writeWithJsonb(reply), writer.write(reply));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void secondAnswerFromTheEventCacheEqualsJsonb(Reply reply) {
        JsonWriter writer = new JsonWriter();
        writer.write(reply);

        assertEquals(writer.writeWithJsonb(reply), writer.write(reply));
    }
}
