package org.vscp.rest.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.event.VscpEvent;

/** Backoff, topic templates, payload codec and echo guard. */
class BridgeUnitsTest {

    private static final Guid GUID = Guid.parse("FF:00:00:00:00:00:00:00:00:00:00:00:00:00:01:0A");
    private static final Guid SERVER = Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00");
    private static final VscpEvent EVENT = new VscpEvent(0x60, 10, 6, 7,
            Instant.parse("2021-06-17T07:22:55Z"), 4242, GUID, new byte[] {(byte) 0x89, 2, 3});
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
            ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"1,100", "2,200", "3,400", "4,800", "5,1000", "30,1000"})
    void backoffDoublesUpToMax(int failures, long millis) {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

        assertEquals(Duration.ofMillis(millis), backoff.delayAfter(failures));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vscp/{{guid}}/{{class}}/{{type}}/{{nickname}}|vscp/FF:00:00:00:00:00:00:00:00:00:00:00:00:00:01:0A/10/6/266",
        "{{xclass}}/{{xtype}}/{{xnickname}}/{{head}}/{{obid}}|A/6/10A/96/7",
        "{{guid[0]}}/{{xguid[0]}}/{{guid.lsb}}/{{xguid.lsb}}|255/FF/10/A",
        "{{datetime}}/{{year}}/{{month}}/{{second}}|2021-06-17T07:22:55/2021/6/55",
        "{{sizedata}}/{{data[0]}}/{{xdata[0]}}/{{data[9]}}|3/137/89/",
        "s/{{srvguid}}/{{clientid}}/{{user}}/{{fmtpublish}}|s/FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00/c1/u/json",
    })
    void topicEscapesExpand(String template, String expected) {
        TopicTemplate.TopicContext context =
                new TopicTemplate.TopicContext(SERVER, "c1", "u", PayloadFormat.JSON);

        assertEquals(expected, TopicTemplate.parse(template).expand(EVENT, context));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vscp/#", "vscp/+/x", "{{unknown}}", "{{guid[16]}}", "{{data[512]}}",
        "{{class", ""})
    void badTopicRejected(String template) {
        assertThrows(IllegalArgumentException.class, () -> TopicTemplate.parse(template));
    }

    @ParameterizedTest
    @EnumSource(value = PayloadFormat.class, names = {"JSON", "STRING", "XML"})
    void codecRoundTrips(PayloadFormat format) throws MalformedEventException {
        EventCodec codec = new EventCodec(CLOCK);

        VscpEvent decoded = codec.decode(codec.encode(EVENT, format), PayloadFormat.AUTO);

        assertEquals(EVENT.withObid(0), decoded);
    }

    @Test
    void codecReadsShortKeys() throws MalformedEventException {
        String json = "{\"head\":0,\"class\":20,\"type\":3,\"guid\":\"-\",\"data\":[1],"
                + "\"timestamp_ns\":\"0x00000000000F4240\"}";

        VscpEvent event = new EventCodec(CLOCK).decode(json.getBytes(StandardCharsets.UTF_8),
                PayloadFormat.JSON);

        assertEquals(20, event.vscpClass());
        assertEquals(1000, event.timestamp());
        assertEquals(Guid.ZERO, event.guid());
        assertEquals(CLOCK.instant(), event.dateTime());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"vscpType\":1}|The JSON event has no vscpClass",
        "{\"vscpClass\":70000,\"vscpType\":1}|The JSON event field vscpClass is 70000",
        "{\"vscpClass\":1,\"vscpType\":1,\"vscpData\":[300]}|The JSON event data byte 0 is 300",
        "{\"vscpClass\":1,\"vscpType\":1,\"vscpGuid\":\"FF\"}|The GUID 'FF' has 1 byte",
        "<event vscpType=\"1\"/>|The XML event has no attribute vscpClass",
        "{oops|The JSON event is not a valid JSON object",
    })
    void codecNamesBadField(String payload, String expectedStart) {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> new EventCodec(CLOCK).decode(payload.getBytes(StandardCharsets.UTF_8),
                        PayloadFormat.AUTO));

        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void echoGuardDropsOwnEvent() {
        EchoGuard guard = new EchoGuard(CLOCK, Duration.ofSeconds(60));
        guard.sent(EVENT);

        assertFalse(guard.acceptIncoming(EVENT.withObid(99)));
    }

    @Test
    void echoGuardDropsSecondCopy() {
        EchoGuard guard = new EchoGuard(CLOCK, Duration.ofSeconds(60));

        assertTrue(guard.acceptIncoming(EVENT));
        assertFalse(guard.acceptIncoming(EVENT));
    }

    @Test
    void echoGuardForgetsAfterMemory() {
        MutableTestClock clock = new MutableTestClock(CLOCK.instant());
        EchoGuard guard = new EchoGuard(clock, Duration.ofSeconds(60));
        guard.sent(EVENT);

        clock.now = clock.now.plusSeconds(61);

        assertTrue(guard.acceptIncoming(EVENT));
    }

    /** A clock whose time the test sets. */
    private static final class MutableTestClock extends Clock {

        Instant now;

        MutableTestClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
