package org.vscp.rest.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.format.RenderedResponse;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResponseFormat;
import org.vscp.rest.format.ResponseRenderer;
import org.vscp.rest.security.AddressRange;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.security.LoginThrottle;
import org.vscp.rest.security.PasswordHash;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.security.UserDirectory;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;

/**
 * Exact bodies of the seven session and event operations in each format, success and error,
 * through the dispatcher and the renderer together.
 */
class OperationGoldenTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Guid SERVER_GUID =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:16:3E:01:02:03:00:00");
    private static final String EVENT = "0,20,3,0,2026-12-04T09:30:00,12345,"
            + "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x00,0x01,0x23";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ResponseRenderer renderer = new ResponseRenderer(false);
    private OperationDispatcher dispatcher;
    private InetAddress loopback;

    @BeforeEach
    void setUp() throws Exception {
        loopback = InetAddress.getByName("127.0.0.1");
        List<AddressRange> loopbackOnly = List.of(AddressRange.parse("127.0.0.0/8"));
        User admin = new User("admin", PasswordHash.create("secret".toCharArray(), 1000),
                Set.of(Right.ADMIN), loopbackOnly, List.of(), Optional.empty());
        User sendOnly = new User("sendonly", PasswordHash.create("pw".toCharArray(), 1000),
                Set.of(Right.SEND), loopbackOnly, List.of(), Optional.empty());

        EventBus bus = new EventBus();
        SessionManager sessions = new SessionManager(bus, new SessionKeys(new SecureRandom()),
                clock, SERVER_GUID, 100, 10, Duration.ofMinutes(10));
        Authenticator authenticator = new Authenticator(UserDirectory.of(List.of(admin, sendOnly)),
                new LoginThrottle(5, Duration.ofSeconds(30), clock));
        dispatcher = new OperationDispatcher(sessions,
                new SessionOperations(sessions, authenticator), new EventOperations(bus, clock));
    }

    private String call(ResponseFormat format, String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        Reply reply = dispatcher.dispatch(new RestRequest(parameters, loopback));
        RenderedResponse rendered = renderer.render(reply, format, "handler");
        assertEquals(200, rendered.httpStatus());
        return rendered.body();
    }

    private String open(String user, String password) {
        Reply reply = dispatcher.dispatch(new RestRequest(
                Map.of("op", "open", "vscpuser", user, "vscpsecret", password), loopback));
        return ((Reply.SessionInfo) reply).sessionKey();
    }

    private static String expectDone(ResponseFormat format) {
        return switch (format) {
            case PLAIN -> "1 1 Success \r\n\r\nEverything is fine.\r\n";
            case CSV -> "success-code,error-code,message,description\r\n1,1,Success,Success.";
            case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\" "
                    + "description=\"Success.\"/>";
            case JSON -> json("true", 1, "success", "Success");
            case JSONP -> jsonp(json("true", 1, "success", "Success"));
        };
    }

    private static String expectError(ResponseFormat format, int code, String message,
            String description) {
        return switch (format) {
            case PLAIN -> "0 " + code + " " + message + " \r\n\r\n" + description + "\r\n";
            case CSV -> "success-code,error-code,message,description\r\n0," + code + ","
                    + message + "," + csvField(description);
            case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<vscp-rest success=\"false\" code=\"" + code + "\" message=\"" + message
                    + "\" description=\"" + description + "\"/>";
            case JSON -> json("false", code, message, description);
            case JSONP -> jsonp(json("false", code, message, description));
        };
    }

    /** Quotes a CSV field that contains a comma or a quote, as RFC 4180 does. */
    private static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String expectSession(ResponseFormat format, String key, int events) {
        return switch (format) {
            case PLAIN -> "1 1 Success vscpsession=" + key + " nEvents=" + events + "\r\n";
            case CSV -> "success-code,error-code,message,description,vscpsession,nEvents\r\n"
                    + "1,1,Success,Success.," + key + "," + events;
            case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<vscp-rest success=\"true\" code=\"1\" message=\"Success.\" "
                    + "description=\"Success.\"><vscpsession>" + key + "</vscpsession><nEvents>"
                    + events + "</nEvents><nDropped>0</nDropped></vscp-rest>";
            case JSON -> sessionJson(key, events);
            case JSONP -> jsonp(sessionJson(key, events));
        };
    }

    private static String json(String success, int code, String message, String description) {
        return "{\"success\":" + success + ",\"code\":" + code + ",\"message\":\"" + message
                + "\",\"description\":\"" + description + "\"}";
    }

    private static String sessionJson(String key, int events) {
        return "{\"success\":true,\"code\":1,\"message\":\"success\",\"description\":\"Success\","
                + "\"vscpsession\":\"" + key + "\",\"nEvents\":" + events + ",\"nDropped\":0}";
    }

    private static String jsonp(String json) {
        return "typeof handler === 'function' && handler(" + json + ");";
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void openAnswers(ResponseFormat format) {
        String body = call(format, "op", "open", "vscpuser", "admin", "vscpsecret", "secret");
        String key = body.replaceAll("(?s).*?([0-9a-f]{32}).*", "$1");

        assertEquals(expectSession(format, key, 0), body);
        assertEquals(expectError(format, -16, "Invalid password",
                        "The password is wrong; check it and try again."),
                call(format, "op", "1", "vscpuser", "admin", "vscpsecret", "wrong"));
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void statusAnswers(ResponseFormat format) {
        String key = open("admin", "secret");

        assertEquals(expectSession(format, key, 0), call(format, "op", "0", "vscpsession", key));
        assertEquals(expectError(format, -2, "Invalid session",
                        "The session key is unknown, closed or expired; open a new session."),
                call(format, "op", "status", "vscpsession", "0123"));
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void closeAnswers(ResponseFormat format) {
        String key = open("admin", "secret");

        assertEquals(expectDone(format), call(format, "op", "close", "vscpsession", key));
        assertEquals(expectError(format, -2, "Invalid session",
                        "The session key is unknown, closed or expired; open a new session."),
                call(format, "op", "2", "vscpsession", key));
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void sendEventAnswers(ResponseFormat format) {
        String key = open("admin", "secret");

        assertEquals(expectDone(format),
                call(format, "op", "sendevent", "vscpsession", key, "vscpevent", EVENT));
        assertEquals(expectError(format, -5, "Missing data/parameter", "The parameter vscpevent "
                        + "is missing; give the event as head,class,type,obid,datetime,"
                        + "timestamp,GUID,data."),
                call(format, "op", "3", "vscpsession", key));
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void readEventAnswers(ResponseFormat format) {
        String sender = open("admin", "secret");
        String reader = open("admin", "secret");
        call(ResponseFormat.JSON, "op", "sendevent", "vscpsession", sender, "vscpevent", EVENT);
        String eventOut = "0,20,3,1,2026-12-04T09:30:00Z,12345,"
                + "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x00,0x01,0x23";
        String info = "5 events requested of 1 available (unfiltered) 1 will be retrieved";
        String jsonEvent = "{\"head\":0,\"vscpclass\":20,\"vscptype\":3,\"vscpClass\":20,"
                + "\"vscpType\":3,\"obid\":1,\"datetime\":\"2026-12-04T09:30:00Z\","
                + "\"timestamp\":12345,\"guid\":\"00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:"
                + "0E:0F\",\"sizedata\":3,\"data\":[0,1,35]}";
        String json = "{\"success\":true,\"code\":1,\"message\":\"success\","
                + "\"description\":\"Success\",\"info\":\"" + info + "\",\"event\":[" + jsonEvent
                + "],\"count\":1,\"filtered\":0,\"errors\":0}";
        String expected = switch (format) {
            case PLAIN -> "1 1 Success \r\n" + info + "\r\n- " + eventOut + "\r\n";
            case CSV -> "success-code,error-code,message,description,Event\r\n"
                    + "1,1,Success,Success.,NULL\r\n1,2,Info," + info + ",NULL\r\n"
                    + "1,4,Count,1,NULL\r\n1,3,Data,Event," + eventOut + "\r\n";
            case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\" "
                    + "description=\"Success.\"><info>" + info + "</info><count>1</count>"
                    + "<event><head>0</head><vscpclass>20</vscpclass><vscptype>3</vscptype>"
                    + "<obid>1</obid><datetime>2026-12-04T09:30:00Z</datetime>"
                    + "<timestamp>12345</timestamp><guid>00:01:02:03:04:05:06:07:08:09:0A:0B:"
                    + "0C:0D:0E:0F</guid><sizedata>3</sizedata><data>0x00,0x01,0x23</data>"
                    + "<raw>" + eventOut + "</raw></event><filtered>0</filtered>"
                    + "<errors>0</errors></vscp-rest>";
            case JSON -> json;
            case JSONP -> jsonp(json);
        };

        assertEquals(expected, call(format, "op", "readevent", "vscpsession", reader,
                "count", "5"));
        assertEquals(expectError(format, -6, "Input queue empty",
                        "No events are waiting in the queue of this session; read again later."),
                call(format, "op", "4", "vscpsession", reader));
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void setFilterAnswers(ResponseFormat format) {
        String key = open("admin", "secret");

        assertEquals(expectDone(format), call(format, "op", "setfilter", "vscpsession", key,
                "vscpfilter", "0,10,0,-", "vscpmask", "0,0xFFFF,0,-"));
        String missingMask = call(format, "op", "5", "vscpsession", key,
                "vscpfilter", "0,10,0,-");
        assertEquals(true, missingMask.contains("-5"), missingMask);
        assertEquals(true, missingMask.contains("vscpmask is missing"), missingMask);
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void clearQueueAnswers(ResponseFormat format) {
        String key = open("admin", "secret");
        String sendOnly = open("sendonly", "pw");

        assertEquals(expectDone(format), call(format, "op", "clearqueue", "vscpsession", key));
        assertEquals(expectError(format, -19, "Access denied",
                        "User sendonly lacks the right 'receive' needed for clearqueue."),
                call(format, "op", "6", "vscpsession", sendOnly));
    }
}
